package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A view of a Vosk model directory in which feature extraction does not dither.
 *
 * <p>Why: Kaldi adds random dither to the samples before computing MFCCs, drawing from one
 * process-wide generator. The same recording then comes out with different words from one call
 * to the next and depends on what other threads decode at the same time (reported upstream as
 * vosk-api issue 868). The shipped model leaves dither at Kaldi's default; with
 * {@code --dither=0} a transcript is a function of the audio alone, which the evaluation and the
 * resumable batch rely on. Accuracy is the same (measured: identical LibriVox transcripts).
 *
 * <p>How: a temporary directory whose {@code conf/} is a copy with {@code --dither=0} appended
 * to {@code mfcc.conf}, and whose other entries are symbolic links to the real model. Vosk reads
 * every model file while it loads, so the view is deleted by {@link #close} right after. When
 * {@code mfcc.conf} already sets dither, or links cannot be made, the real directory is used.
 * Not thread-safe; one view per load.
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
        Path mfcc = modelDir.resolve("conf/mfcc.conf");
        try {
            if (!Files.isRegularFile(mfcc) || Files.readString(mfcc).contains("--dither")) {
                return new DeterministicModelView(modelDir, null);
            }
        } catch (IOException e) {
            return new DeterministicModelView(modelDir, null); // Vosk will report the unreadable model
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
