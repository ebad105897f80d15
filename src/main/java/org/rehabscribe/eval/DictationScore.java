package org.rehabscribe.eval;

import java.util.List;
import java.util.Map;

/**
 * How one product note compares with its gold file: the counts behind every metric of
 * CONTRACT s.4, per-CPT counts, the CPT alignment for the confusion table, and the misses.
 * Counts, not rates, so that a corpus is scored by adding them up ({@link ScoreSheet}).
 */
public record DictationScore(Tally interventions, Ratio minutes, Ratio params, Tally measures, Tally codes,
                             boolean claimExact, boolean totalMinutesRight, Ratio warnings,
                             Map<String, Tally> perCpt, List<CptPair> cptAlignment, List<Miss> misses) {
    public DictationScore {
        perCpt = Map.copyOf(perCpt);
        cptAlignment = List.copyOf(cptAlignment);
        misses = List.copyOf(misses);
    }
}
