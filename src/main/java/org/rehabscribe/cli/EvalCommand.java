package org.rehabscribe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rehabscribe.eval.ConsoleTable;
import org.rehabscribe.eval.EvalReport;
import org.rehabscribe.eval.EvalRun;
import org.rehabscribe.eval.ReportFiles;
import org.rehabscribe.eval.Voice;
import org.rehabscribe.eval.WerFolder;
import org.rehabscribe.eval.WerReferences;
import org.rehabscribe.speech.SpeechRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scribe eval}: scores the extractor against gold files (CONTRACT s.4), and with
 * {@code --audio} the whole chain from speech; prints the table to stdout and writes
 * {@code evaluation/report-<split>.md} and {@code .json}. {@code --wer DIR} instead measures
 * the recogniser's word error rate on a folder of WAV files with reference transcripts.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the scribe against gold files; writes evaluation/report-<split>.{md,json}.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "gold files to score (default: corpus/dev)")
    Path corpus;

    @Option(names = "--audio", description = "also run the whole chain from each voice's audio renditions")
    boolean audio;

    @Option(names = "--voices", paramLabel = "v1,v2", split = ",", defaultValue = "slt",
            description = "rendition voices for --audio, e.g. slt,rms or slt-pink-snr20 (default: slt)")
    List<String> voices;

    @Option(names = "--wer", paramLabel = "DIR",
            description = "only measure word error rate on DIR's .wav files "
                    + "(references: <name>.txt beside each, or a pocketsphinx transcription file)")
    Path wer;

    @Option(names = "--recognitions", paramLabel = "DIR",
            description = "with --audio: keep each rendition's recognition in DIR and reuse it while the audio, "
                    + "speech model and bias are unchanged (re-scores a rule change without re-running Vosk)")
    Path recognitions;

    @Option(names = "--out", paramLabel = "DIR", description = "where reports go (default: evaluation/)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (wer != null) {
            if (audio || corpus != null) {
                throw new ParameterException(spec.commandLine(), "--wer cannot be combined with --corpus or --audio");
            }
            WerReferences refs = WerReferences.scan(wer);
            try (SpeechRecognizer recognizer = SpeechRecognizer.load(Home.speechModel())) {
                WerFolder.print(wer, refs, WerFolder.run(refs, recognizer), stdout);
            }
            return 0;
        }
        if (recognitions != null && !audio) {
            throw new ParameterException(spec.commandLine(), "--recognitions needs --audio");
        }
        List<Voice> chosen = new ArrayList<>();
        if (audio) {
            for (String v : voices) {
                try {
                    chosen.add(Voice.parse(v));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--voices: " + e.getMessage());
                }
            }
        }
        Path dir = corpus != null ? corpus : Home.dir().resolve("corpus/dev");
        EvalReport report = new EvalRun(Home.dir(), Home.speechModel(), err).run(dir, chosen, recognitions);
        ConsoleTable.print(report, stdout);
        for (Path written : ReportFiles.write(report, out != null ? out : Home.dir().resolve("evaluation"))) {
            err.println("eval: wrote " + written);
        }
        // --audio that could not hear anything is a failed run, not a report of nothing
        for (var v : report.voices()) {
            if (v.results().isEmpty()) {
                err.println("scribe: eval --audio: no renditions for voice " + v.voice().name() + " ("
                        + v.problem() + ")");
                err.flush();
                return Main.EXIT_BAD_INPUT;
            }
        }
        err.flush();
        return 0;
    }
}
