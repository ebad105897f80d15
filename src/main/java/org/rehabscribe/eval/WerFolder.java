package org.rehabscribe.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.speech.SpeechRecognizer;
import org.rehabscribe.speech.WordErrorRate;

/**
 * {@code ./scribe eval --wer DIR}: word error rate of the recogniser on any folder of WAV files
 * with reference transcripts ({@link WerReferences}). Prints one line a file and the overall
 * rate (errors over all reference words, not a mean of rates); both sides are compared in
 * {@link SpokenForm}, so numerals in a reference count as the words a recogniser writes.
 */
public final class WerFolder {
    /** The WER of one file, and what was heard. */
    public record FileWer(Path wav, WordErrorRate.Result wer, String heard, String error) {}

    private WerFolder() {}

    public static List<FileWer> run(WerReferences refs, SpeechRecognizer recognizer) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(EvalRun.AUDIO_THREADS);
        try {
            List<Future<FileWer>> futures = new ArrayList<>();
            for (Map.Entry<Path, String> e : refs.references().entrySet()) {
                futures.add(pool.submit(() -> one(e.getKey(), e.getValue(), recognizer)));
            }
            List<FileWer> out = new ArrayList<>();
            for (Future<FileWer> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("transcription failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileWer one(Path wav, String reference, SpeechRecognizer recognizer) {
        List<String> ref = SpokenForm.words(reference);
        try {
            String heard = recognizer.transcribe(wav).text();
            return new FileWer(wav, WordErrorRate.compute(ref, SpokenForm.words(heard)), heard, null);
        } catch (UserInputException | RuntimeException e) {
            // an unreadable file counts as nothing heard
            return new FileWer(wav, WordErrorRate.compute(ref, List.of()), "", e.getMessage());
        }
    }

    public static void print(Path dir, WerReferences refs, List<FileWer> results, PrintWriter out) {
        int width = results.stream().mapToInt(r -> dir.relativize(r.wav()).toString().length()).max().orElse(4);
        width = Math.max(width, "overall".length());
        out.printf("%-" + width + "s  %7s  %s%n", "file", "wer", "errors/words (sub del ins)");
        WordErrorRate.Result total = WordErrorRate.Result.ZERO;
        for (FileWer r : results) {
            total = total.plus(r.wer());
            out.printf("%-" + width + "s  %s%s%n", dir.relativize(r.wav()), row(r.wer()),
                    r.error() == null ? "" : "  failed: " + r.error());
        }
        out.printf("%-" + width + "s  %s%n", "overall", row(total));
        if (!refs.unreferenced().isEmpty()) {
            out.printf("note: %d .wav files without a reference were skipped%n", refs.unreferenced().size());
        }
        out.flush();
    }

    private static String row(WordErrorRate.Result w) {
        return String.format(Locale.ROOT, "%6.2f%%  %d/%d (%d %d %d)", 100 * w.rate(), w.errors(), w.referenceWords(),
                w.substitutions(), w.deletions(), w.insertions());
    }
}
