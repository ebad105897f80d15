package org.rehabscribe.cli;

import java.nio.file.Path;
import org.rehabscribe.pipeline.Installation;
import org.rehabscribe.speech.SpeechModel;

/** Shorthand for {@link Installation} in the command line. */
public final class Home {
    private Home() {}

    public static Path dir() {
        return Installation.dir();
    }

    public static SpeechModel speechModel() {
        return Installation.speechModel();
    }
}
