package org.rehabscribe.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files that appear whole or not at all: the content goes to a temporary file in the target's
 * own directory (same file system, so the rename cannot turn into a copy), is forced to disk,
 * then renamed over the target with {@code ATOMIC_MOVE}. A reader, or a run started after a
 * crash, sees either the old file or the new one, never part of one.
 *
 * <p>Temporary files are named {@code .scribe-<random>.tmp}; {@link #removeStale} deletes the
 * ones a killed run left behind. Stateless and thread-safe.
 */
public final class AtomicFiles {
    static final String TEMP_PREFIX = ".scribe-";
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code content} (UTF-8) atomically. */
    public static void write(Path target, String content) throws IOException {
        Path temp = createTemp(target.getParent());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true); // else a power cut after the rename can leave an empty file behind it
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Creates an empty temporary file with the default permissions (createTempFile's are owner-only). */
    private static Path createTemp(Path dir) throws IOException {
        while (true) {
            Path temp = dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes the temporary files under {@code root} (a run killed mid-write leaves them); returns
     * how many. Does not follow symbolic links. Call only while holding the {@link OutputLock}.
     */
    public static int removeStale(Path root) throws IOException {
        int[] removed = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isTemp(file)) {
                    Files.deleteIfExists(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable corner of OUT holds none of ours
            }
        });
        return removed[0];
    }
}
