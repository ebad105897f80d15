package org.rehabscribe.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headline table shared by the console and the Markdown report: one row a metric, one
 * column for the typed dictations and, with audio, one per voice and one for all voices. The
 * counts behind each text figure are shown beside it so a rate can be checked by hand.
 */
record MetricTable(List<String> columns, List<Row> rows) {
    record Row(String metric, List<String> values, String counts) {}

    static MetricTable of(EvalReport r) {
        List<String> columns = new ArrayList<>(List.of("text"));
        List<Map<String, Double>> values = new ArrayList<>();
        values.add(withSpeech(r.textSheet().metrics(), null, null));
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            columns.add(v.voice().name());
            values.add(withSpeech(v.sheet().metrics(), v.werRate(), v.terms().value()));
        }
        if (r.voices().size() > 1) {
            columns.add("audio");
            values.add(withSpeech(r.audioSheet().metrics(), AudioEvaluation.rate(r.wer()), r.termRecall().value()));
        }
        Map<String, String> counts = counts(r.textSheet());
        List<Row> rows = new ArrayList<>();
        for (String metric : values.get(0).keySet()) {
            if (!r.audio() && (metric.equals("wer") || metric.equals("term_recall"))) {
                continue;
            }
            List<String> cells = values.stream().map(m -> format(m.get(metric))).toList();
            rows.add(new Row(metric, cells, counts.getOrDefault(metric, "")));
        }
        return new MetricTable(columns, rows);
    }

    private static Map<String, Double> withSpeech(Map<String, Double> metrics, Double wer, Double terms) {
        Map<String, Double> m = new LinkedHashMap<>(metrics);
        m.put("wer", wer);
        m.put("term_recall", terms);
        return m;
    }

    static String format(Double v) {
        if (v == null) {
            return "-";
        }
        return v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Map<String, String> counts(ScoreSheet s) {
        Map<String, String> c = new LinkedHashMap<>();
        prf(c, "interventions", s.interventions());
        c.put("minutes_acc", s.minutes().hits() + "/" + s.minutes().total());
        c.put("params_acc", s.params().hits() + "/" + s.params().total());
        prf(c, "measures", s.measures());
        prf(c, "codes", s.codes());
        c.put("claim_exact", s.claimExact().hits() + "/" + s.claimExact().total());
        c.put("total_minutes_acc", s.totalMinutes().hits() + "/" + s.totalMinutes().total());
        c.put("warnings_recall", s.warnings().hits() + "/" + s.warnings().total());
        return c;
    }

    private static void prf(Map<String, String> c, String name, Tally t) {
        c.put(name + "_precision", t.tp() + "/" + (t.tp() + t.fp()));
        c.put(name + "_recall", t.tp() + "/" + (t.tp() + t.fn()));
        c.put(name + "_f1", "tp " + t.tp() + " fp " + t.fp() + " fn " + t.fn());
    }
}
