package org.rehabscribe.eval;

import java.io.PrintWriter;

/** The report as a plain-text table for the terminal: what {@code ./scribe eval} prints to stdout. */
public final class ConsoleTable {
    private ConsoleTable() {}

    public static void print(EvalReport r, PrintWriter out) {
        Provenance p = r.provenance();
        out.printf("scribe eval: %s (%d dictations), commit %s, corpus sha256 %s%n", p.corpus(), r.text().size(),
                abbreviate(p.commit()), abbreviate(p.corpusSha256()));
        MetricTable t = MetricTable.of(r);
        int first = Math.max(6, t.rows().stream().mapToInt(row -> row.metric().length()).max().orElse(6));
        StringBuilder head = new StringBuilder(pad("metric", first));
        for (String c : t.columns()) {
            head.append("  ").append(padLeft(c, 8));
        }
        out.println(head.append("  counts (text)"));
        for (MetricTable.Row row : t.rows()) {
            StringBuilder line = new StringBuilder(pad(row.metric(), first));
            for (String v : row.values()) {
                line.append("  ").append(padLeft(v, 8));
            }
            out.println(line.append("  ").append(row.counts()).toString().stripTrailing());
        }
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            if (!v.missing().isEmpty()) {
                out.printf("note: %s: %d of %d renditions missing (%s)%n", v.voice().name(), v.missing().size(),
                        r.text().size(), v.problem());
            }
        }
        long failed = r.text().stream().filter(d -> d.error() != null).count();
        if (failed > 0) {
            out.printf("note: the product failed on %d dictations (scored as empty answers)%n", failed);
        }
        out.flush();
    }

    static String abbreviate(String hex) {
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(Math.max(0, n - s.length()));
    }

    private static String padLeft(String s, int n) {
        return " ".repeat(Math.max(0, n - s.length())) + s;
    }
}
