package org.rehabscribe.eval;

/**
 * One gold dictation run through the product and scored. {@code transcript} is the text the
 * note's evidence offsets point into (the dictation itself, or the recogniser's transcript in
 * an audio run). {@code error} is null unless the product failed on this dictation, in which
 * case it was scored as an empty answer so that a crash costs recall instead of hiding.
 */
public record DictationResult(GoldFile gold, String transcript, DictationScore score, String error) {}
