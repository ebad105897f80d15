package org.rehabscribe.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabscribe.speech.SpeechModel;

/**
 * Where the installation lives: {@code models/}, {@code corpus/}, {@code evaluation/}
 * resolve against the directory the launcher passes as {@code -Dscribe.home} (else the
 * working directory).
 */
public final class Installation {
    private Installation() {}

    public static Path dir() {
        String home = System.getProperty("scribe.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    public static Path models() {
        return dir().resolve("models");
    }

    public static Path voskModel() {
        return models().resolve("vosk-model-small-en-us-0.15");
    }

    /** The language-model bias built by {@code ./scribe train} (see {@code train.SpeechBiasTrainer}). */
    public static Path speechLmBias() {
        return models().resolve("speech-lm-bias.tsv");
    }

    /** The Vosk model with the language-model bias, when that file is there. */
    public static SpeechModel speechModel() {
        return new SpeechModel(voskModel(), Files.isRegularFile(speechLmBias()) ? speechLmBias() : null);
    }

    /** The intent model built by {@code ./scribe train} from corpus/train. */
    public static Path intentModel() {
        return models().resolve("intent-en.bin");
    }
}
