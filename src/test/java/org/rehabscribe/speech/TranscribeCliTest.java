package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.cli.Main;

/** {@code scribe transcribe}: stdout carries only the transcript; bad input exits 1 with one line. */
class TranscribeCliTest {
    private static final Path SAMPLE = SpeechRecognizerTest.SAMPLES.resolve("sample-04.wav");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsJsonWithWordTimings() throws Exception {
        Run r = run("transcribe", SAMPLE.toString(), "--format", "json");
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
        Run r = run("transcribe", SAMPLE.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("patient seen for low back pain"), r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void badInputExitsOneWithOneLineNamingTheFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        Run r = run("transcribe", empty.toString());
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("scribe: " + empty + ": empty file (0 bytes), not a WAV recording", r.err().strip());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("transcribe", SAMPLE.toString(), "--format", "xml");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format must be json or text"), r.err());
    }
}
