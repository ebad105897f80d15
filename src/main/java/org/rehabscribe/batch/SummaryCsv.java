package org.rehabscribe.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * summary.csv (RFC 4180): a header {@code file,status,audio_seconds,codes}, then one row a file
 * sorted by file. Fields holding a comma, a quote or a line break are quoted (file names may hold
 * all three). {@code audio_seconds} has three decimals, empty for typed transcripts and for
 * recordings whose header could not be read.
 */
public final class SummaryCsv {
    public static final String NAME = "summary.csv";
    public static final String HEADER = "file,status,audio_seconds,codes";

    private SummaryCsv() {}

    /** Replaces {@code file} atomically with the rows, in the order given. */
    public static void write(Path file, List<SummaryRow> rows) throws IOException {
        AtomicFiles.write(file, render(rows));
    }

    static String render(List<SummaryRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SummaryRow r : rows) {
            csv.append(field(r.file())).append(',')
                    .append(field(r.status())).append(',')
                    .append(r.audioSeconds() == null ? "" : String.format(Locale.ROOT, "%.3f", r.audioSeconds()))
                    .append(',')
                    .append(field(r.codes())).append('\n');
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
