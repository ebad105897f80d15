package org.rehabscribe.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.speech.Recognition;
import org.rehabscribe.speech.SpeechRecognizer;
import org.rehabscribe.speech.WordErrorRate;

/**
 * The whole chain from speech: each gold dictation's rendition is transcribed, the transcript
 * goes through the text pipeline under the gold context, and the note is scored like a typed
 * one; the transcript is also compared with the dictation (word error rate, in
 * {@link SpokenForm}) and checked for the dictation's domain terms ({@link TermRecall}).
 *
 * <p>Threading: files are processed on the given pool (the caller sizes it); the recogniser
 * and the scribe are shared, both being thread-safe. Results come back in corpus order.
 */
public final class AudioEvaluation {
    /** One rendition: the scored note, the transcript's WER and its domain-term check. */
    public record AudioResult(DictationResult result, WordErrorRate.Result wer, TermRecall.Check terms) {}

    /** All renditions of one voice; {@code missing} lists ids without audio, {@code problem} why. */
    public record VoiceRun(Voice voice, List<AudioResult> results, List<String> missing, String problem) {
        public VoiceRun {
            results = List.copyOf(results);
            missing = List.copyOf(missing);
        }

        public ScoreSheet sheet() {
            return ScoreSheet.of(results.stream().map(r -> r.result().score()).toList());
        }

        public WordErrorRate.Result wer() {
            return results.stream().map(AudioResult::wer).reduce(WordErrorRate.Result.ZERO,
                    WordErrorRate.Result::plus);
        }

        /** Errors over reference words; NaN when nothing was transcribed. */
        public double werRate() {
            return rate(wer());
        }

        public Ratio terms() {
            return results.stream().map(r -> r.terms().ratio()).reduce(Ratio.ZERO, Ratio::plus);
        }
    }

    /** The WER of a sum of results; NaN for no reference words (no audio), where the library says 0. */
    public static double rate(WordErrorRate.Result wer) {
        return wer.referenceWords() == 0 ? Double.NaN : wer.rate();
    }

    private final SpeechRecognizer recognizer;
    private final TextEvaluation text;
    private final TermRecall terms;
    private final ExecutorService pool;
    private final RecognitionStore store;

    /**
     * @param store where recognitions are kept and found again, or null to recognise every time
     */
    public AudioEvaluation(SpeechRecognizer recognizer, TextEvaluation text, TermRecall terms, ExecutorService pool,
            RecognitionStore store) {
        this.recognizer = recognizer;
        this.text = text;
        this.terms = terms;
        this.pool = pool;
        this.store = store;
    }

    /** Renders what is missing if it can, then evaluates every rendition of {@code voice}. */
    public VoiceRun run(Voice voice, List<GoldFile> corpus, Renditions renditions, PrintWriter err)
            throws InterruptedException {
        List<String> missing = renditions.missing(voice, corpus);
        String problem = null;
        if (!missing.isEmpty()) {
            problem = renditions.render(voice, missing, err);
            missing = renditions.missing(voice, corpus);
            if (!missing.isEmpty() && problem == null) {
                problem = "render.sh left " + missing.size() + " renditions unmade";
            }
            if (problem != null) {
                err.printf("eval: %s: %d of %d renditions missing under %s (%s); scoring the %d present%n",
                        voice.name(), missing.size(), corpus.size(), renditions.wav(voice, "ID").getParent(), problem,
                        corpus.size() - missing.size());
                err.flush();
            }
        }
        err.printf("eval: %s: transcribing %d renditions%n", voice.name(), corpus.size() - missing.size());
        err.flush();
        List<Future<AudioResult>> futures = new ArrayList<>();
        for (GoldFile g : corpus) {
            if (!missing.contains(g.id())) {
                futures.add(pool.submit(() -> evaluate(g, voice, renditions.wav(voice, g.id()))));
            }
        }
        List<AudioResult> results = new ArrayList<>();
        for (Future<AudioResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("audio evaluation failed", e.getCause());
            }
        }
        return new VoiceRun(voice, results, missing, problem);
    }

    private AudioResult evaluate(GoldFile gold, Voice voice, Path wav) {
        Transcript transcript;
        try {
            transcript = recognizer.transcript(recognition(gold.id(), voice, wav));
        } catch (UserInputException | RuntimeException e) {
            // an unreadable rendition is scored as an empty transcript, not skipped
            DictationResult failed = TextEvaluation.failed(gold, "", e);
            return new AudioResult(failed, WordErrorRate.compute(SpokenForm.words(gold.dictation()), List.of()),
                    terms.check(gold.dictation(), ""));
        }
        DictationResult result = text.evaluate(gold, transcript);
        WordErrorRate.Result wer = WordErrorRate.compute(SpokenForm.words(gold.dictation()),
                SpokenForm.words(transcript.text()));
        return new AudioResult(result, wer, terms.check(gold.dictation(), transcript.text()));
    }

    private Recognition recognition(String id, Voice voice, Path wav) throws UserInputException {
        if (store == null) {
            return recognizer.recognize(wav);
        }
        String key = RecognitionStore.key(recognizer.identity(), wav);
        Optional<Recognition> kept = store.find(voice, id, key);
        if (kept.isPresent()) {
            return kept.get();
        }
        Recognition fresh = recognizer.recognize(wav);
        store.put(voice, id, key, fresh);
        return fresh;
    }
}
