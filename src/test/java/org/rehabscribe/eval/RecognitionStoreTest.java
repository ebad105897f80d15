package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.speech.HypothesisChooser;
import org.rehabscribe.speech.Recognition;

class RecognitionStoreTest {
    @TempDir
    Path dir;

    private static final Recognition RAW = new Recognition(List.of(
            "{\"alternatives\":[{\"confidence\":210.1,\"result\":[{\"start\":0.3,\"end\":0.6,\"word\":\"gate\"},"
                    + "{\"start\":0.6,\"end\":1.1,\"word\":\"training\"}],\"text\":\"gate training\"},"
                    + "{\"confidence\":208.7,\"result\":[{\"start\":0.3,\"end\":0.6,\"word\":\"gait\"},"
                    + "{\"start\":0.6,\"end\":1.1,\"word\":\"training\"}],\"text\":\"gait training\"}]}",
            "{\"alternatives\":[{\"confidence\":0,\"text\":\"\"}]}"), 1.5);

    @Test
    void findsWhatItKeptOnlyUnderTheSameKey() throws Exception {
        Path wav = Files.write(dir.resolve("a.wav"), new byte[] {1, 2, 3});
        String key = RecognitionStore.key("vosk:m bias:none", wav);
        RecognitionStore store = new RecognitionStore(dir.resolve("store"), "dev");
        assertTrue(store.find(Voice.parse("slt"), "dev-0001", key).isEmpty());

        store.put(Voice.parse("slt"), "dev-0001", key, RAW);
        assertEquals(RAW, store.find(Voice.parse("slt"), "dev-0001", key).orElseThrow());
        assertTrue(store.find(Voice.parse("awb"), "dev-0001", key).isEmpty(), "voices are kept apart");
        // another bias or other audio: the kept recognition is stale
        assertNotEquals(key, RecognitionStore.key("vosk:m bias:abc", wav));
        Files.write(wav, new byte[] {1, 2, 4});
        assertTrue(store.find(Voice.parse("slt"), "dev-0001", RecognitionStore.key("vosk:m bias:none", wav)).isEmpty());
    }

    @Test
    void aDamagedFileIsRecognisedAgainNotAnError() throws Exception {
        RecognitionStore store = new RecognitionStore(dir, "dev");
        Path f = store.file(Voice.parse("slt"), "dev-0002");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"key\":\"k\",\"results\":[");
        assertTrue(store.find(Voice.parse("slt"), "dev-0002", "k").isEmpty());
    }

    @Test
    void theChooserStillDecidesTheReading() {
        HypothesisChooser second = texts -> texts.indexOf("gait training");
        assertEquals("gate training", RAW.transcript(HypothesisChooser.FIRST).text().replaceAll("\\p{P}", ""));
        assertEquals("gait training", RAW.transcript(second).text().replaceAll("\\p{P}", ""));
    }
}
