package org.rehabscribe.speech;

import java.nio.file.Path;

/**
 * What {@link SpeechRecognizer} loads: a Vosk model directory and, optionally, the
 * {@link LanguageModelBias} file that tunes its language model to therapy dictation.
 *
 * @param vosk   the Vosk model directory ({@code am/}, {@code conf/}, {@code graph/} ...)
 * @param lmBias the bias file, or null for the model as it comes
 */
public record SpeechModel(Path vosk, Path lmBias) {
    /** The Vosk model as it comes, without a bias. */
    public static SpeechModel unbiased(Path vosk) {
        return new SpeechModel(vosk, null);
    }
}
