package org.rehabscribe.batch;

import java.util.Locale;

/**
 * The outcome of a run, for the final line on stderr.
 *
 * @param audioSeconds length of the recordings processed in this run (ok or failed while decoding)
 * @param wallSeconds the whole run, model loading included
 */
public record BatchReport(int ok, int failed, int skipped, double audioSeconds, double wallSeconds, int workers) {

    /** Wall time per second of audio: below 1 is faster than real time. NaN without audio. */
    public double realTimeFactor() {
        return audioSeconds > 0 ? wallSeconds / audioSeconds : Double.NaN;
    }

    /** Hours of audio done per hour of wall time. */
    public double throughput() {
        return wallSeconds > 0 ? audioSeconds / wallSeconds : 0;
    }

    /**
     * E.g. {@code scribe batch: 9 ok, 1 failed, 2 skipped; 0:05:10 of audio in 0:01:02 (5.0x real
     * time; real-time factor 0.200, 0.400 per worker, 2 workers)}.
     */
    public String summaryLine() {
        String speed = audioSeconds > 0
                ? String.format(Locale.ROOT, "%.1fx real time; real-time factor %.3f, %.3f per worker, %d worker%s",
                        throughput(), realTimeFactor(), realTimeFactor() * workers, workers, workers == 1 ? "" : "s")
                : "no audio transcribed";
        return String.format(Locale.ROOT, "scribe batch: %d ok, %d failed, %d skipped; %s of audio in %s (%s)",
                ok, failed, skipped, Progress.clock(audioSeconds), Progress.clock(wallSeconds), speed);
    }
}
