package org.rehabscribe.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress bar redrawn in place on stderr: files done, hours of audio done, speed in audio
 * seconds per wall second (averaged from the start of processing to the last file finished)
 * and the time left at that speed.
 * Failures and notes are printed as lines above the bar. Redraws twice a second, so the clock
 * moves while a long recording is decoded.
 */
public final class TerminalProgress implements Progress {
    private static final String CLEAR_TO_END = "\u001b[K";
    private static final int BAR = 20;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private ScheduledExecutorService ticker;
    private Plan plan;
    private long startNanos;
    private int filesDone;
    private double audioDone;
    private long lastFinishNanos;
    private boolean drawn;

    public TerminalProgress(PrintWriter err) {
        this(err, System::nanoTime);
    }

    TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void note(String message) {
        above("scribe batch: " + message);
    }

    @Override
    public synchronized void rejected(SummaryRow row) {
        above("scribe batch: " + row.file() + ": " + row.status());
    }

    @Override
    public synchronized void started(Plan plan) {
        this.plan = plan;
        this.startNanos = nanoClock.getAsLong();
        redraw();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "batch-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void finished(SummaryRow row, double audioSeconds) {
        filesDone++;
        audioDone += audioSeconds;
        lastFinishNanos = nanoClock.getAsLong();
        if (row.isFailed()) {
            above("scribe batch: " + row.file() + ": " + row.status());
        } else {
            redraw();
        }
    }

    @Override
    public void stopped() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        synchronized (this) {
            if (plan != null) {
                redraw();
                err.println();
                err.flush();
                drawn = false;
                plan = null;
            }
        }
    }

    /** Prints a line above the bar, then the bar again. */
    private void above(String line) {
        err.print((drawn ? "\r" + CLEAR_TO_END : "") + line + "\n");
        drawn = false;
        redraw();
    }

    private synchronized void redraw() {
        if (plan == null) {
            err.flush();
            return;
        }
        double elapsed = (nanoClock.getAsLong() - startNanos) / 1e9;
        double atLastFinish = filesDone == 0 ? 0 : (lastFinishNanos - startNanos) / 1e9;
        err.print("\r" + line(plan, filesDone, audioDone, atLastFinish, elapsed) + CLEAR_TO_END);
        err.flush();
        drawn = true;
    }

    /**
     * The bar, e.g. {@code [#####---------------] 3/12 files  0.10/0.42 h audio  6.1x real time  ETA 3:10}.
     * Speed is measured when a file finishes ({@code secondsAtLastFinish} after the start) and the
     * time left then counts down with the clock until the next one, rather than growing while a
     * long recording is decoded.
     */
    static String line(Plan plan, int filesDone, double audioDone, double secondsAtLastFinish, double elapsedSeconds) {
        double fraction = plan.toDoAudioSeconds() > 0 ? audioDone / plan.toDoAudioSeconds()
                : plan.toDo() > 0 ? (double) filesDone / plan.toDo() : 1;
        fraction = Math.max(0, Math.min(1, fraction));
        int full = (int) Math.round(fraction * BAR);
        String bar = "[" + "#".repeat(full) + "-".repeat(BAR - full) + "]";
        double speed = secondsAtLastFinish > 0 ? audioDone / secondsAtLastFinish : 0;
        String eta;
        if (filesDone >= plan.toDo()) {
            eta = "done in " + Progress.clock(elapsedSeconds);
        } else if (speed > 0) {
            double left = (plan.toDoAudioSeconds() - audioDone) / speed - (elapsedSeconds - secondsAtLastFinish);
            eta = "ETA " + Progress.clock(Math.max(0, left));
        } else {
            eta = "ETA --:--";
        }
        return String.format(Locale.ROOT, "%s %d/%d files  %.2f/%.2f h audio  %s  %s", bar, filesDone, plan.toDo(),
                audioDone / 3600, plan.toDoAudioSeconds() / 3600,
                speed > 0 ? String.format(Locale.ROOT, "%.1fx real time", speed) : "-.-x real time", eta);
    }
}
