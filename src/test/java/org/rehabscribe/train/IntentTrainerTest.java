package org.rehabscribe.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabscribe.extract.IntentModel;
import org.rehabscribe.pipeline.Installation;

class IntentTrainerTest {
    private static final Path TRAIN = Installation.dir().resolve("corpus/train");

    @Test
    void sameCorpusGivesSameModelBytes() throws Exception {
        IntentTrainer.Result a = IntentTrainer.train(TRAIN);
        IntentTrainer.Result b = IntentTrainer.train(TRAIN);
        assertArrayEquals(a.model().bytes(), b.model().bytes());
    }

    @Test
    void committedModelIsTheOneTheCorpusBuilds() throws Exception {
        IntentTrainer.Result r = IntentTrainer.train(TRAIN);
        byte[] committed = Files.readAllBytes(Installation.intentModel());
        assertEquals(r.sha256(), IntentTrainer.sha256(committed),
                "models/intent-en.bin is stale: run ./scribe train after changing rules or corpus/train");
    }

    @Test
    void modelReadsGoalsFromContext() throws Exception {
        IntentModel m = IntentModel.read(Files.readAllBytes(Installation.intentModel()));
        IntentModel.Prediction balance = m.classify(List.of("A=squat", "on", "foam", "pad", "eye", "closed", "balance"));
        IntentModel.Prediction strength = m.classify(List.of("A=squat", "#", "set", "of", "#", "with", "#", "lb", "quad", "strength"));
        assertEquals("97112", balance.cpt());
        assertEquals("97110", strength.cpt());
        assertTrue(balance.probability() > 0.5);
    }
}
