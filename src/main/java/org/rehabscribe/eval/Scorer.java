package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rehabscribe.core.Parameters;

/**
 * Compares a gold {@code expected} block with the product's answer, exactly as CONTRACT s.4
 * defines the metrics. Pure and stateless: the same inputs always give the same score.
 *
 * <ul>
 *   <li>interventions: multiset of {@code cpt}; the k-th gold intervention of a code is matched
 *       with the k-th predicted one of that code (both lists are in order of first mention);
 *   <li>minutes: over matched interventions, equal integers ({@code null == null} is right);
 *   <li>params: over matched interventions, each of {@code sets} and {@code reps} that gold
 *       states, equal in the prediction;
 *   <li>measures: multiset of (measure, value), a value matching within {@link #VALUE_TOLERANCE};
 *       each gold value in order takes the closest unmatched predicted value of its measure;
 *   <li>codes: multiset of (code, units); claim exact when the two multisets are equal;
 *   <li>total timed minutes: equal; warnings: each gold kind found among the predicted kinds.
 * </ul>
 * {@code tools/score_notes.py} re-implements the same rules independently.
 */
public final class Scorer {
    /** Largest difference at which a measure value still matches (CONTRACT s.4). */
    public static final double VALUE_TOLERANCE = 0.05;
    /** Absorbs binary rounding: 14.65 - 14.6 is 0.0500000000000007 in doubles. */
    private static final double EPSILON = 1e-9;

    private Scorer() {}

    /** Scores the product's {@code note --format json} tree against a gold block. */
    public static DictationScore score(NoteFacts gold, JsonNode noteJson) {
        return score(gold, FactsReader.note(noteJson));
    }

    public static DictationScore score(NoteFacts gold, NoteFacts predicted) {
        List<Miss> misses = new ArrayList<>();
        InterventionScore iv = interventions(gold.interventions(), predicted.interventions(), misses);
        Tally measures = measures(gold.measures(), predicted.measures(), misses);
        Tally codes = codes(gold.codes(), predicted.codes(), misses);
        boolean totalRight = Objects.equals(gold.totalTimedMinutes(), predicted.totalTimedMinutes());
        if (!totalRight) {
            String detail = "gold " + gold.totalTimedMinutes() + ", predicted " + predicted.totalTimedMinutes();
            misses.add(new Miss(Miss.Kind.WRONG, "total_minutes", "total_timed_minutes", detail, List.of(), null));
        }
        Ratio warnings = warnings(gold.warnings(), predicted.warnings(), misses);
        return new DictationScore(iv.tally, iv.minutes, iv.params, measures, codes, codes.exact(), totalRight, warnings,
                iv.perCpt, iv.alignment, misses);
    }

    private record InterventionScore(Tally tally, Ratio minutes, Ratio params, Map<String, Tally> perCpt,
                                     List<CptPair> alignment) {}

    private static InterventionScore interventions(List<InterventionFact> gold, List<InterventionFact> pred,
                                                   List<Miss> misses) {
        Pairing<InterventionFact> p = Pairing.byKey(gold, pred, InterventionFact::cpt);
        Ratio minutes = Ratio.ZERO;
        Ratio params = Ratio.ZERO;
        List<CptPair> alignment = new ArrayList<>();
        for (Pairing.Pair<InterventionFact> m : p.matched()) {
            InterventionFact g = m.gold();
            InterventionFact q = m.predicted();
            alignment.add(new CptPair(g.cpt(), q.cpt()));
            boolean minutesRight = Objects.equals(g.minutes(), q.minutes());
            minutes = minutes.plus(Ratio.of(minutesRight));
            if (!minutesRight) {
                misses.add(new Miss(Miss.Kind.WRONG, "minutes", g.cpt(),
                        "gold " + g.minutes() + ", predicted " + q.minutes(), q.evidence(), null));
            }
            params = params.plus(parameter("sets", g, q, Parameters::sets, misses));
            params = params.plus(parameter("reps", g, q, Parameters::reps, misses));
        }
        // unmatched codes are aligned in order of mention: the i-th missed gold code with the
        // i-th spurious prediction, which is what a mis-coded activity looks like
        List<InterventionFact> dropped = p.unmatchedGold();
        List<InterventionFact> added = p.unmatchedPredicted();
        for (int i = 0; i < Math.max(dropped.size(), added.size()); i++) {
            InterventionFact g = i < dropped.size() ? dropped.get(i) : null;
            InterventionFact q = i < added.size() ? added.get(i) : null;
            alignment.add(new CptPair(g == null ? CptPair.NONE : g.cpt(), q == null ? CptPair.NONE : q.cpt()));
            if (g != null) {
                misses.add(new Miss(Miss.Kind.DROPPED, "intervention", g.cpt(), minutesText(g)
                        + (q == null ? "" : "; predicted " + q.cpt() + " instead?"), List.of(), g.cpt()));
            }
            if (q != null) {
                misses.add(new Miss(Miss.Kind.ADDED, "intervention", q.cpt(), minutesText(q)
                        + (g == null ? "" : "; in place of gold " + g.cpt() + "?"), q.evidence(), null));
            }
        }
        Map<String, Tally> perCpt = new LinkedHashMap<>();
        for (CptPair a : alignment) {
            if (a.gold().equals(a.predicted())) {
                perCpt.merge(a.gold(), new Tally(1, 0, 0), Tally::plus);
                continue;
            }
            if (!a.gold().equals(CptPair.NONE)) {
                perCpt.merge(a.gold(), new Tally(0, 0, 1), Tally::plus);
            }
            if (!a.predicted().equals(CptPair.NONE)) {
                perCpt.merge(a.predicted(), new Tally(0, 1, 0), Tally::plus);
            }
        }
        Tally tally = new Tally(p.matched().size(), added.size(), dropped.size());
        return new InterventionScore(tally, minutes, params, perCpt, alignment);
    }

