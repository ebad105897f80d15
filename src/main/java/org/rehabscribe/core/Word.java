package org.rehabscribe.core;

/** One recognised word with its timing in seconds and the recogniser's confidence (0-1). */
public record Word(String text, double start, double end, double confidence) {}
