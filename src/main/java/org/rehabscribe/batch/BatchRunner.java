package org.rehabscribe.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Note;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.note.NoteJson;
import org.rehabscribe.pipeline.Scribe;
import org.rehabscribe.pipeline.TranscriptFiles;
import org.rehabscribe.speech.SpeechRecognizer;
import org.rehabscribe.speech.WavFormat;
import org.rehabscribe.speech.WavReader;

/**
 * Runs one batch: scan, skip what is done, validate, transcribe and write on worker threads,
 * write summary.csv.
 *
 * <p>Steps: take the output folder's lock and delete temporary files a killed run left; scan the
 * input folder ({@link InputScan}); for each input, skip it if its three outputs exist (reading
 * its codes back from its JSON for the summary), else validate a recording's header in Java
 * ({@link WavReader#inspect}; a bad one fails here, before any native code); load the Vosk model
 * only if a valid recording is left to do; then {@code threads} workers take files, longest
 * recording first (so the last file to finish is a short one), and each writes its outputs
 * through {@link AtomicFiles}, JSON last.
 *
 * <p>Isolation: whatever goes wrong with one file (bad input, an unexpected
 * {@link RuntimeException} or {@link Error}, a {@link StackOverflowError} in a rule) becomes a
 * {@code failed} row for that file; the others go on. Only a {@link VirtualMachineError} other
 * than stack overflow (out of memory ...) stops the run: the workers finish the files in hand,
 * the summary is written and the error rethrown; a new run resumes.
 *
 * <p>Threading: one shared {@link SpeechRecognizer} (one Vosk model) and one shared
 * {@link Scribe}; each transcription creates, uses and closes its own native recognizer on the
 * worker's thread, so a worker holds one recognizer at a time. Not reusing it across files is
 * deliberate: Vosk carries speaker adaptation from one utterance to the next within a recognizer,
 * so a reused one would make a file's transcript depend on the files before it. The model is
 * closed after every worker has stopped.
 *
 * <p>Memory: recordings are streamed by the speech stage; the runner keeps the list of inputs
 * and one small {@link SummaryRow} a file, never notes or transcripts beyond the file at hand.
 */
public final class BatchRunner {
    private final BatchSettings settings;
    private final Supplier<Scribe> scribeFactory;
    private final Progress progress;

    /**
     * @param scribeFactory builds the text pipeline, called once and only if there is work to do
     */
    public BatchRunner(BatchSettings settings, Supplier<Scribe> scribeFactory, Progress progress) {
        this.settings = settings;
        this.scribeFactory = scribeFactory;
        this.progress = progress;
    }

    /** A recording or transcript to process, with its recording's length (null for text). */
    private record Task(BatchFile file, Double seconds) {}

    /**
     * What is wrong with using {@code in} and {@code out} together, or null if nothing: the output
     * folder may not be the input folder nor contain it (it may lie inside it). Both may be
     * missing; the real paths are compared, so links cannot hide an overlap.
     */
    public static String usageProblem(Path in, Path out) {
        if (!Files.isDirectory(in)) {
            return null; // reported as bad input by run()
        }
        try {
            Path inReal = in.toRealPath();
            Path outReal = realPathAllowingMissing(out);
            if (outReal.equals(inReal)) {
                return "--out must be a folder other than IN_DIR (the outputs would be read back as inputs)";
            }
            if (inReal.startsWith(outReal)) {
                return "IN_DIR lies inside the --out folder; choose an output folder outside it";
            }
            return null;
        } catch (IOException e) {
            return null; // run() reports it with the file name
        }
    }

