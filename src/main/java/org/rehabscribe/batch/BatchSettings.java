package org.rehabscribe.batch;

import java.nio.file.Path;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.speech.SpeechModel;

/**
 * What a batch run is asked to do.
 *
 * @param in the folder to read
 * @param out the folder to write (created if missing); must not be {@code in} nor contain it
 * @param threads workers, at least 1
 * @param hints context flags applied to every file
 * @param voskModel the speech model (Vosk directory and bias), loaded only if a recording is to be transcribed
 */
public record BatchSettings(Path in, Path out, int threads, ContextHints hints, SpeechModel voskModel) {
    public BatchSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }
}
