package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabscribe.batch.BatchFixtures.scribe;
import static org.rehabscribe.batch.BatchFixtures.summary;
import static org.rehabscribe.batch.BatchFixtures.text;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.batch.BatchFixtures.Run;
import org.rehabscribe.coding.Coder;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Payer;
import org.rehabscribe.extract.Extractor;
import org.rehabscribe.extract.RuleExtractor;
import org.rehabscribe.note.NoteRenderer;
import org.rehabscribe.pipeline.Scribe;
import org.rehabscribe.speech.SpeechModel;

/** The batch runner on typed transcripts (no speech model needed): isolation, resumption, paths, usage. */
class BatchRunnerTest {
    private static final String NOTE = "Patient seen for balance training on foam for fifteen minutes, three sets "
            + "of ten. Therapeutic exercise twenty three minutes, straight leg raises.";
    private static final Extractor RULES = RuleExtractor.withDefaults();

    @TempDir
    Path tmp;

    private BatchReport run(Path in, Path out, Scribe scribe, Path model, StringWriter log) throws Exception {
        BatchSettings settings = new BatchSettings(in, out, 2, ContextHints.NONE, SpeechModel.unbiased(model));
        return new BatchRunner(settings, () -> scribe, new LogProgress(new PrintWriter(log, true))).run();
    }

    private BatchReport run(Path in, Path out) throws Exception {
        return run(in, out, new Scribe(RULES, new Coder(), new NoteRenderer()), tmp.resolve("no-model"),
                new StringWriter());
    }

