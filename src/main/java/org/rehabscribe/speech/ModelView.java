package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A view of a Vosk model directory in which Kaldi's feature extraction does not dither and,
 * when a {@link LanguageModelBias} is given, the language model favours therapy words.
 *
 * <p>Why no dither: Kaldi adds random dither to the samples before computing MFCCs, drawing
 * from one process-wide generator. The same recording then comes out with different words
 * from one call to the next, and depends on what other threads decode at the same time
 * (reported upstream as vosk-api issue 868); the evaluation and the resumable batch need a
 * transcript that is a function of the audio. Dither itself is needed (without it, audio with
 * an empty band, such as 8 kHz telephone speech, lost twice as many words in our test), so
 * {@link SpeechRecognizer} adds the same amount from a generator seeded per recording.
 *
 * <p>Why a bias: the small model's general-English language model finds "vague draining"
 * likelier than "gait training". The view's {@code graph/Gr.fst} is the model's n-gram
 * language model with the bias applied ({@link NgramFst}); a model whose graph is not of that
 * kind is used unbiased ({@link #biasedArcs()} is then 0).
 *
 * <p>How: a temporary directory whose {@code conf/} is a copy with {@code --dither=0} appended
 * to {@code mfcc.conf} (Kaldi keeps the last value of an option), whose {@code graph/} holds
 * the biased language model beside links to the rest, and whose other entries are symbolic
 * links to the real model. Vosk reads every model file while it loads, so the view is deleted
 * by {@link #close} right after. When links cannot be made the real directory is used and
 * {@link #kaldiDitherOff()} is false. Not thread-safe; one view per load.
 */
final class ModelView implements AutoCloseable {
    private static final String NO_DITHER = "--dither=0";

    private static final String LANGUAGE_MODEL = "Gr.fst";

    private final Path path;
    private final Path temporary; // null when path is the real model directory
    private final int biasedArcs;

    private ModelView(Path path, Path temporary, int biasedArcs) {
        this.path = path;
        this.temporary = temporary;
        this.biasedArcs = biasedArcs;
    }

    static ModelView of(Path modelDir) {
        return of(modelDir, null);
    }

    /** A view of {@code modelDir} without dither and, unless {@code bias} is null, biased. */
    static ModelView of(Path modelDir, LanguageModelBias bias) {
        if (!Files.isRegularFile(modelDir.resolve("conf/mfcc.conf"))) {
            return new ModelView(modelDir, null, 0); // not a model we know: Vosk reports it
        }
        Path view = null;
        int biased = 0;
        try {
            view = Files.createTempDirectory("scribe-vosk-model-");
            try (Stream<Path> entries = Files.list(modelDir)) {
                for (Path entry : entries.toList()) {
                    Path name = entry.getFileName();
                    if (name.toString().equals("conf")) {
                        copyConf(entry, view.resolve("conf"));
                    } else if (name.toString().equals("graph") && bias != null && biasable(entry)) {
                        biased = biasGraph(entry, view.resolve("graph"), bias);
                    } else {
                        Files.createSymbolicLink(view.resolve(name), entry.toAbsolutePath());
                    }
                }
            }
            return new ModelView(view, view, biased);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            deleteTree(view);
            return new ModelView(modelDir, null, 0); // no links here: dithered but working
        }
    }

    private static boolean biasable(Path graph) {
        return Files.isRegularFile(graph.resolve(LANGUAGE_MODEL));
    }

    /** Links {@code from}'s entries into {@code to}, except the language model, written biased. */
    private static int biasGraph(Path from, Path to, LanguageModelBias bias) throws IOException {
        Files.createDirectory(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(LANGUAGE_MODEL)) {
                    Files.createSymbolicLink(to.resolve(f.getFileName()), f.toAbsolutePath());
                }
            }
        }
        NgramFst lm;
        try {
            lm = NgramFst.read(from.resolve(LANGUAGE_MODEL));
        } catch (IOException notNgram) {
            // another kind of graph: use it as it is
            Files.createSymbolicLink(to.resolve(LANGUAGE_MODEL), from.resolve(LANGUAGE_MODEL).toAbsolutePath());
            return 0;
        }
        LanguageModelBias.Applied applied = bias.applyTo(lm);
        applied.model().write(to.resolve(LANGUAGE_MODEL));
        return applied.cheaperArcs() + applied.newArcs();
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

    /** How many arcs of the language model the bias made cheaper or added (0: unbiased). */
    int biasedArcs() {
        return biasedArcs;
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
