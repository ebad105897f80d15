package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabscribe.core.Span;

/** Domain terms of the extractor's vocabulary: found in dictations, looked for in transcripts. */
class TermRecallTest {
    private static final DomainTerms TERMS = DomainTerms.load();

    @Test
    void findsLongestPhrasesWithoutOverlap() {
        String said = "Gait training with a rolling walker, then Berg balance scale.";
        List<String> found = TERMS.find(SpokenForm.words(said)).stream().map(DomainTerms.Phrase::text).toList();
        assertTrue(found.contains("gait training"), found.toString());
        assertTrue(found.contains("berg balance scale"), found.toString());
        assertTrue(!found.contains("gait") && !found.contains("berg"), found.toString());
    }

    @Test
    void recallCountsTermsHeardOutOfTermsSaid() {
        TermRecall recall = new TermRecall(TERMS);
        TermRecall.Check all = recall.check("Gait training, then the Berg balance scale.",
                "gait training then the berg balance scale");
        assertEquals(all.ratio().total(), all.ratio().hits());
        assertTrue(all.ratio().total() >= 2);
        TermRecall.Check some = recall.check("Gait training, then the Berg balance scale.",
                "gate training then the bird balance scale");
        assertTrue(some.ratio().hits() < some.ratio().total());
        assertTrue(some.missed().contains("gait training"), some.missed().toString());
    }

    @Test
    void numeralsInTheDictationMatchSpokenNumbers() {
        TermRecall.Check c = new TermRecall(TERMS).check("6 minute walk test 1200 feet",
                "six minute walk test one thousand two hundred feet");
        assertTrue(c.ratio().total() >= 1);
        assertEquals(c.ratio().total(), c.ratio().hits());
    }

    @Test
    void locatesTheWordsThatNameACode() {
        String text = "Warm up on the bike. Then balance training on foam, 15 minutes.";
        Span s = TERMS.locate(text, "97112").orElseThrow();
        assertEquals("balance training", s.text());
        assertEquals(text.indexOf("balance training"), s.start());
        // the add-on code is said as its primary code
        assertTrue(TERMS.locate("cognitive training 40 minutes", "97130").isPresent());
        assertTrue(TERMS.locate(text, "nonexistent_kind").isEmpty());
    }
}
