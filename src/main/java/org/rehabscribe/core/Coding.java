package org.rehabscribe.core;

import java.util.List;

/** The coding stage's answer: billable lines, the rule that produced the units, and warnings. */
public record Coding(String rule, int totalTimedMinutes, int totalUnits, List<CodeSuggestion> codes,
                     List<Warning> warnings) {
    public Coding {
        codes = List.copyOf(codes);
        warnings = List.copyOf(warnings);
    }
}
