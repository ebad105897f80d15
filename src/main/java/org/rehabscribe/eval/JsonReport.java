package org.rehabscribe.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.rehabscribe.speech.WordErrorRate;

/**
 * {@code evaluation/report-<split>.json}. Top level: the metric keys of CONTRACT s.4 for the
 * typed dictations ({@code interventions_f1}, {@code minutes_acc}, ..., {@code warnings_recall})
 * and, with {@code --audio}, {@code wer} and {@code term_recall} over all voices; every figure
 * is in 0..1, or null where its denominator is empty. Then {@code counts}, {@code per_cpt},
 * {@code confusion} (gold code -> predicted code -> count, "none" for missed or spurious),
 * {@code audio} (the same metrics from speech, per voice and over all voices), per-dictation
 * results, and {@code provenance}.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(EvalReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(EvalReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("split", r.split());
        root.put("corpus", r.provenance().corpus());
        ScoreSheet text = r.textSheet();
        metrics(root, text);
        if (r.audio()) {
            rate(root, "wer", AudioEvaluation.rate(r.wer()));
            rate(root, "term_recall", r.termRecall().value());
        }
        counts(root.putObject("counts"), r, text);
        ObjectNode perCpt = root.putObject("per_cpt");
        text.perCpt().forEach((cpt, t) -> tally(perCpt.putObject(cpt), t));
        confusion(root.putObject("confusion"), text.confusion());
        if (r.audio()) {
            audio(root.putObject("audio"), r);
        }
        ArrayNode dictations = root.putArray("dictations");
        r.text().forEach(d -> dictation(dictations.addObject(), d));
        provenance(root.putObject("provenance"), r.provenance());
        return root;
    }

    private static void metrics(ObjectNode o, ScoreSheet s) {
        s.metrics().forEach((k, v) -> rate(o, k, v));
    }

    private static void counts(ObjectNode o, EvalReport r, ScoreSheet s) {
        r.goldCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> o.put("gold_" + e.getKey(), e.getValue()));
        tally(o.putObject("interventions"), s.interventions());
        ratio(o.putObject("minutes"), s.minutes());
        ratio(o.putObject("params"), s.params());
        tally(o.putObject("measures"), s.measures());
        tally(o.putObject("codes"), s.codes());
        ratio(o.putObject("claim_exact"), s.claimExact());
        ratio(o.putObject("total_minutes"), s.totalMinutes());
        ratio(o.putObject("warnings"), s.warnings());
        o.put("product_failures", r.text().stream().filter(d -> d.error() != null).count());
    }

    private static void confusion(ObjectNode o, Map<String, Map<String, Integer>> c) {
        c.forEach((gold, row) -> {
            ObjectNode r = o.putObject(gold);
            row.forEach(r::put);
        });
    }

    private static void audio(ObjectNode o, EvalReport r) {
        ObjectNode voices = o.putObject("voices");
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            ObjectNode vo = voices.putObject(v.voice().name());
            speech(vo, v.sheet(), v.wer(), v.terms());
            vo.put("renditions", v.results().size());
            vo.put("missing", v.missing().size());
            if (v.problem() != null) {
                vo.put("problem", v.problem());
            }
            ObjectNode files = vo.putObject("files");
            for (AudioEvaluation.AudioResult a : v.results()) {
                ObjectNode f = files.putObject(a.result().gold().id());
                rate(f, "wer", a.wer().rate());
                rate(f, "term_recall", a.terms().ratio().value());
                f.put("claim_exact", a.result().score().claimExact());
                f.put("transcript", a.result().transcript());
            }
        }
        speech(o.putObject("overall"), r.audioSheet(), r.wer(), r.termRecall());
    }

    private static void speech(ObjectNode o, ScoreSheet s, WordErrorRate.Result wer, Ratio terms) {
        metrics(o, s);
        rate(o, "wer", AudioEvaluation.rate(wer));
        rate(o, "term_recall", terms.value());
        o.put("wer_errors", wer.errors());
        o.put("wer_reference_words", wer.referenceWords());
        ratio(o.putObject("terms"), terms);
    }

    private static void dictation(ObjectNode o, DictationResult d) {
        DictationScore s = d.score();
        o.put("id", d.gold().id());
        o.put("flags", d.gold().flags());
        o.put("claim_exact", s.claimExact());
        o.put("total_minutes_right", s.totalMinutesRight());
        tally(o.putObject("interventions"), s.interventions());
        tally(o.putObject("measures"), s.measures());
        tally(o.putObject("codes"), s.codes());
        o.put("misses", s.misses().size());
        if (d.error() != null) {
            o.put("error", d.error());
        }
    }

    private static void provenance(ObjectNode o, Provenance p) {
        o.put("date", p.date());
        o.put("git_commit", p.commit());
        o.put("corpus", p.corpus());
        o.put("corpus_files", p.corpusFiles());
        o.put("corpus_sha256", p.corpusSha256());
        o.put("resources_sha256", p.resourcesSha256());
        ObjectNode res = o.putObject("resources");
        p.resources().forEach(res::put);
        o.put("classes_sha256", p.classesSha256());
        ObjectNode models = o.putObject("models");
        p.models().forEach(models::put);
        ObjectNode audio = o.putObject("audio");
        p.audio().forEach(audio::put);
        o.put("java", p.java());
    }

    private static void tally(ObjectNode o, Tally t) {
        o.put("tp", t.tp());
        o.put("fp", t.fp());
        o.put("fn", t.fn());
        rate(o, "precision", t.precision());
        rate(o, "recall", t.recall());
        rate(o, "f1", t.f1());
    }

    private static void ratio(ObjectNode o, Ratio r) {
        o.put("hits", r.hits());
        o.put("total", r.total());
        rate(o, "value", r.value());
    }

    /** Full double precision, so an independent scorer can be compared exactly; NaN as null. */
    private static void rate(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
