package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A view of a Vosk model directory in which Kaldi's feature extraction does not dither.
 *
 * <p>Why: Kaldi adds random dither to the samples before computing MFCCs, drawing from one
 * process-wide generator. The same recording then comes out with different words from one call
 * to the next, and depends on what other threads decode at the same time (reported upstream as
 * vosk-api issue 868); the evaluation and the resumable batch need a transcript that is a
 * function of the audio. Dither itself is needed (without it, audio with an empty band, such as
 * 8 kHz telephone speech, lost twice as many words in our test), so {@link SpeechRecognizer}
 * adds the same amount from a generator seeded per recording.
 *
 * <p>How: a temporary directory whose {@code conf/} is a copy with {@code --dither=0} appended
 * to {@code mfcc.conf} (Kaldi keeps the last value of an option), and whose other entries are
 * symbolic links to the real model. Vosk reads every model file while it loads, so the view is
 * deleted by {@link #close} right after. When links cannot be made the real directory is used
 * and {@link #kaldiDitherOff()} is false. Not thread-safe; one view per load.
 */
final class DeterministicModelView implements AutoCloseable {
    private static final String NO_DITHER = "--dither=0";

    private final Path path;
    private final Path temporary; // null when path is the real model directory

    private DeterministicModelView(Path path, Path temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static DeterministicModelView of(Path modelDir) {
        if (!Files.isRegularFile(modelDir.resolve("conf/mfcc.conf"))) {
            return new DeterministicModelView(modelDir, null); // not a model we know: Vosk reports it
        }
        Path view = null;
        try {
            view = Files.createTempDirectory("scribe-vosk-model-");
            try (Stream<Path> entries = Files.list(modelDir)) {
                for (Path entry : entries.toList()) {
                    Path name = entry.getFileName();
                    if (name.toString().equals("conf")) {
                        copyConf(entry, view.resolve("conf"));
                    } else {
                        Files.createSymbolicLink(view.resolve(name), entry.toAbsolutePath());
                    }
                }
            }
            return new DeterministicModelView(view, view);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            deleteTree(view);
            return new DeterministicModelView(modelDir, null); // no links here: dithered but working
        }
    }

    private static void copyConf(Path from, Path to) throws IOException {
        Files.createDirectory(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        Path mfcc = to.resolve("mfcc.conf");
        String conf = Files.readString(mfcc);
        Files.writeString(mfcc, conf + (conf.endsWith("\n") || conf.isEmpty() ? "" : "\n") + NO_DITHER + "\n");
    }

    /** The directory to hand to Vosk. */
    Path path() {
        return path;
    }

    /** Whether Kaldi's own dither is off in {@link #path()}, so the caller must add its own. */
    boolean kaldiDitherOff() {
        return temporary != null;
    }

    /** Deletes the view (links only, never what they point to). */
    @Override
    public void close() {
        deleteTree(temporary);
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        // Files.walk does not follow links, so only the view's own entries are deleted
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary directory of a few small files is harmless
        }
    }
}
