package org.rehabscribe.extract;

/** A vocabulary term found at tokens {@code [from, to)} of a normalised dictation. */
public record Mention(Term term, int from, int to) {}
