package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.pipeline.Installation;

class NgramFstTest {
    private static final Path GR = Installation.voskModel().resolve("graph/Gr.fst");
    private static NgramFst lm;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        lm = NgramFst.read(GR);
    }

    private static float unigramCost(String word) {
        int id = lm.id(word);
        for (int a = lm.arcsStart(lm.unigramState()); a < lm.arcsEnd(lm.unigramState()); a++) {
            if (lm.arcWord(a) == id) {
                return lm.arcCost(a);
            }
        }
        throw new AssertionError(word + " has no unigram arc");
    }

    @Test
    void readsTheSmallModelsVocabularyAndUnigrams() {
        int unigrams = lm.arcsEnd(lm.unigramState()) - lm.arcsStart(lm.unigramState());
        assertTrue(unigrams > 150_000, "every word has a unigram: " + unigrams);
        assertTrue(lm.id("gait") > 0 && lm.id("berg") > 0);
        assertEquals(-1, lm.id("theraband"), "FACTS: not in the vocabulary");
        // probabilities: "the" is far likelier than "bird", and "bird" than "gait"
        assertTrue(unigramCost("the") < unigramCost("bird"));
        assertTrue(unigramCost("bird") < unigramCost("gait"));
        assertEquals(List.of(), lm.context(lm.unigramState()));
    }

    @Test
    void contextsGrowByOneOlderWordAndCarryLikelyNextWords() {
        int found = 0;
        for (int s = 1; s < lm.states() && found < 50; s++) {
            List<String> c = lm.context(s);
            if (c.size() == 1 && "of".equals(c.get(0))) {
                // "of the" is likelier than "of" followed by just any word
                for (int a = lm.arcsStart(s); a < lm.arcsEnd(s); a++) {
                    if (lm.arcWord(a) == lm.id("the")) {
                        assertTrue(lm.arcCost(a) < unigramCost("the"));
                        found++;
                    }
                }
            }
        }
        assertEquals(1, found, "one state for the context \"of\", with an arc for \"the\"");
    }

    @Test
    void findsTwoWordContextsOldestWordFirst() {
        int oneOf = lm.state(List.of("one", "of"));
        assertTrue(oneOf > 0, "\"one of\" is a context of the trigram model");
        assertEquals(List.of("one", "of"), lm.context(oneOf));
        assertEquals(List.of("of"), lm.context(lm.state(List.of("of"))));
        assertEquals(-1, lm.state(List.of("zzzunknown", "of")));
        float afterOneOf = Float.NaN;
        for (int a = lm.arcsStart(oneOf); a < lm.arcsEnd(oneOf); a++) {
            if (lm.arcWord(a) == lm.id("the")) {
                afterOneOf = lm.arcCost(a);
            }
        }
        assertTrue(afterOneOf < unigramCost("the"), "\"one of the\" is likelier than \"the\" alone");
        for (int s = 1; s < lm.states(); s += 997) {
            assertEquals(s, lm.state(lm.context(s)), "context and state agree: " + lm.context(s));
        }
    }

    @Test
    void writesBackTheSameBytesAndTheChangedCost() throws Exception {
        Path copy = tmp.resolve("Gr.fst");
        lm.write(copy);
        assertArrayEquals(Files.readAllBytes(GR), Files.readAllBytes(copy));
        NgramFst edited = NgramFst.read(copy);
        int arc = edited.arcsStart(edited.unigramState()) + 10;
        edited.setArcCost(arc, 1.5f);
        edited.write(copy);
        assertEquals(1.5f, NgramFst.read(copy).arcCost(arc));
    }

    @Test
    void refusesWhatIsNotAnNgramModel() throws Exception {
        Path bad = tmp.resolve("bad.fst");
        Files.writeString(bad, "not an fst at all");
        assertThrows(IOException.class, () -> NgramFst.read(bad));
        Path hclr = Installation.voskModel().resolve("graph/HCLr.fst");
        IOException e = assertThrows(IOException.class, () -> NgramFst.read(hclr));
        assertTrue(e.getMessage().contains("olabel_lookahead"), e.getMessage());
        byte[] cut = Arrays.copyOf(Files.readAllBytes(GR), 6_000_000);
        Files.write(bad, cut);
        assertThrows(IOException.class, () -> NgramFst.read(bad));
    }
}
