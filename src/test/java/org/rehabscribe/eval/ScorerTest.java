package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabscribe.cli.Home;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.pipeline.Scribe;

/** The metrics of CONTRACT s.4 on hand-made cases and on the gold corpus scored against itself. */
class ScorerTest {
    private static final double EPS = 1e-12;

    private static NoteFacts facts(List<InterventionFact> ivs, List<MeasureFact> ms, Integer total,
                                   List<CodeFact> codes, List<String> warnings) {
        return new NoteFacts(ivs, ms, total, codes, warnings);
    }

    private static NoteFacts codes(CodeFact... codes) {
        return facts(List.of(), List.of(), 0, List.of(codes), List.of());
    }

    private static NoteFacts measures(MeasureFact... ms) {
        return facts(List.of(), List.of(ms), 0, List.of(), List.of());
    }

    private static NoteFacts interventions(InterventionFact... ivs) {
        return facts(List.of(ivs), List.of(), 0, List.of(), List.of());
    }

    private static InterventionFact iv(String cpt, Integer minutes, Integer sets, Integer reps) {
        return InterventionFact.gold(cpt, minutes,
                new Parameters(sets, reps, null, null, null, null, null, null, null, null, null));
    }

    private static DictationScore score(NoteFacts gold, NoteFacts predicted) {
        return Scorer.score(gold, ProductShape.of(predicted));
    }

