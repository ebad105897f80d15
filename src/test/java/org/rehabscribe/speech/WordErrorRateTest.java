package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabscribe.speech.WordErrorRate.Edit;
import org.rehabscribe.speech.WordErrorRate.Result;

class WordErrorRateTest {
    @Test
    void identicalTextsAfterNormalisationHaveNoErrors() {
        Result r = WordErrorRate.compute("Berg Balance Scale: 48/56, patient's gait.", "berg balance scale 48 56 patient's gait");
        assertEquals(new Result(0, 0, 0, 7), r);
        assertEquals(0.0, r.rate());
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        // "timed up and go" heard as "time the up and go": one substitution, one insertion
        Result r = WordErrorRate.compute("timed up and go twelve seconds", "time the up and go seconds");
        assertEquals(1, r.substitutions());
        assertEquals(1, r.insertions());
        assertEquals(1, r.deletions());
        assertEquals(6, r.referenceWords());
        assertEquals(0.5, r.rate(), 1e-12);
    }

    @Test
    void normalisesCasePunctuationHyphensAndQuotes() {
        assertEquals(List.of("neuromuscular", "re", "education", "patient's", "3x10"),
                WordErrorRate.normalise("Neuromuscular re-education; PATIENT\u2019S 3x10 'quoted'?").subList(0, 5));
        assertEquals(List.of("quoted"), WordErrorRate.normalise("'quoted'"));
        assertEquals(List.of(), WordErrorRate.normalise("  ...  "));
    }

    @Test
    void emptyReferenceAndEmptyHypothesis() {
        assertEquals(0.0, WordErrorRate.compute("", "").rate());
        assertEquals(1.0, WordErrorRate.compute("", "uh").rate());
        assertEquals(new Result(0, 3, 0, 3), WordErrorRate.compute("ice pack applied", ""));
    }

    @Test
    void corpusRateIsErrorsOverAllReferenceWords() {
        Result a = WordErrorRate.compute("one two three four", "one two three five"); // 1 of 4
        Result b = WordErrorRate.compute("six", "six seven eight"); // 2 of 1
        assertEquals(3.0 / 5, a.plus(b).rate(), 1e-12);
        assertEquals(a, Result.ZERO.plus(a));
    }

    @Test
    void alignmentListsEachEditInOrder() {
        List<Edit> edits = WordErrorRate.align(List.of("gait", "training", "twelve", "minutes", "today"),
                List.of("gate", "training", "minutes", "today", "walker"));
        assertEquals(List.of(
                new Edit(Edit.Kind.SUBSTITUTION, "gait", "gate"),
                new Edit(Edit.Kind.MATCH, "training", "training"),
                new Edit(Edit.Kind.DELETION, "twelve", null),
                new Edit(Edit.Kind.MATCH, "minutes", "minutes"),
                new Edit(Edit.Kind.MATCH, "today", "today"),
                new Edit(Edit.Kind.INSERTION, null, "walker")), edits);
    }

    @Test
    void tiesPreferSubstitution() {
        assertEquals(new Result(2, 0, 0, 3), WordErrorRate.compute("a b c", "a c d"));
    }
}
