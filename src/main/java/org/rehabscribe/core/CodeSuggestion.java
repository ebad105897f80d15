package org.rehabscribe.core;

import java.util.List;

/** One billable line: a code, its units under the payer's rule, modifiers and justification. */
public record CodeSuggestion(String code, int units, Integer minutes, List<String> modifiers,
                             String rationale, List<Span> evidence) {
    public CodeSuggestion {
        modifiers = List.copyOf(modifiers);
        evidence = List.copyOf(evidence);
    }
}
