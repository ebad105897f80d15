package org.rehabscribe.eval;

import java.util.List;

/**
 * Everything the scorer compares, in the shape of a gold file's {@code expected} block
 * (CONTRACT s.3): interventions, outcome measures, total timed minutes, billed codes and
 * warning kinds. Gold files and the product's note JSON ({@link FactsReader}) both read
 * into this record, so scoring is symmetric and needs nothing but the JSON.
 */
public record NoteFacts(List<InterventionFact> interventions, List<MeasureFact> measures, Integer totalTimedMinutes,
                        List<CodeFact> codes, List<String> warnings) {
    public static final NoteFacts EMPTY = new NoteFacts(List.of(), List.of(), null, List.of(), List.of());

    public NoteFacts {
        interventions = List.copyOf(interventions);
        measures = List.copyOf(measures);
        codes = List.copyOf(codes);
        warnings = List.copyOf(warnings);
    }
}
