package org.rehabscribe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.eval.GoldCorpus;
import org.rehabscribe.eval.GoldFile;
import org.rehabscribe.pipeline.Installation;
import org.rehabscribe.pipeline.Scribe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scribe bench}: warm throughput of the text path (extraction, coding, note) on one
 * thread. Dictations of a corpus are joined in pairs to about 200 words each, run until the
 * JIT has settled, then timed over several rounds; prints dictations per second, words per
 * second and heap in use.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Warm speed of extraction + coding + note on one thread (dictations/s).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "gold files whose dictations to use (default: corpus/train)")
    Path corpus;

    @Option(names = "--seconds", defaultValue = "10", description = "timed seconds (default 10)")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserInputException {
        List<GoldFile> gold = GoldCorpus.load(corpus != null ? corpus : Installation.dir().resolve("corpus/train"));
        List<String> docs = new ArrayList<>();
        for (int i = 0; i + 1 < gold.size(); i += 2) {
            docs.add(gold.get(i).dictation() + "\n" + gold.get(i + 1).dictation());
        }
        long words = docs.stream().mapToLong(d -> d.split("\\s+").length).sum();
        long t0 = System.nanoTime();
        Scribe scribe = Scribe.standard();
        double startup = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            run(scribe, docs); // warm-up
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            run(scribe, docs);
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double perSecond = n * docs.size() / elapsed;
        Runtime rt = Runtime.getRuntime();
        out.printf("pipeline start-up: %.2f s%n", startup);
        out.printf("dictations: %d of %.0f words on average%n", docs.size(), (double) words / docs.size());
        out.printf("warm throughput, 1 thread: %.0f dictations/s, %.0f words/s, %.2f ms per dictation%n",
                perSecond, perSecond * words / docs.size(), 1000 / perSecond);
        out.printf("heap in use: %d MB of max %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        out.flush();
        return 0;
    }

    private static void run(Scribe scribe, List<String> docs) {
        for (String d : docs) {
            scribe.process(Transcript.ofText(d), ContextHints.NONE);
        }
    }
}
