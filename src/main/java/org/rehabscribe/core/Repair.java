package org.rehabscribe.core;

/**
 * Words the recognizer got wrong and the vocabulary term they were taken for: "gate draining"
 * heard where "gait training" was said. {@code heard} points into {@link Transcript#text()}.
 */
public record Repair(Span heard, String term) {}
