package org.rehabscribe.eval;

import java.util.List;
import org.rehabscribe.core.Span;

/**
 * One outcome-measure value (CONTRACT s.3): the measure id, the latest value, the scale maximum
 * and the previous value when stated, the unit when given. {@code evidence} as in
 * {@link InterventionFact}.
 */
public record MeasureFact(String measure, double value, Double max, Double previous, String unit,
                          List<Span> evidence) {
    public MeasureFact {
        evidence = List.copyOf(evidence);
    }

    public static MeasureFact gold(String measure, double value, Double max, Double previous) {
        return new MeasureFact(measure, value, max, previous, null, List.of());
    }
}
