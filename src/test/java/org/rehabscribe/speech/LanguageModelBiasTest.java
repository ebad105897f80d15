package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Installation;

class LanguageModelBiasTest {
    private static final Path GR = Installation.voskModel().resolve("graph/Gr.fst");

    @TempDir
    Path tmp;

    private static int stateOf(NgramFst lm, List<String> context) {
        for (int s = 0; s < lm.states(); s++) {
            if (lm.context(s).equals(context)) {
                return s;
            }
        }
        throw new AssertionError("no state for " + context);
    }

    private static int arc(NgramFst lm, int state, String word) {
        for (int a = lm.arcsStart(state); a < lm.arcsEnd(state); a++) {
            if (lm.arcWord(a) == lm.id(word)) {
                return a;
            }
        }
        throw new AssertionError("no arc for " + word);
    }

    @Test
    void aWordGetsCheaperAfterAnyContextAndAPairOnlyAfterItsContext() throws Exception {
        NgramFst before = NgramFst.read(GR);
        NgramFst after = NgramFst.read(GR);
        LanguageModelBias bias = new LanguageModelBias(List.of(
                LanguageModelBias.Entry.boost(List.of("the"), 2f),
                LanguageModelBias.Entry.boost(List.of("of", "the"), 1f),
                LanguageModelBias.Entry.boost(List.of("zzzunknownword"), 3f)));
        LanguageModelBias.Applied applied = bias.applyTo(after);
        assertSame(after, applied.model(), "no new arcs: the same model, changed in place");
        int changed = applied.cheaperArcs();
        int of = stateOf(before, List.of("of"));
        int in = stateOf(before, List.of("in"));
        int uni = before.unigramState();
        assertEquals(before.arcCost(arc(before, uni, "the")) - 2f, after.arcCost(arc(after, uni, "the")), 1e-5);
        assertEquals(before.arcCost(arc(before, in, "the")) - 2f, after.arcCost(arc(after, in, "the")), 1e-5);
        assertEquals(before.arcCost(arc(before, of, "the")) - 3f, after.arcCost(arc(after, of, "the")), 1e-5);
        int a = arc(before, of, "a");
        assertEquals(before.arcCost(a), after.arcCost(a), "other words unchanged");
        assertTrue(changed > 1000, "every arc of \"the\": " + changed);
    }

    @Test
    void addsAnArcWhereTheModelHasTheContextButNotTheWord() throws Exception {
        NgramFst before = NgramFst.read(GR);
        int gait = stateOf(before, List.of("gait"));
        assertEquals(1, before.arcsEnd(gait) - before.arcsStart(gait), "general English: only \"gait analysis\"");
        LanguageModelBias bias = new LanguageModelBias(List.of(
                new LanguageModelBias.Entry(List.of("gait", "training"), LanguageModelBias.Kind.NEW, 1.5f),
                new LanguageModelBias.Entry(List.of("gait", "analysis"), LanguageModelBias.Kind.NEW, 0.1f),
                new LanguageModelBias.Entry(List.of("zzzunknown", "training"), LanguageModelBias.Kind.NEW, 0.1f)));
        LanguageModelBias.Applied applied = bias.applyTo(NgramFst.read(GR));
        assertEquals(1, applied.newArcs(), "the existing arc and the unknown context are left alone");
        Path file = tmp.resolve("Gr.fst");
        applied.model().write(file);
        NgramFst after = NgramFst.read(file);
        assertEquals(before.arcs() + 1, after.arcs());
        assertEquals(1.5f, after.arcCost(arc(after, gait, "training")));
        assertEquals(before.arcCost(arc(before, gait, "analysis")), after.arcCost(arc(after, gait, "analysis")));
        int of = stateOf(before, List.of("of"));
        assertEquals(before.arcsEnd(of) - before.arcsStart(of), after.arcsEnd(of) - after.arcsStart(of));
        assertEquals(before.arcCost(arc(before, of, "the")), after.arcCost(arc(after, of, "the")));
        int uni = before.unigramState();
        assertEquals(before.arcCost(arc(before, uni, "zebra")), after.arcCost(arc(after, uni, "zebra")));
    }

    @Test
    void writesAndReadsBackTheSameEntries() throws Exception {
        LanguageModelBias bias = new LanguageModelBias(List.of(
                LanguageModelBias.Entry.boost(List.of("sit", "to", "stand"), 1.23456f),
                new LanguageModelBias.Entry(List.of("gait", "training"), LanguageModelBias.Kind.NEW, 2f),
                LanguageModelBias.Entry.boost(List.of("gait"), 6f)));
        Path f = tmp.resolve("bias.tsv");
        Files.writeString(f, bias.format(List.of("made by a test")));
        LanguageModelBias back = LanguageModelBias.read(f);
        assertEquals(bias.entries(), back.entries());
        assertEquals(List.of("gait"), back.entries().get(0).ngram(), "shorter n-grams first");
        assertEquals(1.235f, back.entries().get(2).nats());
        assertEquals(LanguageModelBias.Kind.NEW, back.entries().get(1).kind());
    }

    @Test
    void aBadLineIsNamedWithItsFile() throws Exception {
        Path f = tmp.resolve("bias.tsv");
        Files.writeString(f, "# comment\ngait\tboost\t6.0\nberg balance\t2\n");
        UserInputException e = assertThrows(UserInputException.class, () -> LanguageModelBias.read(f));
        assertEquals(f + ": line 3: expected words, boost or new, and nats, separated by tabs", e.getMessage());
        Files.writeString(f, "gait\tmore\t1\n");
        assertEquals(f + ": line 1: unknown kind 'more' (boost or new)",
                assertThrows(UserInputException.class, () -> LanguageModelBias.read(f)).getMessage());
        Files.writeString(f, "gait\tboost\t-1\n");
        assertTrue(assertThrows(UserInputException.class, () -> LanguageModelBias.read(f)).getMessage()
                .startsWith(f + ": line 1: "));
    }
}
