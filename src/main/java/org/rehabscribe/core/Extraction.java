package org.rehabscribe.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the extraction stage understood from a transcript: the session context (flags
 * applied over what was inferred), interventions in order of first mention, outcome
 * measures, the total treatment time if dictated, warnings about the dictation itself, and
 * the recognizer's mishearings that were repaired into vocabulary terms.
 */
public record Extraction(Transcript transcript, SessionContext context, List<Intervention> interventions,
                         List<OutcomeMeasure> outcomeMeasures, Integer totalTreatmentMinutes,
                         List<Warning> warnings, List<Repair> repairs) {
    public Extraction {
        interventions = List.copyOf(interventions);
        outcomeMeasures = List.copyOf(outcomeMeasures);
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }

    /** An extraction with nothing repaired (typed text). */
    public Extraction(Transcript transcript, SessionContext context, List<Intervention> interventions,
                      List<OutcomeMeasure> outcomeMeasures, Integer totalTreatmentMinutes, List<Warning> warnings) {
        this(transcript, context, interventions, outcomeMeasures, totalTreatmentMinutes, warnings, List.of());
    }

    /**
     * The transcript as a reader should see it: each repaired mishearing replaced by its term
     * ("plan to continue gait training next visit", not "... gate draining ..."), with the
     * capital of the word it replaces. Overlapping repairs keep the first.
     */
    public String readableText() {
        String text = transcript.text();
        if (repairs.isEmpty()) {
            return text;
        }
        List<Repair> sorted = new ArrayList<>(repairs);
        sorted.sort(Comparator.comparingInt(r -> r.heard().start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Repair r : sorted) {
            Span s = r.heard();
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            out.append(text, at, s.start());
            String term = r.term();
            if (!term.isEmpty() && s.start() < s.end() && Character.isUpperCase(text.charAt(s.start()))) {
                term = Character.toUpperCase(term.charAt(0)) + term.substring(1);
            }
            out.append(term);
            at = s.end();
        }
        out.append(text.substring(at));
        return out.toString();
    }
}
