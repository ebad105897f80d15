package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("a é.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "new ü\n");
        assertEquals("new ü\n", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(target), files.toList());
        }
        // not owner-only like Files.createTempFile: outputs get the usual permissions
        assertTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)).startsWith("rw-r"));
    }

    @Test
    void aFailedWriteLeavesNeitherTargetNorTemporaryFile() {
        Path target = tmp.resolve("missing dir/x.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "x"));
        assertTrue(Files.notExists(tmp.resolve("missing dir")));
    }

    @Test
    void removesOnlyItsOwnStaleTemporaryFiles() throws IOException {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/b/.scribe-1f2e.tmp"), "partial");
        Files.writeString(tmp.resolve(".scribe-77.tmp"), "partial");
        Files.writeString(tmp.resolve("a/keep.tmp"), "someone else's");
        Files.writeString(tmp.resolve("a/.scribe-batch.lock"), "");
        assertEquals(2, AtomicFiles.removeStale(tmp));
        assertTrue(Files.exists(tmp.resolve("a/keep.tmp")));
        assertTrue(Files.exists(tmp.resolve("a/.scribe-batch.lock")));
        assertTrue(Files.notExists(tmp.resolve("a/b/.scribe-1f2e.tmp")));
    }
}
