package org.rehabscribe.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Scribe;
import org.rehabscribe.speech.SpeechModel;
import org.rehabscribe.speech.SpeechRecognizer;

/**
 * One evaluation of a corpus split: load the gold files, run the text pipeline on each
 * dictation, optionally the whole chain from each voice's renditions, and collect provenance.
 * Progress and problems go to {@code err}; the result is an {@link EvalReport} to format.
 */
public final class EvalRun {
    /** Audio files are transcribed two at a time: Vosk uses one core per recogniser. */
    static final int AUDIO_THREADS = 2;

    private final Path home;
    private final SpeechModel voskModel;
    private final PrintWriter err;

    /**
     * @param home      the installation: its {@code models/}, {@code corpus/render.sh} and {@code .git}
     * @param voskModel the speech model, loaded only for audio runs
     * @param err       where progress and problems go (stdout is for the report table only)
     */
    public EvalRun(Path home, SpeechModel voskModel, PrintWriter err) {
        this.home = home;
        this.voskModel = voskModel;
        this.err = err;
    }

    public EvalReport run(Path corpusDir, List<Voice> voices) throws UserInputException, InterruptedException {
        return run(corpusDir, voices, null);
    }

    /**
     * @param recognitions where each rendition's recognition is kept and found again
     *                     ({@link RecognitionStore}), or null to run the recognizer on every one
     */
    public EvalReport run(Path corpusDir, List<Voice> voices, Path recognitions)
            throws UserInputException, InterruptedException {
        long start = System.nanoTime();
        List<GoldFile> corpus = GoldCorpus.load(corpusDir);
        String split = corpusDir.toAbsolutePath().normalize().getFileName().toString();
        Scribe scribe = Scribe.standard();
        TextEvaluation text = new TextEvaluation(scribe);
        List<DictationResult> textResults = text.run(corpus);

        List<AudioEvaluation.VoiceRun> runs = new ArrayList<>();
        Map<String, List<Path>> audioFiles = new LinkedHashMap<>();
        if (!voices.isEmpty()) {
            Renditions renditions = new Renditions(corpusDir, home.resolve("corpus/render.sh"));
            TermRecall terms = new TermRecall(DomainTerms.load());
            ExecutorService pool = Executors.newFixedThreadPool(AUDIO_THREADS);
            try (SpeechRecognizer recognizer = SpeechRecognizer.load(voskModel,
                    scribe.hypothesisChooser())) {
                AudioEvaluation audio = new AudioEvaluation(recognizer, text, terms, pool,
                        recognitions == null ? null : new RecognitionStore(recognitions, split));
                for (Voice v : voices) {
                    AudioEvaluation.VoiceRun run = audio.run(v, corpus, renditions, err);
                    runs.add(run);
                    audioFiles.put(v.name(), run.results().stream()
                            .map(r -> renditions.wav(v, r.result().gold().id())).toList());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Provenance provenance = Provenance.collect(home, corpusDir, GoldCorpus.files(corpusDir), audioFiles);
        return new EvalReport(split, provenance, textResults, runs, (System.nanoTime() - start) / 1e9);
    }
}
