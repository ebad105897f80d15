package org.rehabscribe.pipeline;

import java.util.List;
import org.rehabscribe.extract.RuleExtractor;
import org.rehabscribe.speech.HypothesisChooser;

/**
 * Chooses, among the recognizer's readings of an utterance, the one that names the most
 * therapy vocabulary (words covered by terms, after the known-mishearing table), keeping the
 * recognizer's order on ties. Acoustically the readings are near-equal; the one that says
 * "balance training" rather than "balance draining" is the one the therapist meant.
 */
public final class TermHypothesisChooser implements HypothesisChooser {
    private final RuleExtractor extractor;

    public TermHypothesisChooser(RuleExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public int choose(List<String> alternatives) {
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < alternatives.size(); i++) {
            int score = extractor.vocabularyWords(alternatives.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
