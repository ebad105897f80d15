package org.rehabscribe.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Corpus totals of {@link DictationScore}s: every count summed, so each metric is a micro
 * average (CONTRACT s.4). Immutable; build with {@link #of}.
 */
public record ScoreSheet(int dictations, Tally interventions, Ratio minutes, Ratio params, Tally measures,
                         Tally codes, Ratio claimExact, Ratio totalMinutes, Ratio warnings,
                         Map<String, Tally> perCpt, Map<String, Map<String, Integer>> confusion) {
    public ScoreSheet {
        // sorted by code, so that reports list them in a stable order
        perCpt = Collections.unmodifiableMap(new TreeMap<>(perCpt));
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        confusion.forEach((g, row) -> rows.put(g, Collections.unmodifiableMap(new TreeMap<>(row))));
        confusion = Collections.unmodifiableMap(rows);
    }

    public static ScoreSheet of(Collection<DictationScore> scores) {
        Tally interventions = Tally.ZERO;
        Tally measures = Tally.ZERO;
        Tally codes = Tally.ZERO;
        Ratio minutes = Ratio.ZERO;
        Ratio params = Ratio.ZERO;
        Ratio claim = Ratio.ZERO;
        Ratio total = Ratio.ZERO;
        Ratio warnings = Ratio.ZERO;
        Map<String, Tally> perCpt = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (DictationScore s : scores) {
            interventions = interventions.plus(s.interventions());
            measures = measures.plus(s.measures());
            codes = codes.plus(s.codes());
            minutes = minutes.plus(s.minutes());
            params = params.plus(s.params());
            claim = claim.plus(Ratio.of(s.claimExact()));
            total = total.plus(Ratio.of(s.totalMinutesRight()));
            warnings = warnings.plus(s.warnings());
            s.perCpt().forEach((cpt, t) -> perCpt.merge(cpt, t, Tally::plus));
            for (CptPair p : s.cptAlignment()) {
                confusion.computeIfAbsent(p.gold(), g -> new TreeMap<>()).merge(p.predicted(), 1, Integer::sum);
            }
        }
        return new ScoreSheet(scores.size(), interventions, minutes, params, measures, codes, claim, total, warnings,
                perCpt, confusion);
    }

    /**
     * The headline figures under the names of CONTRACT s.4 / the report JSON, in report order.
     * Values are 0..1, or NaN where a denominator is empty; all NaN for no dictations at all
     * (a voice without renditions measured nothing, which must not read as perfect agreement).
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (dictations == 0) {
            for (String name : List.of("interventions_precision", "interventions_recall", "interventions_f1",
                    "minutes_acc", "params_acc", "measures_precision", "measures_recall", "measures_f1",
                    "codes_precision", "codes_recall", "codes_f1", "claim_exact", "total_minutes_acc",
                    "warnings_recall")) {
                m.put(name, Double.NaN);
            }
            return m;
        }
        m.put("interventions_precision", interventions.precision());
        m.put("interventions_recall", interventions.recall());
        m.put("interventions_f1", interventions.f1());
        m.put("minutes_acc", minutes.value());
        m.put("params_acc", params.value());
        m.put("measures_precision", measures.precision());
        m.put("measures_recall", measures.recall());
        m.put("measures_f1", measures.f1());
        m.put("codes_precision", codes.precision());
        m.put("codes_recall", codes.recall());
        m.put("codes_f1", codes.f1());
        m.put("claim_exact", claimExact.value());
        m.put("total_minutes_acc", totalMinutes.value());
        m.put("warnings_recall", warnings.value());
        return m;
    }
}
