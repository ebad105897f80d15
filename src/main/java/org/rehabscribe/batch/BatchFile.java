package org.rehabscribe.batch;

import java.nio.file.Path;

/**
 * One input of a batch and the three files it produces.
 *
 * @param name the path relative to the input folder, with {@code /} separators: the row's key in
 *     summary.csv and in every message
 * @param source the file to read (a symbolic link to a file is read through)
 * @param kind recording or typed transcript
 * @param outputs where its results go, all inside the output folder
 */
public record BatchFile(String name, Path source, Kind kind, Outputs outputs) {

    public enum Kind { AUDIO, TEXT }

    /** The three results of one input; {@code json} is written last and marks the file done. */
    public record Outputs(Path transcript, Path markdown, Path json) {
        /** In the order they are written. */
        public Path[] inWriteOrder() {
            return new Path[] {transcript, markdown, json};
        }
    }

    public boolean isAudio() {
        return kind == Kind.AUDIO;
    }
}
