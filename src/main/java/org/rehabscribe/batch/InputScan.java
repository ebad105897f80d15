package org.rehabscribe.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch will read: every {@code .wav} and {@code .txt} (any letter case) under the input
 * folder, each with its output paths, sorted by name; and the entries it cannot take, each with a
 * one-line reason.
 *
 * <p>Decisions: directory links are not followed (a link out of IN, or a loop, is reported and
 * passed over), links to files are read through (their outputs follow the link's own name);
 * names starting with a dot are hidden and skipped (editor backups, macOS {@code ._x.wav}
 * resource forks, our own temporary files); the output folder is skipped when it lies inside
 * the input folder, so outputs are never read back as inputs. Two inputs whose outputs would
 * have the same name ({@code b.wav} and {@code b.txt}) are not both processed: the recording
 * wins and the other is rejected, naming it.
 */
public final class InputScan {
    private final List<BatchFile> files;
    private final List<SummaryRow> rejected;
    private final List<String> notes;
    private final int hidden;

    private InputScan(List<BatchFile> files, List<SummaryRow> rejected, List<String> notes, int hidden) {
        this.files = List.copyOf(files);
        this.rejected = List.copyOf(rejected);
        this.notes = List.copyOf(notes);
        this.hidden = hidden;
    }

    /** The inputs to process (or skip, when done), sorted by name. */
    public List<BatchFile> files() {
        return files;
    }

    /** Entries that look like inputs but cannot be taken, as failed summary rows. */
    public List<SummaryRow> rejected() {
        return rejected;
    }

    /** Things passed over that the user may want to know about (directory links). */
    public List<String> notes() {
        return notes;
    }

    /** How many hidden entries (names starting with a dot) were skipped. */
    public int hidden() {
        return hidden;
    }

    /**
     * Scans {@code inRoot} for inputs whose outputs go under {@code out}.
     *
     * @param inRoot the input folder as a real path
     */
    static InputScan of(Path inRoot, OutputTree out) throws IOException {
        Walker walker = new Walker(inRoot, out.root());
        Files.walkFileTree(inRoot, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, walker);

        walker.found.sort(Comparator.comparing(Found::name));
        List<BatchFile> files = new ArrayList<>();
        List<SummaryRow> rejected = new ArrayList<>(walker.rejected);
        // outputs are claimed by recordings first, so b.wav wins over b.txt whatever the order
        Map<Path, String> claimed = new HashMap<>();
        claimed.put(out.root().resolve(SummaryCsv.NAME), "the summary");
        List<Found> byClaimOrder = new ArrayList<>(walker.found);
        byClaimOrder.sort(Comparator.comparing((Found f) -> f.kind() != BatchFile.Kind.AUDIO)
                .thenComparing(Found::name));
        Map<Found, String> collisions = new HashMap<>();
        for (Found f : byClaimOrder) {
            BatchFile.Outputs outputs = out.outputsOf(f.relative());
            String owner = null;
            for (Path p : outputs.inWriteOrder()) {
                owner = owner != null ? owner : claimed.get(p);
            }
            if (owner != null) {
                collisions.put(f, owner);
            } else {
                for (Path p : outputs.inWriteOrder()) {
                    claimed.put(p, f.name());
                }
            }
        }
        for (Found f : walker.found) {
            String owner = collisions.get(f);
            if (owner != null) {
                rejected.add(SummaryRow.failed(f.name(), "its outputs would overwrite those of " + owner
                        + " (same name); rename one of them", null));
            } else {
                files.add(new BatchFile(f.name(), f.path(), f.kind(), out.outputsOf(f.relative())));
            }
        }
        rejected.sort(Comparator.comparing(SummaryRow::file));
        return new InputScan(files, rejected, walker.notes, walker.hidden);
    }

    static BatchFile.Kind kindOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".wav")) {
            return BatchFile.Kind.AUDIO;
        }
        return lower.endsWith(".txt") ? BatchFile.Kind.TEXT : null;
    }

    private record Found(String name, Path path, Path relative, BatchFile.Kind kind) {}

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path inRoot;
        private final Path outRoot;
        final List<Found> found = new ArrayList<>();
        final List<SummaryRow> rejected = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int hidden;

        Walker(Path inRoot, Path outRoot) {
            this.inRoot = inRoot;
            this.outRoot = outRoot;
        }

        private String nameOf(Path p) {
            return inRoot.relativize(p).toString().replace(File.separatorChar, '/');
        }

        private static boolean isHidden(Path p) {
            return p.getFileName() != null && p.getFileName().toString().startsWith(".");
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(inRoot)) {
                return FileVisitResult.CONTINUE;
            }
            if (dir.startsWith(outRoot)) {
                return FileVisitResult.SKIP_SUBTREE; // OUT inside IN: never read outputs back
            }
            if (isHidden(dir)) {
                hidden++;
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
                hidden++;
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                notes.add(nameOf(file) + ": directory link not followed");
                return FileVisitResult.CONTINUE;
            }
            BatchFile.Kind kind = kindOf(file.getFileName().toString());
            if (kind == null) {
                return FileVisitResult.CONTINUE;
            }
            String name = nameOf(file);
            if (!representable(file)) {
                String encoding = System.getProperty("sun.jnu.encoding", "?");
                rejected.add(SummaryRow.failed(name, encoding.equalsIgnoreCase("UTF-8")
                        ? "the file name is not valid UTF-8; rename the file"
                        : "the file name cannot be represented in this system's character encoding (" + encoding
                                + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8", null));
            } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                rejected.add(SummaryRow.failed(name, "broken symbolic link", null));
            } else if (attrs.isSymbolicLink() ? !Files.isRegularFile(file) : !attrs.isRegularFile()) {
                rejected.add(SummaryRow.failed(name, "not a regular file", null)); // a FIFO would block a worker
            } else {
                found.add(new Found(name, file, inRoot.relativize(file), kind));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            rejected.add(SummaryRow.failed(nameOf(file) + (Files.isDirectory(file) ? "/" : ""),
                    "cannot be read (" + describe(e) + ")", null));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                rejected.add(SummaryRow.failed(nameOf(dir) + "/", "directory listing failed (" + describe(e) + ")",
                        null));
            }
            return FileVisitResult.CONTINUE;
        }

        /** False when the platform encoding mangled the name (a C locale turns é into ?). */
        private static boolean representable(Path file) {
            try {
                return file.getFileSystem().getPath(file.toString()).equals(file);
            } catch (InvalidPathException e) {
                return false;
            }
        }

        private static String describe(IOException e) {
            String kind = e.getClass().getSimpleName().replace("Exception", "");
            return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : kind + ": " + e.getMessage();
        }
    }
}
