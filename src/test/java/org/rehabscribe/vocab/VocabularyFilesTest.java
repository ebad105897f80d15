package org.rehabscribe.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabscribe.extract.Term;
import org.rehabscribe.extract.TermMatcher;

/** Every vocabulary and rule file loads, and every term names a code or measure that exists. */
class VocabularyFilesTest {
    @Test
    void codeBookHasEveryCodeOfTheContract() {
        assertEquals(35, CodeBook.get().all().size());
        for (CptCode c : CodeBook.get().all()) {
            if (c.addon() != null) {
                assertEquals(Billing.ADDON, CodeBook.get().require(c.addon()).billing(), c.cpt());
            }
        }
    }

    @Test
    void measureBookHasEveryMeasureOfTheContract() {
        assertEquals(26, MeasureBook.get().all().size());
    }

    @Test
    void everyTermPointsAtAKnownCodeOrMeasure() {
        List<Term> terms = TermMatcher.load("/org/rehabscribe/extract/terms.tsv").terms();
        assertTrue(terms.size() > 500, "terms: " + terms.size());
        for (Term t : terms) {
            switch (t.kind()) {
                case ACTIVITY, CATEGORY -> assertTrue(CodeBook.get().code(t.target()).isPresent(), t.toString());
                case MEASURE -> assertTrue(MeasureBook.get().measure(t.target()).isPresent(), t.toString());
                case EVAL -> assertTrue(t.target().equals("eval") || t.target().equals("reeval"), t.toString());
                default -> { }
            }
            if (t.testMeasure() != null) {
                assertTrue(MeasureBook.get().measure(t.testMeasure()).isPresent(), t.toString());
            }
        }
    }

    @Test
    void everyMeasureAndEveryBillableCodeCanBeNamed() {
        List<Term> terms = TermMatcher.load("/org/rehabscribe/extract/terms.tsv").terms();
        for (MeasureDef m : MeasureBook.get().all()) {
            assertTrue(terms.stream().anyMatch(t -> t.target().equals(m.id()) || m.id().equals(t.testMeasure())), m.id());
        }
        for (CptCode c : CodeBook.get().all()) {
            if (c.billing() == Billing.ADDON || c.category().contains("evaluation")) {
                continue; // add-ons come from their primary code; evaluations from "evaluation" + complexity
            }
            assertTrue(terms.stream().anyMatch(t -> t.target().equals(c.cpt())), c.cpt());
        }
    }
}
