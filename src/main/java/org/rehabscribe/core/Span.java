package org.rehabscribe.core;

/**
 * A stretch of the transcript that justifies an extracted fact: character offsets
 * {@code [start, end)} into {@link Transcript#text()}, and the words found there.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code text} covering {@code [start, end)}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }
}
