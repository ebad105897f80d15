package org.rehabscribe.coding;

/** A timed code with its minutes for the session, in order of first mention. */
public record TimedLine(String code, int minutes) {
    public TimedLine {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative minutes for " + code);
        }
    }
}
