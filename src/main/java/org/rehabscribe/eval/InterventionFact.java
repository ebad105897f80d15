package org.rehabscribe.eval;

import java.util.List;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Span;

/**
 * One intervention as a gold file states it or as the product's note JSON reports it: its CPT
 * code, minutes ({@code null} when not dictated) and parameters. {@code evidence} is where the
 * product found it in its transcript; gold items have none.
 */
public record InterventionFact(String cpt, Integer minutes, Parameters parameters, List<Span> evidence) {
    public InterventionFact {
        evidence = List.copyOf(evidence);
    }

    public static InterventionFact gold(String cpt, Integer minutes, Parameters parameters) {
        return new InterventionFact(cpt, minutes, parameters, List.of());
    }
}
