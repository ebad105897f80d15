package org.rehabscribe.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recall of domain terms in a transcript (CONTRACT s.4, speech): the intervention, activity,
 * measure and evaluation names of the extractor's vocabulary that the gold dictation contains
 * ({@link DomainTerms#find}), and how many of them the transcript contains too. Both sides are
 * compared in {@link SpokenForm}; a term said twice must be heard twice. Thread-safe.
 */
public final class TermRecall {
    /** Terms found out of terms said, and the ones not heard (one entry per miss). */
    public record Check(Ratio ratio, List<String> missed) {
        public Check {
            missed = List.copyOf(missed);
        }
    }

    private final DomainTerms terms;

    public TermRecall(DomainTerms terms) {
        this.terms = terms;
    }

    public Check check(String dictation, String transcript) {
        Map<String, List<String>> said = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        for (DomainTerms.Phrase p : terms.find(SpokenForm.words(dictation))) {
            said.putIfAbsent(p.text(), p.words());
            times.merge(p.text(), 1, Integer::sum);
        }
        List<String> heard = SpokenForm.words(transcript);
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : said.entrySet()) {
            int n = times.get(e.getKey());
            int k = Math.min(n, DomainTerms.occurrences(heard, e.getValue()));
            total += n;
            found += k;
            for (int i = k; i < n; i++) {
                missed.add(e.getKey());
            }
        }
        return new Check(new Ratio(found, total), missed);
    }
}
