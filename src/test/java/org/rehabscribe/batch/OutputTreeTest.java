package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
    @TempDir
    Path tmp;

    @Test
    void outputsFollowTheRelativePathWithTheLastExtensionReplaced() throws IOException {
        OutputTree tree = new OutputTree(tmp.toRealPath());
        BatchFile.Outputs o = tree.outputsOf(Path.of("a b/c.d é.WAV"));
        Path dir = tmp.toRealPath().resolve("a b");
        assertEquals(dir.resolve("c.d é.transcript.txt"), o.transcript());
        assertEquals(dir.resolve("c.d é.md"), o.markdown());
        assertEquals(dir.resolve("c.d é.json"), o.json());
    }

    @Test
    void refusesPathsThatLeaveTheRoot() throws IOException {
        OutputTree tree = new OutputTree(tmp.toRealPath());
        assertThrows(IllegalArgumentException.class, () -> tree.outputsOf(Path.of("../x.wav")));
        assertThrows(IllegalArgumentException.class, () -> tree.outputsOf(Path.of("a/../../x.wav")));
        assertThrows(IllegalArgumentException.class, () -> tree.outputsOf(tmp.resolve("x.wav").toAbsolutePath()));
        assertThrows(IOException.class, () -> tree.makeDirectories(tmp.getParent()));
    }

    @Test
    void makesDirectoriesButNotThroughALink() throws IOException {
        Path root = tmp.resolve("out");
        Files.createDirectories(root);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        OutputTree tree = new OutputTree(root.toRealPath());
        tree.makeDirectories(root.toRealPath().resolve("x/y/z"));
        assertTrue(Files.isDirectory(root.resolve("x/y/z")));
        IOException e = assertThrows(IOException.class, () -> tree.makeDirectories(root.toRealPath().resolve("link/sub")));
        assertEquals("output path link exists and is a symbolic link", e.getMessage());
        assertTrue(Files.notExists(outside.resolve("sub")));
    }
}
