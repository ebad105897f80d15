package org.rehabscribe.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The output folder: where each input's results go, and making their directories without ever
 * leaving it. Output paths are derived from the input's path relative to the input folder only
 * (never from a link target), normalised, and checked to lie under the root; directories are
 * created one level at a time and an existing symbolic link on the way is refused, so a link
 * planted inside OUT cannot redirect the writes either. Thread-safe.
 */
final class OutputTree {
    private final Path root;

    /** @param root the output folder, as a real path (no symbolic links in it) */
    OutputTree(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * The outputs of the input at {@code relative} (a path inside the input folder, e.g.
     * {@code a/b.wav}): {@code a/b.transcript.txt}, {@code a/b.md}, {@code a/b.json}.
     *
     * @throws IllegalArgumentException if they would lie outside the root (an absolute or
     *     {@code ..} path; the scan never produces one)
     */
    BatchFile.Outputs outputsOf(Path relative) {
        if (relative.isAbsolute() || relative.getNameCount() == 0) {
            throw new IllegalArgumentException("not a relative path: " + relative);
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException(relative + " leads outside the output folder");
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return new BatchFile.Outputs(target.resolveSibling(stem + ".transcript.txt"),
                target.resolveSibling(stem + ".md"), target.resolveSibling(stem + ".json"));
    }

    /**
     * Creates the directories from the root down to {@code dir} (a directory inside the root),
     * refusing to pass through anything that is not a plain directory.
     *
     * @throws IOException if {@code dir} is outside the root, or a component is a symbolic link,
     *     a file, or cannot be created
     */
    void makeDirectories(Path dir) throws IOException {
        Path normal = dir.normalize();
        if (!normal.startsWith(root)) {
            throw new IOException(dir + " is outside the output folder " + root);
        }
        if (normal.equals(root)) {
            return;
        }
        Path current = root;
        for (Path part : root.relativize(normal)) {
            current = current.resolve(part);
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(current);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("output path " + root.relativize(current) + " exists and is "
                                + (Files.isSymbolicLink(current) ? "a symbolic link" : "not a directory"));
                    }
                    // another worker made it meanwhile
                }
            }
        }
    }
}
