package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabscribe.batch.BatchFixtures.scribe;
import static org.rehabscribe.batch.BatchFixtures.summary;
import static org.rehabscribe.batch.BatchFixtures.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.batch.BatchFixtures.Run;

/**
 * {@code scribe batch} on one folder mixing good recordings in several formats, typed
 * transcripts, broken files, awkward names, links and the output folder inside the input
 * folder; run twice, with the real Vosk model. Each test checks one promise of the command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchCommandTest {
    private static final String V16K = "clinic A/2024 März/visit 1.wav";
    private static final String V8K = "clinic A/telephone 8 kHz.wav";
    private static final String V44K = "Ünïcode séance/stereo 44.1k.WAV";
    private static final String V24 = "deep/er/est/24-bit, take \"2\".wav";
    private static final String TXT = "typed notes/sample-01.txt";
    private static final String TXT_UNICODE = "typed notes/日本語 ノート.txt";
    private static final String LINKED_TXT = "linked note.txt";
    private static final String COLLIDING_TXT = "clinic A/2024 März/visit 1.txt";

    Path tmp;
    Path in;
    Path out;
    Path outside;
    Run first;
    Map<String, List<String>> firstSummary;
    Map<String, byte[]> firstFiles;
    Run second;

    @BeforeAll
    void runTwice(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
                "these tests use non-ASCII file names: run them under a UTF-8 locale (e.g. LANG=C.UTF-8)");
        in = tmp.resolve("in");
        out = in.resolve("_out"); // inside IN: must not be read back
        outside = tmp.resolve("outside");

        double[] s1 = TestAudio.clip("sample-01", 7);
        TestAudio.write(in.resolve(V16K), 16_000, 16, s1);
        TestAudio.write(in.resolve(V8K), 8_000, 16, TestAudio.to8k(TestAudio.clip("sample-02", 7)));
        double[] s3 = TestAudio.upsample(TestAudio.clip("sample-03", 7), 44_100);
        TestAudio.write(in.resolve(V44K), 44_100, 16, s3, TestAudio.scaled(s3, 0.8));
        TestAudio.write(in.resolve(V24), 16_000, 24, TestAudio.clip("sample-04", 7));
        Files.createDirectories(in.resolve("typed notes"));
        Files.copy(TestAudio.SAMPLES.resolve("sample-01.txt"), in.resolve(TXT));
        Files.copy(TestAudio.SAMPLES.resolve("sample-04.txt"), in.resolve(TXT_UNICODE));
        text(in.resolve(COLLIDING_TXT), "patient seen for gait training fifteen minutes");

        Files.createDirectories(in.resolve("broken"));
        Files.write(in.resolve("broken/empty.wav"), new byte[0]);
        byte[] good = Files.readAllBytes(in.resolve(V16K));
        Files.write(in.resolve("broken/truncated header.wav"), java.util.Arrays.copyOf(good, 30));
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("broken/random bytes.wav"), noise);
        text(in.resolve("broken/text renamed.wav"), "Patient seen for balance training, fifteen minutes.\n");
        Files.write(in.resolve("broken/empty transcript.txt"), new byte[0]);
        Files.write(in.resolve("broken/binary.txt"), "abc\0def".getBytes(StandardCharsets.UTF_8));

        text(in.resolve("readme.md"), "not an input");
        Files.write(in.resolve("clinic A/._visit 1.wav"), new byte[] {0, 5, 22, 7}); // macOS resource fork
        // links: a directory out of IN and a loop are not followed; a file link is read through
        text(outside.resolve("secret dir/outside.txt"), "patient seen for gait training fifteen minutes");
        text(outside.resolve("shared.txt"), "Therapeutic exercise twenty minutes, straight leg raises.");
        Files.createSymbolicLink(in.resolve("link out"), outside.resolve("secret dir"));
        Files.createSymbolicLink(in.resolve("deep/loop"), in);
        Files.createSymbolicLink(in.resolve(LINKED_TXT), outside.resolve("shared.txt"));

        first = scribe("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        firstSummary = summary(out);
        firstFiles = BatchFixtures.files(out);
        second = scribe("batch", in.toString(), "--out", out.toString(), "--threads", "2");
    }

    @Test
    void writesTheThreeOutputsOfEveryGoodFileAtItsRelativePath() {
        assertEquals(1, first.status(), first.err());
        for (String input : List.of(V16K, V8K, V44K, V24, TXT, TXT_UNICODE, LINKED_TXT)) {
            String stem = input.substring(0, input.lastIndexOf('.'));
            for (String suffix : List.of(".json", ".md", ".transcript.txt")) {
                assertTrue(firstFiles.containsKey(stem + suffix), stem + suffix + " in " + firstFiles.keySet());
            }
            assertEquals(List.of("ok"), firstSummary.get(input).subList(0, 1), input);
        }
        // 7 inputs x 3 outputs + summary.csv, nothing else (no temp files, no lock, no outputs of broken files)
        assertEquals(7 * 3 + 1, firstFiles.size(), firstFiles.keySet().toString());
    }

    @Test
    void transcribesEveryFormatAndRecordsAudioSecondsAndCodes() {
        assertTranscript(V16K, "patient seen for balance");
        assertTranscript(V8K, "sixty eight year old female");
        assertTranscript(V44K, "occupational therapy session forty five minutes");
        assertTranscript(V24, "patient seen for low back pain");
        for (String wav : List.of(V16K, V8K, V44K, V24)) {
            assertEquals(7.0, Double.parseDouble(firstSummary.get(wav).get(1)), 0.01, wav);
        }
        assertEquals("", firstSummary.get(TXT).get(1), "a typed transcript has no audio");
        assertEquals("97112x1 97110x2", firstSummary.get(TXT).get(2)); // sample-01: 15 min balance, 23 exercise
    }

    private void assertTranscript(String input, String words) {
        String stem = input.substring(0, input.lastIndexOf('.'));
        String transcript = new String(firstFiles.get(stem + ".transcript.txt"), StandardCharsets.UTF_8);
        assertTrue(transcript.contains(words), input + ": " + transcript);
        assertTrue(transcript.endsWith("\n") && transcript.lines().count() == 1, transcript);
    }

    @Test
    void brokenFilesFailAloneWithAOneLineReason() {
        Map<String, String> expected = Map.of(
                "broken/empty.wav", "empty file",
                "broken/truncated header.wav", "truncated WAV header",
                "broken/random bytes.wav", "not a WAV file",
                "broken/text renamed.wav", "not a WAV file",
                "broken/empty transcript.txt", "empty transcript",
                "broken/binary.txt", "not a text transcript",
                COLLIDING_TXT, "would overwrite those of " + V16K);
        expected.forEach((file, words) -> {
            String status = firstSummary.get(file).get(0);
            assertTrue(status.startsWith("failed: ") && status.contains(words), file + ": " + status);
            assertFalse(status.contains(in.toString()) || status.contains("\n"), status);
            assertTrue(first.err().contains(file + ": " + status), first.err());
        });
        assertEquals(7 + expected.size(), firstSummary.size(), firstSummary.keySet().toString());
    }

    @Test
    void skipsHiddenFilesOtherExtensionsLinkedDirectoriesAndItsOwnOutputFolder() {
        assertTrue(firstSummary.keySet().stream().noneMatch(f -> f.startsWith("_out/") || f.startsWith("link out")
                || f.startsWith("deep/loop") || f.contains("._") || f.endsWith(".md")), firstSummary.keySet().toString());
        assertTrue(first.err().contains("link out: directory link not followed"), first.err());
        assertTrue(first.err().contains("deep/loop: directory link not followed"), first.err());
        assertEquals(firstSummary.keySet(), summary2().keySet(), "the second run reads no outputs back as inputs");
    }

    @Test
    void writesNothingToStdoutAndEndsWithASummaryLine() {
        assertEquals("", first.out());
        String last = first.err().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("scribe batch: 7 ok, 7 failed, 0 skipped; 0:28 of audio in \\d+:\\d\\d \\(.*x real time; "
                + "real-time factor \\d+\\.\\d{3}, \\d+\\.\\d{3} per worker, 2 workers\\)"), last);
    }

    @Test
    void secondRunSkipsDoneFilesRetriesFailedOnesAndKeepsOutputs() throws Exception {
        assertEquals(1, second.status(), second.err());
        Map<String, List<String>> rows = summary2();
        for (String input : List.of(V16K, V8K, V44K, V24, TXT, TXT_UNICODE, LINKED_TXT)) {
            assertEquals("skipped: already done", rows.get(input).get(0), input);
            assertEquals(firstSummary.get(input).subList(1, 3), rows.get(input).subList(1, 3),
                    input + ": audio seconds and codes carried over");
        }
        firstSummary.forEach((file, row) -> {
            if (row.get(0).startsWith("failed")) {
                assertEquals(row, rows.get(file), "failed again: " + file);
            }
        });
        Map<String, byte[]> files = BatchFixtures.files(out);
        files.remove(SummaryCsv.NAME);
        firstFiles.forEach((name, bytes) -> {
            if (!name.equals(SummaryCsv.NAME)) {
                assertTrue(java.util.Arrays.equals(bytes, files.get(name)), name + " unchanged");
            }
        });
        assertEquals(firstFiles.size() - 1, files.size());
        // every recording left is broken and rejected by the header check: the model is not even loaded
        assertFalse(second.err().contains("loading the speech model"), second.err());
        assertTrue(first.err().contains("loading the speech model"), first.err());
        assertTrue(second.err().contains("scribe batch: 0 ok, 7 failed, 7 skipped;"), second.err());
    }

    @Test
    void outputsAreWhatTheNoteCommandPrints() throws Exception {
        for (String input : List.of(TXT, V44K)) {
            String stem = out.resolve(input.substring(0, input.lastIndexOf('.'))).toString();
            Run json = scribe("note", in.resolve(input).toString(), "--format", "json");
            assertEquals(0, json.status(), json.err());
            assertEquals(json.out(), Files.readString(Path.of(stem + ".json")), input);
            Run markdown = scribe("note", in.resolve(input).toString());
            assertEquals(markdown.out(), Files.readString(Path.of(stem + ".md")), input);
        }
    }

    @Test
    void noOutputLandsOutsideTheOutputFolder() throws Exception {
        try (var walk = Files.walk(tmp)) {
            List<Path> stray = walk.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".json") || n.endsWith(".md") || n.endsWith(".transcript.txt")
                        || n.equals(SummaryCsv.NAME)) && !p.startsWith(out) && !n.equals("readme.md");
            }).toList();
            assertEquals(List.of(), stray);
        }
    }

    private Map<String, List<String>> summary2() {
        try {
            return summary(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
