package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numerals become the words a recogniser writes, so typed dictations compare with transcripts. */
class SpokenFormTest {
    private static String spoken(String s) {
        return String.join(" ", SpokenForm.words(s));
    }

    @Test
    void integersDecimalsAndPercentages() {
        assertEquals("tug fourteen point six seconds", spoken("TUG 14.6 seconds"));
        assertEquals("flexion one hundred eight", spoken("Flexion 108"));
        assertEquals("one thousand two hundred feet", spoken("1,200 feet"));
        assertEquals("forty five percent", spoken("45%"));
        assertEquals("zero point seven five m s", spoken("0.75 m/s"));
        assertEquals("two thousand twenty five", spoken("2025"));
    }

    @Test
    void numeralsGluedToLettersAreSplit() {
        assertEquals("three x ten", spoken("3x10"));
        assertEquals("six mwt", spoken("6MWT"));
        assertEquals("seventy two year old", spoken("72-year-old"));
    }

    @Test
    void ordinals() {
        assertEquals("second visit", spoken("2nd visit"));
        assertEquals("twenty first", spoken("21st"));
        assertEquals("twelfth fortieth", spoken("12th 40th"));
    }

    @Test
    void wordsAreLeftAlone() {
        assertEquals(List.of("patient's", "gait", "training"), SpokenForm.words("Patient's gait-training."));
    }
}
