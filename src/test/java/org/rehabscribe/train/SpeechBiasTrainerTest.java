package org.rehabscribe.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabscribe.pipeline.Installation;
import org.rehabscribe.speech.LanguageModelBias;
import org.rehabscribe.speech.NgramFst;

class SpeechBiasTrainerTest {
    private static NgramFst lm;

    @BeforeAll
    static void readModel() throws Exception {
        lm = NgramFst.read(Installation.voskModel().resolve(SpeechBiasTrainer.LANGUAGE_MODEL));
    }

    private static Map<String, Float> boosts(LanguageModelBias bias) {
        return bias.entries().stream().filter(e -> e.kind() == LanguageModelBias.Kind.BOOST)
                .collect(Collectors.toMap(e -> String.join(" ", e.ngram()), LanguageModelBias.Entry::nats));
    }

    @Test
    void committedBiasIsTheOneTheCorpusBuilds() throws Exception {
        SpeechBiasTrainer.Result r = SpeechBiasTrainer.train(Installation.dir().resolve("corpus"), Installation.voskModel());
        assertEquals(r.text(), Files.readString(Installation.speechLmBias()),
                "models/speech-lm-bias.tsv is stale: run ./scribe train after changing the corpus");
        assertTrue(r.splits().contains("train"));
        assertFalse(r.splits().contains("dev") || r.splits().contains("test"), "never learns from dev or held-out splits");
    }

    @Test
    void boostsWordsTherapistsUseMoreThanGeneralEnglishDoes() {
        List<List<String>> docs = List.of(
                List.of("gait", "training", "with", "the", "walker", "berg", "forty", "two"),
                List.of("gait", "training", "on", "the", "stairs", "berg", "fifty"),
                List.of("the", "patient", "did", "gait", "training"));
        Map<String, Float> b = boosts(SpeechBiasTrainer.learnFromWords(docs, lm));
        assertTrue(b.get("gait") > 3, "rare in English, common here: " + b.get("gait"));
        assertTrue(b.containsKey("berg"));
        assertTrue(b.get("the") < 2, "common in English too: boosted little (" + b.get("the") + ")");
        assertFalse(b.containsKey("with"), "said once: not trusted");
        assertFalse(b.containsKey("walker"), "said once: not trusted");
        assertTrue(b.values().stream().allMatch(v -> v > 0 && v <= SpeechBiasTrainer.CAP));
        LanguageModelBias.Entry added = SpeechBiasTrainer.learnFromWords(docs, lm).entries().stream()
                .filter(e -> e.kind() == LanguageModelBias.Kind.NEW && e.ngram().equals(List.of("gait", "training")))
                .findFirst().orElseThrow();
        assertEquals(-Math.log(3 / 4.0), added.nats(), 1e-3, "three of three, one part kept for what was never said");
    }

    @Test
    void sameWordsGiveTheSameBias() {
        List<List<String>> docs = List.of(List.of("sit", "to", "stand", "times", "five"), List.of("sit", "to", "stand"));
        assertEquals(SpeechBiasTrainer.learnFromWords(docs, lm).format(List.of()),
                SpeechBiasTrainer.learnFromWords(docs, lm).format(List.of()));
    }
}