    /** The real path of {@code p}, resolving links in the part that exists. */
    private static Path realPathAllowingMissing(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    /**
     * Runs the batch. Per-file problems end up in summary.csv; this throws only when the run as a
     * whole cannot start.
     *
     * @throws UserInputException if IN_DIR is missing or not a folder, OUT_DIR cannot be created,
     *     or another run is writing to OUT_DIR
     * @throws IllegalArgumentException if {@link #usageProblem} finds one
     * @throws IOException if the output folder cannot be scanned or summary.csv cannot be written
     */
    public BatchReport run() throws UserInputException, IOException {
        long start = System.nanoTime();
        Path in = settings.in();
        if (!Files.exists(in)) {
            throw new UserInputException(in + ": no such directory");
        }
        if (!Files.isDirectory(in)) {
            throw new UserInputException(in + ": not a directory");
        }
        String usage = usageProblem(in, settings.out());
        if (usage != null) {
            throw new IllegalArgumentException(usage);
        }
        Path inRoot = in.toRealPath();
        Path outRoot = createOutput(settings.out());

        try (OutputLock lock = OutputLock.acquire(outRoot)) {
            int stale = AtomicFiles.removeStale(outRoot);
            if (stale > 0) {
                progress.note("removed " + stale + " temporary file" + (stale == 1 ? "" : "s")
                        + " left by an interrupted run");
            }
            InputScan scan = InputScan.of(inRoot, new OutputTree(outRoot));
            scan.notes().forEach(progress::note);

            Triage triage = triage(scan);
            Outcome outcome = process(new OutputTree(outRoot), triage.todo(), triage.rejected(), triage.skipped(),
                    scan.files().size() + scan.rejected().size());
            List<SummaryRow> rows = new ArrayList<>(triage.rows());
            rows.addAll(outcome.rows());
            rows.sort(Comparator.comparing(SummaryRow::file));
            SummaryCsv.write(outRoot.resolve(SummaryCsv.NAME), rows);
            if (outcome.fatal() != null) {
                throw outcome.fatal();
            }
            int ok = (int) rows.stream().filter(SummaryRow::isOk).count();
            int failed = (int) rows.stream().filter(SummaryRow::isFailed).count();
            return new BatchReport(ok, failed, triage.skipped(), outcome.audioSeconds(),
                    (System.nanoTime() - start) / 1e9, outcome.workers());
        }
    }

    /**
     * The inputs sorted out before any work: rows for those already done or failed (rejected by
     * the scan, or a recording whose header is bad), and the rest to do.
     */
    private record Triage(List<SummaryRow> rows, List<Task> todo, int rejected, int skipped) {}

    private Triage triage(InputScan scan) {
        List<SummaryRow> rows = new ArrayList<>();
        for (SummaryRow r : scan.rejected()) {
            rows.add(r);
            progress.rejected(r);
        }
        int rejected = scan.rejected().size();
        int skipped = 0;
        List<Task> todo = new ArrayList<>();
        for (BatchFile f : scan.files()) {
            Double seconds = null;
            WavFormat wav = null;
            String invalid = null;
            if (f.isAudio()) {
                try {
                    wav = WavReader.inspect(f.source()); // in Java, before any native code
                    seconds = wav.seconds();
                } catch (UserInputException e) {
                    invalid = reason(f, e);
                }
            }
            String doneCodes = codesIfDone(f);
            if (doneCodes != null) {
                rows.add(SummaryRow.skipped(f.name(), seconds, doneCodes));
                skipped++;
            } else if (invalid != null) {
                SummaryRow r = SummaryRow.failed(f.name(), invalid, null);
                rows.add(r);
                progress.rejected(r);
                rejected++;
            } else {
                if (wav != null && wav.truncated()) {
                    progress.note(String.format(Locale.ROOT, "%s: warning: data chunk declares %d bytes but the "
                            + "file is shorter; transcribing the %.1f s present", f.name(), wav.declaredDataBytes(),
                            wav.seconds()));
                }
                todo.add(new Task(f, seconds));
            }
        }
        // longest recordings first, transcripts last: the run does not end on one long file alone
        todo.sort(Comparator.comparingDouble((Task t) -> t.seconds() == null ? -1 : t.seconds()).reversed()
                .thenComparing(t -> t.file().name()));
        return new Triage(rows, todo, rejected, skipped);
    }

    private record Outcome(List<SummaryRow> rows, double audioSeconds, int workers, Error fatal) {}

    /** Processes the to-do list on the workers; returns one row per task. */
    private Outcome process(OutputTree tree, List<Task> todo, int rejected, int skipped, int files) {
        double todoAudio = todo.stream().mapToDouble(t -> t.seconds() == null ? 0 : t.seconds()).sum();
        int workers = Math.max(1, Math.min(settings.threads(), todo.size()));
        if (todo.isEmpty()) {
            progress.started(new Progress.Plan(files, 0, skipped, rejected, 0, 0));
            progress.stopped();
            return new Outcome(List.of(), 0, 0, null);
        }
        Scribe scribe = scribeFactory.get();
        SpeechRecognizer speech = null;
        String speechProblem = null;
        if (todo.stream().anyMatch(t -> t.file().isAudio())) {
            progress.note("loading the speech model");
            try {
                speech = SpeechRecognizer.load(settings.voskModel(), scribe.hypothesisChooser());
            } catch (UserInputException e) {
                speechProblem = e.getMessage();
                progress.note("speech model unavailable, recordings will fail: " + speechProblem);
            }
        }
        progress.started(new Progress.Plan(files, todo.size(), skipped, rejected, todoAudio, workers));

        SummaryRow[] results = new SummaryRow[todo.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Error> fatal = new AtomicReference<>();
        Worker work = new Worker(tree, todo, results, next, fatal, scribe, speech, speechProblem);
        List<Thread> threads = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                Thread t = new Thread(work, "batch-worker-" + (i + 1));
                threads.add(t);
                t.start();
            }
            joinAll(threads);
        } finally {
            joinAll(threads); // the model must outlive every recognizer, even if this thread was interrupted
            if (speech != null) {
                speech.close();
            }
            progress.stopped();
        }
        List<SummaryRow> rows = new ArrayList<>();
        double audio = 0;
        for (int i = 0; i < results.length; i++) {
            SummaryRow r = results[i];
            if (r == null) { // the run stopped before this file
                r = SummaryRow.failed(todo.get(i).file().name(), "not processed: the run stopped ("
                        + fatal.get() + ")", todo.get(i).seconds());
            }
            if (r.isOk() && r.audioSeconds() != null) {
                audio += r.audioSeconds();
            }
            rows.add(r);
        }
        return new Outcome(rows, audio, workers, fatal.get());
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The loop each worker thread runs: take the next task until none is left. */
    private final class Worker implements Runnable {
        private final OutputTree tree;
        private final List<Task> todo;
        private final SummaryRow[] results;
        private final AtomicInteger next;
        private final AtomicReference<Error> fatal;
        private final Scribe scribe;
        private final SpeechRecognizer speech;
        private final String speechProblem;

        Worker(OutputTree tree, List<Task> todo, SummaryRow[] results, AtomicInteger next,
               AtomicReference<Error> fatal, Scribe scribe, SpeechRecognizer speech, String speechProblem) {
            this.tree = tree;
            this.todo = todo;
            this.results = results;
            this.next = next;
            this.fatal = fatal;
            this.scribe = scribe;
            this.speech = speech;
            this.speechProblem = speechProblem;
        }

        @Override
        public void run() {
            int i;
            while (fatal.get() == null && (i = next.getAndIncrement()) < todo.size()) {
                Task task = todo.get(i);
                SummaryRow row;
                try {
                    row = processOne(task);
                } catch (UserInputException e) {
                    row = SummaryRow.failed(task.file().name(), reason(task.file(), e), task.seconds());
                } catch (IOException e) {
                    row = SummaryRow.failed(task.file().name(), "cannot write its outputs: " + describe(e),
                            task.seconds());
                } catch (RuntimeException | StackOverflowError e) {
                    row = SummaryRow.failed(task.file().name(), "internal error: " + describe(e), task.seconds());
                } catch (VirtualMachineError e) { // out of memory and the like: the JVM is in doubt, stop
                    fatal.compareAndSet(null, e);
                    row = SummaryRow.failed(task.file().name(), "internal error: " + describe(e), task.seconds());
                } catch (Error e) { // e.g. an assertion in a rule: this file only
                    row = SummaryRow.failed(task.file().name(), "internal error: " + describe(e), task.seconds());
                }
                results[i] = row;
                progress.finished(row, task.seconds() == null ? 0 : task.seconds());
            }
        }

        private SummaryRow processOne(Task task) throws UserInputException, IOException {
            BatchFile f = task.file();
            Transcript transcript;
            if (f.isAudio()) {
                if (speech == null) {
                    return SummaryRow.failed(f.name(), "speech model unavailable: " + speechProblem, task.seconds());
                }
                transcript = speech.transcribe(f.source());
            } else {
                transcript = TranscriptFiles.readText(f.source());
            }
            Note note = scribe.process(transcript, settings.hints());
            String json = NoteJson.render(note) + "\n"; // as `scribe note --format json` prints it
            BatchFile.Outputs out = f.outputs();
            tree.makeDirectories(out.json().getParent());
            AtomicFiles.write(out.transcript(), transcript.text() + "\n");
            AtomicFiles.write(out.markdown(), note.markdown());
            AtomicFiles.write(out.json(), json); // last: its presence marks the file done
            return SummaryRow.ok(f.name(), f.isAudio() ? transcript.audioSeconds() : null, codes(note));
        }
    }

    private Path createOutput(Path out) throws UserInputException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException(out + ": not a directory");
        }
        try {
            Files.createDirectories(out);
            return out.toRealPath();
        } catch (IOException e) {
            throw new UserInputException(out + ": cannot create the output folder (" + describe(e) + ")", e);
        }
    }

    /**
     * The codes of a file whose outputs all exist, read back from its JSON; null if it is not
     * done (an output missing, or a JSON that does not parse: it is then redone).
     */
    static String codesIfDone(BatchFile f) {
        for (Path p : f.outputs().inWriteOrder()) {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
        }
        try {
            JsonNode codes = NoteJson.mapper().readTree(f.outputs().json().toFile()).path("codes");
            List<String> list = new ArrayList<>();
            for (JsonNode c : codes) {
                list.add(c.path("code").asText() + "x" + c.path("units").asInt());
            }
            return String.join(" ", list);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String codes(Note note) {
        return note.coding().codes().stream().map((CodeSuggestion c) -> c.code() + "x" + c.units())
                .collect(Collectors.joining(" "));
    }

    /** The exception's message without the file name it starts with (the row already names the file). */
    private static String reason(BatchFile f, UserInputException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        String prefix = f.source() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
