package org.rehabscribe.extract;

/** A time said in the dictation: tokens [from, to), minutes, and whether a unit was said with it. */
record TimeSaid(int from, int to, int minutes, boolean explicit) {}
