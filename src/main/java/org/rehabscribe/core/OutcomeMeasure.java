package org.rehabscribe.core;

import java.util.List;

/** A standardised test with its current value, the scale maximum and the previous value if said. */
public record OutcomeMeasure(String measure, double value, String unit, Double max, Double previous,
                             List<Span> evidence) {
    public OutcomeMeasure {
        evidence = List.copyOf(evidence);
    }
}
