package org.rehabscribe.batch;

/**
 * One row of summary.csv: a file, what became of it, its audio length and its codes.
 *
 * @param file the input's path relative to the input folder ({@code /} separators)
 * @param status {@code ok}, {@code failed: reason} or {@code skipped: already done}
 * @param audioSeconds the recording's length; null for typed transcripts, and for recordings
 *     whose header could not be read
 * @param codes the billed codes with their units, e.g. {@code 97112x1 97110x2}; empty if none
 */
public record SummaryRow(String file, String status, Double audioSeconds, String codes) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String SKIPPED_DONE = "skipped: already done";

    public static SummaryRow ok(String file, Double audioSeconds, String codes) {
        return new SummaryRow(file, OK, audioSeconds, codes);
    }

    /** A failure; {@code reason} is made one line. */
    public static SummaryRow failed(String file, String reason, Double audioSeconds) {
        return new SummaryRow(file, FAILED + ": " + oneLine(reason), audioSeconds, "");
    }

    public static SummaryRow skipped(String file, Double audioSeconds, String codes) {
        return new SummaryRow(file, SKIPPED_DONE, audioSeconds, codes);
    }

    public boolean isOk() {
        return status.equals(OK);
    }

    public boolean isFailed() {
        return status.startsWith(FAILED + ":");
    }

    public boolean isSkipped() {
        return status.startsWith("skipped:");
    }

    static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.isEmpty() ? "unknown error" : line;
    }
}
