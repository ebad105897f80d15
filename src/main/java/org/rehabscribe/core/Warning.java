package org.rehabscribe.core;

import java.util.List;

/** A documentation gap or billing risk the therapist should see before signing. */
public record Warning(String kind, String message, List<Span> evidence) {
    public Warning {
        evidence = List.copyOf(evidence);
    }

    public static Warning of(String kind, String message) {
        return new Warning(kind, message, List.of());
    }
}
