package org.rehabscribe.batch;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress as plain lines, one a file, for logs and pipes (stderr is not a terminal). */
public final class LogProgress implements Progress {
    private static final String PREFIX = "scribe batch: ";

    private final PrintWriter err;
    private int toDo;
    private int finished;

    public LogProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void note(String message) {
        line(message);
    }

    @Override
    public synchronized void rejected(SummaryRow row) {
        line(row.file() + ": " + row.status());
    }

    @Override
    public synchronized void started(Plan plan) {
        toDo = plan.toDo();
        if (toDo == 0) {
            line(String.format(Locale.ROOT, "%d file%s: nothing to do, %d already done, %d failed before processing",
                    plan.files(), plan.files() == 1 ? "" : "s", plan.alreadyDone(), plan.rejected()));
            return;
        }
        line(String.format(Locale.ROOT, "%d file%s: %d to do (%s of audio), %d already done, %d failed before "
                        + "processing; %d worker%s", plan.files(), plan.files() == 1 ? "" : "s", plan.toDo(),
                Progress.clock(plan.toDoAudioSeconds()), plan.alreadyDone(), plan.rejected(), plan.workers(),
                plan.workers() == 1 ? "" : "s"));
    }

    @Override
    public synchronized void finished(SummaryRow row, double audioSeconds) {
        finished++;
        String detail = "";
        if (row.isOk()) {
            String audio = row.audioSeconds() == null ? "transcript"
                    : String.format(Locale.ROOT, "%.1f s of audio", row.audioSeconds());
            detail = " (" + audio + (row.codes().isEmpty() ? "; no codes" : "; " + row.codes()) + ")";
        }
        line("[" + finished + "/" + toDo + "] " + row.file() + ": " + row.status() + detail);
    }

    @Override
    public void stopped() {
        // every file already has its line
    }

    private void line(String s) {
        err.println(PREFIX + s);
        err.flush();
    }
}
