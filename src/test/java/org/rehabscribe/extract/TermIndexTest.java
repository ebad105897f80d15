package org.rehabscribe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    private static final List<String> VOCABULARY = List.of("ultrasound", "tandem stance", "knee extension",
            "button hook", "re eval", "gait training", "foam");
    private static final TermIndex INDEX = TermIndex.build(VOCABULARY, Set.of());

    /** What the index makes of a heard phrase: "heard=term" for each rewrite. */
    private static String heard(String text) {
        return heard(INDEX, text);
    }

    private static String heard(TermIndex index, String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return index.find(words, new boolean[words.size()]).stream()
                .map(h -> String.join(" ", words.subList(h.from(), h.to())) + "=" + h.phrase())
                .collect(Collectors.joining(", "));
    }

    @Test
    void mapsWhatTheRecognizerMadeOfATerm() {
        assertEquals("ultra sound=ultrasound", heard("then ultra sound to the knee"));
        assertEquals("tandem stands=tandem stance", heard("practised tandem stands today"));
        assertEquals("gate draining=gait training", heard("gate draining with the walker"));
    }

    @Test
    void leavesOrdinaryWordsThatOnlyShareConsonants() {
        // Double Metaphone drops vowels: these share a key with a term, not its letters
        assertEquals("", heard("see him next session"));
        assertEquals("", heard("putting cups in the cupboard"));
        assertEquals("", heard("log roll revel into bed"));
    }

    @Test
    void lenientTermsAreMatchedBySoundAlone() {
        // the product makes outcome measures lenient: their names come out of the recognizer mangled worst
        TermIndex lenient = TermIndex.build(VOCABULARY, Set.of("knee extension"));
        assertEquals("next session=knee extension", heard(lenient, "see him next session"));
    }
}
