package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.cli.CliRun;

/** {@code scribe transcribe}: stdout carries only the transcript; bad input exits 1 with one line. */
class TranscribeCliTest {
    private static final Path SAMPLE = SpeechRecognizerTest.SAMPLES.resolve("sample-04.wav");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsJsonWithWordTimings() throws Exception {
        CliRun r = run("transcribe", SAMPLE.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(SAMPLE.toString(), json.get("file").asText());
        assertEquals(31.096, json.get("audio_seconds").asDouble(), 0.001);
        assertTrue(json.get("text").asText().startsWith("patient seen for low back pain"), r.out());
        JsonNode first = json.get("words").get(0);
        assertEquals("patient", first.get("word").asText());
        assertTrue(first.get("start").asDouble() < first.get("end").asDouble());
        assertTrue(first.has("conf"));
        assertEquals(json.get("text").asText().split(" ").length, json.get("words").size());
    }

    @Test
    void printsPlainText() {
        CliRun r = run("transcribe", SAMPLE.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("patient seen for low back pain"), r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void badInputExitsOneWithOneLineNamingTheFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        CliRun r = run("transcribe", empty.toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("scribe: " + empty + ": empty file (0 bytes), not a WAV recording", r.err().strip());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = run("transcribe", SAMPLE.toString(), "--format", "xml");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format must be json or text"), r.err());
    }
}
