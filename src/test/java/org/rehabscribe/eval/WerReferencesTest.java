package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References for {@code eval --wer}: a .txt beside the WAV, else a pocketsphinx transcription file. */
class WerReferencesTest {
    @TempDir
    Path dir;

    @Test
    void readsTxtFilesAndTranscriptionLines() throws Exception {
        Files.write(dir.resolve("a.wav"), new byte[44]);
        Files.writeString(dir.resolve("a.txt"), "  hello world\n");
        Files.write(dir.resolve("clip-1.wav"), new byte[44]);
        Files.write(dir.resolve("orphan.wav"), new byte[44]);
        Files.writeString(dir.resolve("transcription"),
                "<s> he was not an ill disposed young man </s> (clip-1)\nnonsense line\n");
        WerReferences refs = WerReferences.scan(dir);
        assertEquals("hello world", refs.references().get(dir.resolve("a.wav")));
        assertEquals("he was not an ill disposed young man", refs.references().get(dir.resolve("clip-1.wav")));
        assertEquals(List.of(dir.resolve("orphan.wav")), refs.unreferenced());
    }

    @Test
    void transcriptionWithoutSentenceMarkers() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/x.wav"), new byte[44]);
        Files.writeString(dir.resolve("transcription"), "THE CAT SAT (sub/x)\n");
        assertEquals("THE CAT SAT", WerReferences.scan(dir).references().get(dir.resolve("sub/x.wav")));
    }
}
