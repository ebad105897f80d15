package org.rehabscribe.core;

import java.util.List;

/**
 * What the extraction stage understood from a transcript: the session context (flags
 * applied over what was inferred), interventions in order of first mention, outcome
 * measures, the total treatment time if dictated, and warnings about the dictation itself.
 */
public record Extraction(Transcript transcript, SessionContext context, List<Intervention> interventions,
                         List<OutcomeMeasure> outcomeMeasures, Integer totalTreatmentMinutes,
                         List<Warning> warnings) {
    public Extraction {
        interventions = List.copyOf(interventions);
        outcomeMeasures = List.copyOf(outcomeMeasures);
        warnings = List.copyOf(warnings);
    }
}
