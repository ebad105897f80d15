package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabscribe.batch.BatchFixtures.scribe;
import static org.rehabscribe.batch.BatchFixtures.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.batch.BatchFixtures.Run;
import org.rehabscribe.cli.Home;

/**
 * A batch killed with SIGKILL (twice, at different points) and started again ends with exactly
 * the files of an uninterrupted run: byte for byte, no temporary files, no lock left behind.
 * The killed runs are separate JVMs started like {@code ./scribe batch}.
 */
class BatchKillRestartTest {
    private static final int RECORDINGS = 6;

    @TempDir
    Path tmp;

    @Test
    void killedTwiceThenResumedEqualsAnUninterruptedRun() throws Exception {
        Path in = tmp.resolve("in");
        String[] samples = {"sample-01", "sample-02", "sample-03", "sample-04"};
        for (int i = 0; i < RECORDINGS; i++) {
            double[] clip = TestAudio.clip(samples[i % samples.length], 4 + i % 3);
            Path wav = in.resolve("day " + (i % 2 + 1)).resolve("visit " + i + ".wav");
            if (i % 3 == 1) {
                TestAudio.write(wav, 8_000, 16, TestAudio.to8k(clip));
            } else {
                TestAudio.write(wav, 16_000, 16, clip);
            }
        }
        Files.copy(TestAudio.SAMPLES.resolve("sample-02.txt"), in.resolve("typed.txt"));
        Files.writeString(in.resolve("day 1/broken.wav"), "not audio");

        Path reference = tmp.resolve("reference");
        Run uninterrupted = scribe("batch", in.toString(), "--out", reference.toString(), "--threads", "2");
        assertEquals(1, uninterrupted.status(), uninterrupted.err()); // broken.wav

        Path out = tmp.resolve("out");
        int doneAfterFirstKill = runAndKill(in, out, 1);
        int doneAfterSecondKill = runAndKill(in, out, doneAfterFirstKill + 1);
        // what a kill between two renames leaves: a stale temporary file and a note without its JSON
        Path undone = firstUndone(out, in);
        Files.writeString(out.resolve(".scribe-0123abcd.tmp"), "half a summa");
        Files.writeString(undone, "# half a note");

        Run resumed = scribe("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(1, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains("removed "), resumed.err());

        Map<String, byte[]> expected = BatchFixtures.files(reference);
        Map<String, byte[]> actual = BatchFixtures.files(out);
        expected.remove(SummaryCsv.NAME);
        actual.remove(SummaryCsv.NAME);
        assertEquals(expected.keySet(), actual.keySet(), "same files, and no temporary or lock file left");
        assertEquals((RECORDINGS + 1) * 3, actual.size());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name + " differs from the uninterrupted run's");
        }
        assertEquals(List.of(), BatchFixtures.tempFiles(out));

        // the summary covers every file; what the killed runs finished is now "skipped: already done"
        Map<String, List<String>> want = summary(reference);
        Map<String, List<String>> got = summary(out);
        assertEquals(want.keySet(), got.keySet());
        int skipped = 0;
        for (String file : want.keySet()) {
            List<String> w = want.get(file);
            List<String> g = got.get(file);
            if (g.get(0).startsWith("skipped")) {
                skipped++;
                assertEquals("ok", w.get(0), file);
            } else {
                assertEquals(w.get(0), g.get(0), file);
            }
            assertEquals(w.subList(1, 3), g.subList(1, 3), file + ": audio seconds and codes");
        }
        assertEquals(doneAfterSecondKill, skipped, "the killed runs' work is kept, not redone");
        System.out.printf("[batch] killed after %d and %d of %d files were done%n", doneAfterFirstKill,
                doneAfterSecondKill, RECORDINGS + 1);
    }

    /**
     * Starts {@code scribe batch} in its own JVM, waits until at least {@code done} files are done
     * (their JSON exists), kills it with SIGKILL; returns how many were done then.
     */
    private static int runAndKill(Path in, Path out, int done) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m",
                "-Dscribe.home=" + Home.dir(), "-cp", System.getProperty("java.class.path"),
                "org.rehabscribe.cli.Main", "batch", in.toString(), "--out", out.toString(), "--threads", "2"));
        Path log = Files.createTempFile(out.getParent(), "batch", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (jsonCount(out) < done) {
                assertTrue(p.isAlive(), "the batch ended before it could be killed:\n" + Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "no progress:\n" + Files.readString(log));
                Thread.sleep(5);
            }
            assertTrue(p.isAlive(), "the batch ended before it could be killed");
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            p.waitFor(30, TimeUnit.SECONDS);
        }
        int count = jsonCount(out);
        assertTrue(count < RECORDINGS + 1, "killed mid-run, with files left to do (" + count + " done)");
        return count;
    }

    private static int jsonCount(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        while (true) {
            try (Stream<Path> walk = Files.walk(out)) {
                return (int) walk.filter(p -> p.getFileName().toString().endsWith(".json")).count();
            } catch (java.io.UncheckedIOException e) {
                // the running batch renamed a temp file while we walked: look again
            }
        }
    }

    /** The .md path of an input whose JSON does not exist yet. */
    private static Path firstUndone(Path out, Path in) throws IOException {
        try (Stream<Path> walk = Files.walk(in)) {
            for (Path p : walk.sorted().toList()) {
                String name = in.relativize(p).toString();
                if (name.endsWith(".wav") && !name.contains("broken")) {
                    String stem = name.substring(0, name.length() - 4);
                    if (!Files.exists(out.resolve(stem + ".json"))) {
                        Files.createDirectories(out.resolve(stem).getParent());
                        return out.resolve(stem + ".md");
                    }
                }
            }
        }
        throw new AssertionError("every recording is done: the kills came too late");
    }

}
