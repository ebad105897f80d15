package org.rehabscribe.eval;

import java.util.List;
import org.rehabscribe.core.Span;

/** One billed line: code and units. {@code evidence} as in {@link InterventionFact}. */
public record CodeFact(String code, int units, List<Span> evidence) {
    public CodeFact {
        evidence = List.copyOf(evidence);
    }

    public static CodeFact gold(String code, int units) {
        return new CodeFact(code, units, List.of());
    }

    /** The scored pair, e.g. {@code 97110x2}. */
    public String key() {
        return code + "x" + units;
    }
}
