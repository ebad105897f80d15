package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.core.Payer;
import org.rehabscribe.core.UserInputException;

/** Loading gold files: sorted by id, and one line naming the file for anything malformed. */
class GoldCorpusTest {
    static final String GOOD = """
            {"id": "%s", "context": {"discipline": "PT", "payer": "ama", "telehealth": true},
             "dictation": "Balance training fifteen minutes.",
             "expected": {"interventions": [{"cpt": "97112", "minutes": 15, "parameters": {"sets": 3, "reps": 10}}],
                          "outcome_measures": [
                            {"measure": "berg_balance_scale", "value": 48, "max": 56, "previous": 42}],
                          "total_timed_minutes": 15, "codes": [{"code": "97112", "units": 1}],
                          "warnings": ["missing_outcome_measure"]}}
            """;

    @TempDir
    Path dir;

    private UserInputException failure(String json) throws Exception {
        Path f = dir.resolve("bad-0001.json");
        Files.writeString(f, json);
        return assertThrows(UserInputException.class, () -> GoldCorpus.load(dir));
    }

    private static void assertOneLineNaming(UserInputException e, String... parts) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("bad-0001.json"), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void loadsEveryFileSortedById() throws Exception {
        Files.writeString(dir.resolve("b.json"), GOOD.formatted("pt-0002"));
        Files.writeString(dir.resolve("a.json"), GOOD.formatted("pt-0003"));
        Files.writeString(dir.resolve("c.json"), GOOD.formatted("pt-0001"));
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        List<GoldFile> gold = GoldCorpus.load(dir);
        assertEquals(List.of("pt-0001", "pt-0002", "pt-0003"), gold.stream().map(GoldFile::id).toList());
        GoldFile g = gold.get(0);
        assertEquals(Payer.AMA, g.context().payer());
        assertTrue(g.context().telehealth());
        assertEquals("--payer ama --discipline PT --telehealth", g.flags());
        assertEquals(3, g.expected().interventions().get(0).parameters().sets());
        assertEquals(42.0, g.expected().measures().get(0).previous());
        assertEquals(List.of("missing_outcome_measure"), g.expected().warnings());
    }

    @Test
    void invalidJsonNamesFileAndLine() throws Exception {
        assertOneLineNaming(failure("{\"id\": \"x\",\n \"context\": }"), "not valid JSON", "line 2");
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        assertOneLineNaming(failure(GOOD.formatted("x").replace("\"total_timed_minutes\": 15,", "")),
                "expected.total_timed_minutes: missing");
    }

    @Test
    void missingListIsNotAnEmptyOne() throws Exception {
        String json = GOOD.formatted("x").replace("\"warnings\": [\"missing_outcome_measure\"]", "\"w\": 1");
        assertOneLineNaming(failure(json), "expected.warnings: missing or not an array");
    }

    @Test
    void wrongTypeIsNamedWithItsPath() throws Exception {
        assertOneLineNaming(failure(GOOD.formatted("x").replace("\"minutes\": 15", "\"minutes\": \"15\"")),
                "expected.interventions[0].minutes: not an integer");
    }

    @Test
    void unknownParameterKeyIsRejected() throws Exception {
        assertOneLineNaming(failure(GOOD.formatted("x").replace("\"sets\": 3", "\"set\": 3")),
                "expected.interventions[0].parameters.set");
    }

    @Test
    void unknownPayerIsRejected() throws Exception {
        assertOneLineNaming(failure(GOOD.formatted("x").replace("\"ama\"", "\"aetna\"")), "context.payer", "aetna");
    }

    @Test
    void emptyOrMissingDirectoryIsAnError() {
        assertThrows(UserInputException.class, () -> GoldCorpus.load(dir));
        assertThrows(UserInputException.class, () -> GoldCorpus.load(dir.resolve("nope")));
    }
}
