package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rehabscribe.core.Note;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.note.NoteJson;
import org.rehabscribe.pipeline.Scribe;

/**
 * Runs the text pipeline on each gold dictation with the gold context as flags, exactly as
 * {@code ./scribe note FILE.txt --format json --payer .. --discipline .. [--telehealth]} would,
 * and scores the note JSON. Stateless; {@link #evaluate} is thread-safe when the scribe is.
 */
public final class TextEvaluation {
    private final Scribe scribe;

    public TextEvaluation(Scribe scribe) {
        this.scribe = scribe;
    }

    public List<DictationResult> run(List<GoldFile> corpus) {
        List<DictationResult> out = new ArrayList<>();
        for (GoldFile g : corpus) {
            out.add(evaluate(g, Transcript.ofText(g.dictation())));
        }
        return out;
    }

    /** Processes {@code transcript} (typed or recognised) under the gold context and scores it. */
    public DictationResult evaluate(GoldFile gold, Transcript transcript) {
        JsonNode json;
        try {
            Note note = scribe.process(transcript, gold.hints());
            json = NoteJson.tree(note);
        } catch (RuntimeException e) {
            return failed(gold, transcript.text(), e);
        }
        return score(gold, json);
    }

    /** Scores a note JSON, however produced, against its gold file. */
    public static DictationResult score(GoldFile gold, JsonNode noteJson) {
        return new DictationResult(gold, FactsReader.transcript(noteJson), Scorer.score(gold.expected(), noteJson),
                null);
    }

    static DictationResult failed(GoldFile gold, String transcript, Exception e) {
        return new DictationResult(gold, transcript, Scorer.score(gold.expected(), NoteFacts.EMPTY),
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
