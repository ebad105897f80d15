package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.pipeline.Installation;

class ModelViewTest {
    @TempDir
    Path dir;

    private Path fakeModel(String mfcc) throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Files.createDirectories(model.resolve("am"));
        Files.writeString(model.resolve("am/final.mdl"), "weights");
        Files.createDirectories(model.resolve("conf"));
        Files.writeString(model.resolve("conf/mfcc.conf"), mfcc);
        Files.writeString(model.resolve("conf/model.conf"), "--beam=10.0\n");
        Files.writeString(model.resolve("README"), "readme");
        return model;
    }

    @Test
    void switchesDitherOffInATemporaryViewAndLeavesTheModelAlone() throws Exception {
        Path model = fakeModel("--sample-frequency=16000\n--use-energy=false");
        Path view;
        try (ModelView v = ModelView.of(model)) {
            view = v.path();
            assertFalse(view.equals(model));
            assertTrue(v.kaldiDitherOff());
            assertEquals("--sample-frequency=16000\n--use-energy=false\n--dither=0\n",
                    Files.readString(view.resolve("conf/mfcc.conf")));
            assertEquals("--beam=10.0\n", Files.readString(view.resolve("conf/model.conf")));
            assertTrue(Files.isSymbolicLink(view.resolve("am")));
            assertEquals("weights", Files.readString(view.resolve("am/final.mdl")));
            assertEquals("readme", Files.readString(view.resolve("README")));
        }
        assertFalse(Files.exists(view), "view deleted");
        assertEquals("weights", Files.readString(model.resolve("am/final.mdl")), "link targets survive");
        assertEquals("--sample-frequency=16000\n--use-energy=false", Files.readString(model.resolve("conf/mfcc.conf")));
    }

    @Test
    void overridesAnEarlierDitherSetting() throws Exception {
        Path model = fakeModel("--dither=0.5\n");
        try (ModelView v = ModelView.of(model)) {
            assertTrue(v.kaldiDitherOff());
            assertEquals("--dither=0.5\n--dither=0\n", Files.readString(v.path().resolve("conf/mfcc.conf")));
        }
    }

    @Test
    void leavesADirectoryWithoutMfccConfAsItIs() throws Exception {
        try (ModelView v = ModelView.of(dir)) {
            assertEquals(dir, v.path());
            assertFalse(v.kaldiDitherOff());
        }
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void writesTheBiasedLanguageModelAndLinksTheRestOfTheGraph() throws Exception {
        Path model = fakeModel("");
        Path graph = Files.createDirectories(model.resolve("graph"));
        Path real = Installation.voskModel().resolve("graph/Gr.fst");
        Files.createSymbolicLink(graph.resolve("Gr.fst"), real);
        Files.writeString(graph.resolve("HCLr.fst"), "lexicon");
        LanguageModelBias bias = new LanguageModelBias(List.of(LanguageModelBias.Entry.boost(List.of("gait"), 4f)));
        try (ModelView v = ModelView.of(model, bias)) {
            Path lm = v.path().resolve("graph/Gr.fst");
            assertFalse(Files.isSymbolicLink(lm));
            assertTrue(v.biasedArcs() > 0);
            assertFalse(Arrays.equals(Files.readAllBytes(real), Files.readAllBytes(lm)));
            assertEquals("lexicon", Files.readString(v.path().resolve("graph/HCLr.fst")));
        }
        assertTrue(Files.isRegularFile(real));
    }

    @Test
    void usesAGraphOfAnotherKindUnbiased() throws Exception {
        Path model = fakeModel("");
        Files.createDirectories(model.resolve("graph"));
        Files.writeString(model.resolve("graph/Gr.fst"), "some other fst");
        LanguageModelBias bias = new LanguageModelBias(List.of(LanguageModelBias.Entry.boost(List.of("gait"), 4f)));
        try (ModelView v = ModelView.of(model, bias)) {
            assertEquals(0, v.biasedArcs());
            assertEquals("some other fst", Files.readString(v.path().resolve("graph/Gr.fst")));
            assertTrue(v.kaldiDitherOff());
        }
    }
}
