package org.rehabscribe.batch;

import java.util.Locale;

/**
 * What a batch tells its user while it runs (on stderr): {@link TerminalProgress} redraws one
 * line in place, {@link LogProgress} writes a line a file. Call order: {@link #note} and
 * {@link #rejected} any time, {@link #started} once before the first {@link #finished},
 * {@link #stopped} once at the end. Implementations are thread-safe: workers report concurrently.
 */
public interface Progress {

    /**
     * What the run will do.
     *
     * @param files inputs found
     * @param toDo inputs to process in this run
     * @param alreadyDone inputs skipped because their outputs exist
     * @param rejected inputs failed before processing (bad header, name collision ...)
     * @param toDoAudioSeconds length of the recordings to process
     * @param workers threads processing them
     */
    record Plan(int files, int toDo, int alreadyDone, int rejected, double toDoAudioSeconds, int workers) {}

    /** A one-line message: a warning about one file, a stage starting. */
    void note(String message);

    /** An input that failed before processing; not part of the to-do count. */
    void rejected(SummaryRow row);

    void started(Plan plan);

    /**
     * An input of the to-do list is finished, ok or failed.
     *
     * @param audioSeconds its recording's length (0 for a transcript), done either way
     */
    void finished(SummaryRow row, double audioSeconds);

    void stopped();

    /** Durations as {@code m:ss} or {@code h:mm:ss}. */
    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