    @Test
    void anUnexpectedExceptionOrStackOverflowFailsOnlyItsOwnFile() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("a.txt"), NOTE);
        text(in.resolve("b explodes.txt"), "EXPLODE " + NOTE);
        text(in.resolve("c overflows.txt"), "OVERFLOW " + NOTE);
        text(in.resolve("d.txt"), NOTE);
        Extractor faulty = (transcript, hints) -> {
            if (transcript.text().startsWith("EXPLODE")) {
                throw new IllegalStateException("rule table corrupt");
            }
            if (transcript.text().startsWith("OVERFLOW")) {
                throw new StackOverflowError();
            }
            return RULES.extract(transcript, hints);
        };
        Path out = tmp.resolve("out");
        BatchReport report = run(in, out, new Scribe(faulty, new Coder(), new NoteRenderer()), tmp.resolve("x"),
                new StringWriter());

        assertEquals(2, report.ok());
        assertEquals(2, report.failed());
        Map<String, List<String>> rows = summary(out);
        assertEquals("failed: internal error: IllegalStateException: rule table corrupt", rows.get("b explodes.txt").get(0));
        assertEquals("failed: internal error: StackOverflowError", rows.get("c overflows.txt").get(0));
        assertEquals("ok", rows.get("a.txt").get(0));
        assertEquals("ok", rows.get("d.txt").get(0));
        assertFalse(Files.exists(out.resolve("b explodes.json")));
        assertEquals(List.of(), BatchFixtures.tempFiles(out));
    }

    @Test
    void transcriptsAloneNeverLoadTheSpeechModel() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("a.txt"), NOTE);
        StringWriter log = new StringWriter();
        // the model directory does not exist: loading it would fail every recording
        BatchReport report = run(in, tmp.resolve("out"), new Scribe(RULES, new Coder(), new NoteRenderer()),
                tmp.resolve("missing-model"), log);
        assertEquals(1, report.ok());
        assertFalse(log.toString().contains("speech model"), log.toString());
    }

    @Test
    void withoutAModelRecordingsFailAndTranscriptsGoOn() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("a.txt"), NOTE);
        TestAudio.write(in.resolve("b.wav"), 16_000, 16, new double[1600]);
        Path out = tmp.resolve("out");
        BatchReport report = run(in, out);
        assertEquals(1, report.ok());
        assertEquals(1, report.failed());
        assertTrue(summary(out).get("b.wav").get(0).startsWith("failed: speech model unavailable: "),
                summary(out).toString());
        assertEquals("0.100", summary(out).get("b.wav").get(1));
    }

    @Test
    void removesStaleTemporaryFilesAndRedoesFilesWithoutTheirJson() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("sub/a.txt"), NOTE);
        text(in.resolve("b.txt"), NOTE);
        Path out = tmp.resolve("out");
        run(in, out);
        String md = Files.readString(out.resolve("sub/a.md"));
        // as a kill could leave them: a temporary file, and a file with two of its three outputs
        text(out.resolve("sub/.scribe-5eed.tmp"), "{\"transcript\": \"half");
        Files.delete(out.resolve("sub/a.json"));
        Files.writeString(out.resolve("sub/a.md"), "# half a note");

        StringWriter log = new StringWriter();
        BatchReport again = run(in, out, new Scribe(RULES, new Coder(), new NoteRenderer()), tmp.resolve("x"), log);
        assertEquals(1, again.ok());
        assertEquals(1, again.skipped());
        assertEquals(md, Files.readString(out.resolve("sub/a.md")));
        assertTrue(Files.exists(out.resolve("sub/a.json")));
        assertEquals(List.of(), BatchFixtures.tempFiles(out));
        assertTrue(log.toString().contains("removed 1 temporary file left by an interrupted run"), log.toString());
        assertEquals(List.of("ok", "", "97112x1 97110x2"), summary(out).get("sub/a.txt"));
        assertEquals(List.of("skipped: already done", "", "97112x1 97110x2"), summary(out).get("b.txt"));
    }

    @Test
    void contextFlagsApplyToEveryFile() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("a.txt"), NOTE);
        Path out = tmp.resolve("out");
        Run r = scribe("batch", in.toString(), "--out", out.toString(), "--payer", "ama", "--discipline", "OT",
                "--telehealth");
        assertEquals(0, r.status(), r.err());
        String json = Files.readString(out.resolve("a.json"));
        Run note = scribe("note", in.resolve("a.txt").toString(), "--format", "json", "--payer", "ama",
                "--discipline", "OT", "--telehealth");
        assertEquals(note.out(), json);
        assertTrue(json.contains("\"payer\" : \"" + Payer.AMA.id() + "\""), json);
    }

    @Test
    void aLinkPlantedInTheOutputFolderIsNotFollowed() throws Exception {
        Path in = tmp.resolve("in");
        text(in.resolve("a/x.txt"), NOTE);
        text(in.resolve("y.txt"), NOTE);
        Path out = tmp.resolve("out");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("a"), elsewhere);
        BatchReport report = run(in, out);
        assertEquals(1, report.ok());
        assertEquals("failed: cannot write its outputs: IOException: output path a exists and is a symbolic link",
                summary(out).get("a/x.txt").get(0));
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFileNameThatIsNotUtf8IsRejectedByName() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        text(in.resolve("good.txt"), NOTE);
        // Java cannot name such a file; the shell can (\351 is é in Latin-1)
        Process touch = new ProcessBuilder("sh", "-c", "printf '" + NOTE + "' > \"$(printf 'caf\\351.txt')\"")
                .directory(in.toFile()).start();
        assertEquals(0, touch.waitFor());
        Path out = tmp.resolve("out");
        BatchReport report = run(in, out);
        assertEquals(1, report.ok());
        assertEquals(1, report.failed());
        Map<String, List<String>> rows = summary(out);
        String bad = rows.keySet().stream().filter(f -> f.startsWith("caf")).findFirst().orElseThrow();
        assertEquals("failed: the file name is not valid UTF-8; rename the file", rows.get(bad).get(0));
        assertEquals(3 + 1, BatchFixtures.files(out).size(), "only good.txt's outputs and the summary");
    }

    @Test
    void workersShareTheLoadAndEveryFileIsDoneOnce() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 40; i++) {
            text(in.resolve("d" + i % 3).resolve("n" + i + ".txt"), NOTE + " Visit " + i + ".");
        }
        AtomicInteger calls = new AtomicInteger();
        Extractor counting = (transcript, hints) -> {
            calls.incrementAndGet();
            return RULES.extract(transcript, hints);
        };
        Path out = tmp.resolve("out");
        BatchReport report = run(in, out, new Scribe(counting, new Coder(), new NoteRenderer()), tmp.resolve("x"),
                new StringWriter());
        assertEquals(40, report.ok());
        assertEquals(40, calls.get());
        assertEquals(40 * 3 + 1, BatchFixtures.files(out).size());
    }

    @Test
    void usageAndBadInput() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        text(in.resolve("a.txt"), NOTE);

        Run missing = scribe("batch", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, missing.status());
        assertEquals("scribe: " + tmp.resolve("nope") + ": no such directory\n", missing.err());
        assertEquals("", missing.out());

        Run file = scribe("batch", in.resolve("a.txt").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, file.status());
        assertEquals("scribe: " + in.resolve("a.txt") + ": not a directory\n", file.err());

        assertEquals(2, scribe("batch", in.toString()).status(), "--out is required");
        assertEquals(2, scribe("batch", in.toString(), "--out", tmp.resolve("o").toString(), "--threads", "0").status());
        assertEquals(2, scribe("batch", in.toString(), "--out", in.toString()).status(), "OUT = IN");
        assertEquals(2, scribe("batch", in.toString(), "--out", tmp.toString()).status(), "IN inside OUT");
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written on a usage error");

        Path lockedOut = Files.createDirectories(tmp.resolve("busy"));
        try (OutputLock lock = OutputLock.acquire(lockedOut.toRealPath())) {
            Run busy = scribe("batch", in.toString(), "--out", lockedOut.toString());
            assertEquals(1, busy.status());
            assertTrue(busy.err().contains("another batch run is writing to this folder"), busy.err());
        }
        assertThrows(IllegalArgumentException.class, () -> new BatchSettings(in, in, 0, ContextHints.NONE, SpeechModel.unbiased(in)));
    }

    @Test
    void aFolderWithNothingToDoSucceeds() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Run r = scribe("batch", in.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(SummaryCsv.HEADER + "\n", Files.readString(tmp.resolve("out").resolve(SummaryCsv.NAME)));
        assertTrue(r.err().contains("scribe batch: 0 ok, 0 failed, 0 skipped; 0:00 of audio in"), r.err());
    }
}
