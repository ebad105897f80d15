package org.rehabscribe.cli;

import java.nio.file.Path;

/** Where the installation lives: models/, corpus/, evaluation/ are resolved against it. */
public final class Home {
    private Home() {}

    public static Path dir() {
        String home = System.getProperty("scribe.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    public static Path voskModel() {
        return dir().resolve("models/vosk-model-small-en-us-0.15");
    }
}
