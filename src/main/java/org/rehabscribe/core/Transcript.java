package org.rehabscribe.core;

import java.util.List;

/**
 * What the therapist said, as text. {@code words} carries timings when the text came from
 * speech and is empty when it came from a typed transcript; {@code audioSeconds} is 0 then.
 */
public record Transcript(String text, List<Word> words, double audioSeconds) {
    public Transcript {
        words = List.copyOf(words);
    }

    public static Transcript ofText(String text) {
        return new Transcript(text, List.of(), 0);
    }
}
