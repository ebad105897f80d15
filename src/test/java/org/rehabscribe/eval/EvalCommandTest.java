package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.cli.Home;
import org.rehabscribe.cli.CliRun;

/** {@code scribe eval} end to end on a small copy of the dev split. */
class EvalCommandTest {
    static final List<String> KEYS = List.of("interventions_f1", "minutes_acc", "params_acc", "measures_f1",
            "codes_f1", "claim_exact", "total_minutes_acc", "warnings_recall");

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsTheTableAndWritesBothReports() throws Exception {
        // dev-0005 has a gold warning, so that every figure is defined (none is null)
        Path corpus = Files.createDirectories(tmp.resolve("mini"));
        for (String id : List.of("dev-0001", "dev-0002", "dev-0005")) {
            Files.copy(Home.dir().resolve("corpus/dev/" + id + ".json"), corpus.resolve(id + ".json"));
        }
        Path out = tmp.resolve("evaluation");
        CliRun r = run("eval", "--corpus", corpus.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        for (String key : KEYS) {
            assertTrue(r.out().contains(key), "table lacks " + key + ":\n" + r.out());
        }
        assertFalse(r.out().contains("wrote"), "progress belongs on stderr");

        JsonNode json = new ObjectMapper().readTree(out.resolve("report-mini.json").toFile());
        for (String key : KEYS) {
            double v = json.get(key).asDouble(-1);
            assertTrue(v >= 0 && v <= 1, key + " = " + json.get(key));
        }
        assertFalse(json.has("wer"), "wer only with --audio");
        assertEquals(3, json.get("provenance").get("corpus_files").asInt());
        assertEquals(64, json.get("provenance").get("corpus_sha256").asText().length());
        assertTrue(json.get("provenance").get("resources").has("extract/terms.tsv"));

        String md = Files.readString(out.resolve("report-mini.md"));
        assertTrue(md.contains("## Provenance") && md.contains("## Misses"), md);
        assertTrue(md.contains(json.get("provenance").get("corpus_sha256").asText()));
    }

    @Test
    void malformedGoldFileExitsOneWithOneLine() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(corpus.resolve("x-0001.json"), "{\"id\": \"x-0001\"}");
        CliRun r = run("eval", "--corpus", corpus.toString(), "--out", tmp.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("x-0001.json"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void werCannotBeCombinedWithAudio() {
        CliRun r = run("eval", "--wer", tmp.toString(), "--audio");
        assertEquals(2, r.status());
    }

    @Test
    void recognitionsNeedAudio() {
        CliRun r = run("eval", "--recognitions", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--recognitions needs --audio"), r.err());
    }
}
