package org.rehabscribe.extract;

import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Transcript;

/**
 * The extraction stage: from what the therapist said to interventions, parameters, minutes
 * and outcome measures, each with the transcript words that justify it. Implementations
 * are immutable and safe to share between threads.
 */
public interface Extractor {
    Extraction extract(Transcript transcript, ContextHints hints);
}
