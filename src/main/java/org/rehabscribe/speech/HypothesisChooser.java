package org.rehabscribe.speech;

import java.util.List;

/**
 * Picks one of the recognizer's n-best readings of an utterance (best first). The speech
 * stage knows sounds, not therapy: a chooser from a later stage can prefer the reading that
 * names vocabulary terms ("balance training" over "balance draining"). Must be thread-safe.
 */
@FunctionalInterface
public interface HypothesisChooser {
    /** The recognizer's own best reading. */
    HypothesisChooser FIRST = alternatives -> 0;

    /** Index into {@code alternatives} (texts, most likely first) of the reading to keep. */
    int choose(List<String> alternatives);
}