    @Test
    void goldScoredAgainstItselfIsOneEverywhere() throws Exception {
        List<DictationScore> scores = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            for (GoldFile g : GoldCorpus.load(Home.dir().resolve("corpus").resolve(split))) {
                DictationScore s = Scorer.score(g.expected(), ProductShape.of(g.expected()));
                assertTrue(s.misses().isEmpty(), g.id() + ": " + s.misses());
                scores.add(s);
            }
        }
        Map<String, Double> metrics = ScoreSheet.of(scores).metrics();
        assertEquals(14, metrics.size());
        metrics.forEach((name, v) -> assertEquals(1.0, v, EPS, name));
    }

    @Test
    void emptyAnswerScoresZero() {
        NoteFacts gold = facts(List.of(iv("97110", 23, 3, 10), iv("97140", 10, null, null)),
                List.of(MeasureFact.gold("berg_balance_scale", 48, 56.0, 42.0)), 33,
                List.of(CodeFact.gold("97110", 1), CodeFact.gold("97140", 1)), List.of("intent_unclear"));
        DictationScore s = Scorer.score(gold, ProductShape.empty());
        ScoreSheet sheet = ScoreSheet.of(List.of(s));
        for (String m : List.of("interventions_precision", "interventions_recall", "interventions_f1",
                "measures_precision", "measures_recall", "measures_f1", "codes_precision", "codes_recall", "codes_f1",
                "claim_exact", "total_minutes_acc", "warnings_recall")) {
            assertEquals(0.0, sheet.metrics().get(m), EPS, m);
        }
        // nothing matched, so there is nothing to judge minutes or parameters on
        assertTrue(sheet.metrics().get("minutes_acc").isNaN());
        assertTrue(sheet.metrics().get("params_acc").isNaN());
        assertEquals(2 + 1 + 2 + 1 + 1, s.misses().size(), s.misses().toString());
    }

    @Test
    void oneCodeWrongIsOneFalsePositiveAndOneFalseNegative() {
        DictationScore s = score(codes(CodeFact.gold("97110", 2), CodeFact.gold("97140", 1)),
                codes(CodeFact.gold("97110", 2), CodeFact.gold("97112", 1)));
        assertEquals(new Tally(1, 1, 1), s.codes());
        assertEquals(0.5, s.codes().f1(), EPS);
        assertFalse(s.claimExact());
    }

    @Test
    void wrongUnitsIsAMissedPairAndAWrongLine() {
        DictationScore s = score(codes(CodeFact.gold("97110", 2), CodeFact.gold("97140", 1)),
                codes(CodeFact.gold("97110", 1), CodeFact.gold("97140", 1)));
        assertEquals(new Tally(1, 1, 1), s.codes());
        assertFalse(s.claimExact());
        assertEquals(1, s.misses().size());
        Miss m = s.misses().get(0);
        assertEquals(Miss.Kind.WRONG, m.kind());
        assertEquals("units", m.field());
        assertEquals("97110", m.item());
    }

    @Test
    void codeOrderDoesNotMatterForClaimExact() {
        DictationScore s = score(codes(CodeFact.gold("97110", 2), CodeFact.gold("97140", 1)),
                codes(CodeFact.gold("97140", 1), CodeFact.gold("97110", 2)));
        assertTrue(s.claimExact());
        assertEquals(1.0, s.codes().f1(), EPS);
    }

    @Test
    void measureWithinFiveHundredthsMatches() {
        NoteFacts gold = measures(MeasureFact.gold("timed_up_and_go", 14.6, null, null));
        assertEquals(new Tally(1, 0, 0), score(gold, measures(MeasureFact.gold("timed_up_and_go", 14.64, null, null)))
                .measures());
        assertEquals(new Tally(1, 0, 0), score(gold, measures(MeasureFact.gold("timed_up_and_go", 14.65, null, null)))
                .measures());
        assertEquals(new Tally(1, 0, 0), score(gold, measures(MeasureFact.gold("timed_up_and_go", 14.56, null, null)))
                .measures());
    }

    @Test
    void measureOffBySixHundredthsDoesNotMatch() {
        NoteFacts gold = measures(MeasureFact.gold("timed_up_and_go", 14.6, null, null));
        DictationScore s = score(gold, measures(MeasureFact.gold("timed_up_and_go", 14.66, null, null)));
        assertEquals(new Tally(0, 1, 1), s.measures());
        assertEquals(List.of(Miss.Kind.WRONG), s.misses().stream().map(Miss::kind).toList());
    }

    @Test
    void measureNeedsTheSameMeasureId() {
        DictationScore s = score(measures(MeasureFact.gold("nprs", 4, 10.0, null)),
                measures(MeasureFact.gold("psfs", 4, 10.0, null)));
        assertEquals(new Tally(0, 1, 1), s.measures());
    }

    @Test
    void duplicateMeasuresCountAsAMultiset() {
        NoteFacts gold = measures(MeasureFact.gold("grip_strength", 22, null, null),
                MeasureFact.gold("grip_strength", 18, null, null));
        DictationScore twice = score(gold, measures(MeasureFact.gold("grip_strength", 22, null, null),
                MeasureFact.gold("grip_strength", 22, null, null)));
        assertEquals(new Tally(1, 1, 1), twice.measures());
        DictationScore swapped = score(gold, measures(MeasureFact.gold("grip_strength", 18, null, null),
                MeasureFact.gold("grip_strength", 22, null, null)));
        assertEquals(new Tally(2, 0, 0), swapped.measures());
    }

    @Test
    void duplicateCodesAndInterventionsCountAsMultisets() {
        DictationScore c = score(codes(CodeFact.gold("97110", 1), CodeFact.gold("97110", 1)),
                codes(CodeFact.gold("97110", 1)));
        assertEquals(new Tally(1, 0, 1), c.codes());
        // the very same object twice is still two items
        CodeFact same = CodeFact.gold("97140", 1);
        assertEquals(new Tally(1, 1, 0), Scorer.score(codes(same), codes(same, same)).codes());
        DictationScore i = score(interventions(iv("97110", 10, null, null)),
                interventions(iv("97110", 10, null, null), iv("97110", 5, null, null)));
        assertEquals(new Tally(1, 1, 0), i.interventions());
        assertEquals(new Ratio(1, 1), i.minutes());
    }

    @Test
    void minutesAreJudgedOnMatchedInterventionsAndNullEqualsNull() {
        DictationScore s = score(
                interventions(iv("97110", 22, null, null), iv("97140", null, null, null), iv("97116", 8, null, null)),
                interventions(iv("97110", 12, null, null), iv("97140", null, null, null), iv("97530", 8, null, null)));
        assertEquals(new Ratio(1, 2), s.minutes());
        assertEquals(new Tally(2, 1, 1), s.interventions());
    }

    @Test
    void paramsCountEachOfSetsAndRepsThatGoldStates() {
        DictationScore s = score(interventions(iv("97110", 10, 3, 10), iv("97112", 10, null, 12)),
                interventions(iv("97110", 10, 3, 15), iv("97112", 10, 2, 12)));
        // 97110 sets right, reps wrong; 97112 reps right (its sets are not in gold)
        assertEquals(new Ratio(2, 3), s.params());
    }

    @Test
    void misCodedActivityShowsInTheConfusionAlignment() {
        DictationScore s = score(interventions(iv("97110", 10, null, null), iv("97112", 15, null, null)),
                interventions(iv("97110", 10, null, null), iv("97530", 15, null, null), iv("97010", 10, null, null)));
        assertEquals(List.of(new CptPair("97110", "97110"), new CptPair("97112", "97530"),
                new CptPair(CptPair.NONE, "97010")), s.cptAlignment());
        assertEquals(new Tally(1, 0, 0), s.perCpt().get("97110"));
        assertEquals(new Tally(0, 0, 1), s.perCpt().get("97112"));
        assertEquals(new Tally(0, 1, 0), s.perCpt().get("97530"));
        ScoreSheet sheet = ScoreSheet.of(List.of(s));
        assertEquals(Map.of("97530", 1), sheet.confusion().get("97112"));
        assertEquals(Map.of("97010", 1), sheet.confusion().get(CptPair.NONE));
    }

    @Test
    void warningsRecallCountsGoldKindsFoundAmongPredicted() {
        NoteFacts gold = facts(List.of(), List.of(), 0, List.of(), List.of("missing_minutes", "intent_unclear"));
        NoteFacts pred = facts(List.of(), List.of(), 0, List.of(),
                List.of("intent_unclear", "unit_tie", "missing_outcome_measure"));
        assertEquals(new Ratio(1, 2), score(gold, pred).warnings());
    }

    @Test
    void totalMinutesMustBeEqual() {
        NoteFacts gold = facts(List.of(), List.of(), 32, List.of(), List.of());
        assertTrue(score(gold, facts(List.of(), List.of(), 32, List.of(), List.of())).totalMinutesRight());
        assertFalse(score(gold, facts(List.of(), List.of(), 22, List.of(), List.of())).totalMinutesRight());
    }

    @Test
    void microAverageAddsCountsNotRates() {
        DictationScore a = score(codes(CodeFact.gold("97110", 1)), codes(CodeFact.gold("97110", 1)));
        DictationScore b = score(codes(CodeFact.gold("97110", 1), CodeFact.gold("97140", 1), CodeFact.gold("97112", 1)),
                codes());
        ScoreSheet sheet = ScoreSheet.of(List.of(a, b));
        assertEquals(new Tally(1, 0, 3), sheet.codes());
        assertEquals(0.25, sheet.codes().recall(), EPS);
        assertEquals(new Ratio(1, 2), sheet.claimExact());
    }

    @Test
    void bothSidesEmptyIsPerfectAgreement() {
        assertEquals(1.0, Tally.ZERO.f1(), EPS);
        assertEquals(0.0, new Tally(0, 2, 0).precision(), EPS);
        assertEquals(0.0, new Tally(0, 0, 2).recall(), EPS);
    }

    @Test
    void readsTheProductsOwnNoteJson() throws Exception {
        GoldFile g = GoldCorpus.load(Home.dir().resolve("corpus/dev")).get(0);
        DictationResult r = new TextEvaluation(Scribe.standard()).evaluate(g, Transcript.ofText(g.dictation()));
        assertEquals(null, r.error());
        assertEquals(g.dictation(), r.transcript());
        ScoreSheet.of(List.of(r.score())).metrics().forEach((name, v) ->
                assertTrue(v.isNaN() || (v >= 0 && v <= 1), name + " = " + v));
    }
}
