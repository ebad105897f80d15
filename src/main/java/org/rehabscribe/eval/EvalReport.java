package org.rehabscribe.eval;

import java.util.List;
import java.util.Map;
import org.rehabscribe.speech.WordErrorRate;

/**
 * Everything one {@code ./scribe eval} run measured: the text-pipeline results on every gold
 * dictation, the audio runs (one per voice; empty without {@code --audio}) and provenance.
 * The writers ({@link ConsoleTable}, {@link MarkdownReport}, {@link JsonReport}) only format it.
 */
public record EvalReport(String split, Provenance provenance, List<DictationResult> text,
                         List<AudioEvaluation.VoiceRun> voices, double seconds) {
    public EvalReport {
        text = List.copyOf(text);
        voices = List.copyOf(voices);
    }

    public ScoreSheet textSheet() {
        return ScoreSheet.of(text.stream().map(DictationResult::score).toList());
    }

    public boolean audio() {
        return !voices.isEmpty();
    }

    /** The chain from speech over every voice together. */
    public ScoreSheet audioSheet() {
        return ScoreSheet.of(voices.stream().flatMap(v -> v.results().stream()).map(r -> r.result().score()).toList());
    }

    public WordErrorRate.Result wer() {
        return voices.stream().map(AudioEvaluation.VoiceRun::wer).reduce(WordErrorRate.Result.ZERO,
                WordErrorRate.Result::plus);
    }

    public Ratio termRecall() {
        return voices.stream().map(AudioEvaluation.VoiceRun::terms).reduce(Ratio.ZERO, Ratio::plus);
    }

    /** Count and sum of the gold items, for the report header. */
    public Map<String, Integer> goldCounts() {
        int iv = 0;
        int ms = 0;
        int codes = 0;
        int warnings = 0;
        for (DictationResult r : text) {
            NoteFacts e = r.gold().expected();
            iv += e.interventions().size();
            ms += e.measures().size();
            codes += e.codes().size();
            warnings += e.warnings().size();
        }
        return Map.of("dictations", text.size(), "interventions", iv, "outcome_measures", ms, "codes", codes,
                "warnings", warnings);
    }
}
