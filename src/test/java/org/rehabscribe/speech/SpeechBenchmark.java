package org.rehabscribe.speech;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabscribe.cli.Home;
import org.rehabscribe.core.Transcript;

/**
 * Measures the speech stage: model load time, and per file the speed on one core (audio seconds
 * per second of the decoding thread's CPU time, which other load on the machine does not
 * distort), wall-clock speed, and WER when a reference {@code .txt} sits beside the WAV.
 * Run by {@code tools/speech-benchmark.sh}; not a test.
 */
public final class SpeechBenchmark {
    private SpeechBenchmark() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SpeechRecognizer recognizer = SpeechRecognizer.load(Home.speechModel())) {
            System.out.printf("model load: %.2f s%n", recognizer.loadSeconds());
            System.out.printf("%-28s %8s %8s %8s %9s %9s %7s%n", "file", "audio s", "cpu s", "wall s", "x rt cpu",
                    "x rt wall", "WER");
            double audio = 0;
            double cpu = 0;
            WordErrorRate.Result wer = WordErrorRate.Result.ZERO;
            for (String arg : args) {
                Path wav = Path.of(arg);
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                Transcript t = recognizer.transcribe(wav);
                double cpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wallS = (System.nanoTime() - wall0) / 1e9;
                Path ref = Path.of(arg.replaceFirst("\\.wav$", ".txt"));
                String werText = "-";
                if (Files.isRegularFile(ref)) {
                    WordErrorRate.Result r = WordErrorRate.compute(Files.readString(ref), t.text());
                    wer = wer.plus(r);
                    werText = String.format("%.1f%%", 100 * r.rate());
                }
                audio += t.audioSeconds();
                cpu += cpuS;
                System.out.printf("%-28s %8.1f %8.2f %8.2f %9.1f %9.1f %7s%n", wav.getFileName(), t.audioSeconds(), cpuS,
                        wallS, t.audioSeconds() / cpuS, t.audioSeconds() / wallS, werText);
            }
            System.out.printf("total: %.1f s audio in %.1f s CPU: %.1fx real time on one core (RTF %.3f)%n", audio, cpu,
                    audio / cpu, cpu / audio);
            if (wer.referenceWords() > 0) {
                System.out.printf("WER over files with references: %.1f%% (%d/%d)%n", 100 * wer.rate(), wer.errors(),
                        wer.referenceWords());
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("java heap in use: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
    }
}