    private static Ratio parameter(String name, InterventionFact g, InterventionFact q,
                                   Function<Parameters, Integer> field, List<Miss> misses) {
        Integer want = field.apply(g.parameters());
        if (want == null) {
            return Ratio.ZERO;
        }
        Integer got = field.apply(q.parameters());
        if (!want.equals(got)) {
            misses.add(new Miss(Miss.Kind.WRONG, "params", g.cpt(),
                    name + ": gold " + want + ", predicted " + got, q.evidence(), null));
        }
        return Ratio.of(want.equals(got));
    }

    private static String minutesText(InterventionFact f) {
        return f.minutes() == null ? "no minutes" : f.minutes() + " min";
    }

    private static Tally measures(List<MeasureFact> gold, List<MeasureFact> pred, List<Miss> misses) {
        boolean[] used = new boolean[pred.size()];
        List<MeasureFact> unmatched = new ArrayList<>();
        int tp = 0;
        for (MeasureFact g : gold) {
            int best = -1;
            for (int j = 0; j < pred.size(); j++) {
                MeasureFact q = pred.get(j);
                if (used[j] || !q.measure().equals(g.measure()) || !valueMatches(g.value(), q.value())) {
                    continue;
                }
                if (best < 0 || Math.abs(q.value() - g.value()) < Math.abs(pred.get(best).value() - g.value())) {
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            } else {
                unmatched.add(g);
            }
        }
        int fn = unmatched.size();
        int fp = pred.size() - tp;
        // for the log only: a gold value whose measure was read with another value is WRONG
        for (MeasureFact g : unmatched) {
            int j = firstUnused(pred, used, q -> q.measure().equals(g.measure()));
            if (j >= 0) {
                used[j] = true;
                misses.add(new Miss(Miss.Kind.WRONG, "measure", g.measure(), "gold " + number(g.value())
                        + ", predicted " + number(pred.get(j).value()), pred.get(j).evidence(), null));
            } else {
                misses.add(new Miss(Miss.Kind.DROPPED, "measure", g.measure(), "value " + number(g.value()),
                        List.of(), g.measure()));
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!used[j]) {
                MeasureFact q = pred.get(j);
                misses.add(new Miss(Miss.Kind.ADDED, "measure", q.measure(), "value " + number(q.value()),
                        q.evidence(), null));
            }
        }
        return new Tally(tp, fp, fn);
    }

    /** CONTRACT s.4: "a value matching when equal within 0.05". */
    public static boolean valueMatches(double gold, double predicted) {
        return Math.abs(gold - predicted) <= VALUE_TOLERANCE + EPSILON;
    }

    private static Tally codes(List<CodeFact> gold, List<CodeFact> pred, List<Miss> misses) {
        Pairing<CodeFact> p = Pairing.byKey(gold, pred, CodeFact::key);
        List<CodeFact> added = new ArrayList<>(p.unmatchedPredicted());
        for (CodeFact g : p.unmatchedGold()) {
            CodeFact sameCode = added.stream().filter(q -> q.code().equals(g.code())).findFirst().orElse(null);
            if (sameCode != null) {
                added.remove(sameCode);
                misses.add(new Miss(Miss.Kind.WRONG, "units", g.code(),
                        "gold " + g.units() + " unit(s), predicted " + sameCode.units(), sameCode.evidence(), null));
            } else {
                misses.add(new Miss(Miss.Kind.DROPPED, "code", g.key(), g.units() + " unit(s)", List.of(),
                        g.code()));
            }
        }
        for (CodeFact q : added) {
            misses.add(new Miss(Miss.Kind.ADDED, "code", q.key(), q.units() + " unit(s)", q.evidence(), null));
        }
        return new Tally(p.matched().size(), p.unmatchedPredicted().size(), p.unmatchedGold().size());
    }

    private static Ratio warnings(List<String> gold, List<String> pred, List<Miss> misses) {
        Set<String> raised = new HashSet<>(pred);
        Ratio r = Ratio.ZERO;
        for (String kind : gold) {
            boolean found = raised.contains(kind);
            r = r.plus(Ratio.of(found));
            if (!found) {
                misses.add(new Miss(Miss.Kind.DROPPED, "warning", kind, "not raised", List.of(), kind));
            }
        }
        return r;
    }

    private static <T> int firstUnused(List<T> items, boolean[] used, Predicate<T> test) {
        for (int j = 0; j < items.size(); j++) {
            if (!used[j] && test.test(items.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /** 48 rather than 48.0; decimals as given. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
