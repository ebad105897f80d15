package org.rehabscribe.core;

import java.util.List;

/**
 * Everything done under one CPT code in the session: the techniques dictated, their summed
 * minutes ({@code null} when the dictation does not say), parameters, and the words that
 * justify each.
 */
public record Intervention(String cpt, String category, Integer minutes, List<String> techniques,
                           Parameters parameters, String intent, List<Span> evidence) {
    public Intervention {
        techniques = List.copyOf(techniques);
        evidence = List.copyOf(evidence);
    }
}
