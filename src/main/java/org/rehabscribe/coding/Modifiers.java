package org.rehabscribe.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.SessionContext;
import org.rehabscribe.vocab.Tsv;

/**
 * Modifiers on billed lines: the discipline's therapy modifier (GP, GO) on every line, 95 for
 * telehealth, and 59 on the column-two code of an NCCI pair billed together
 * ({@code ncci-pairs.tsv}).
 */
final class Modifiers {
    private final List<String[]> ncciPairs;

    private Modifiers(List<String[]> ncciPairs) {
        this.ncciPairs = ncciPairs;
    }

    static Modifiers load() {
        return new Modifiers(Tsv.read("/org/rehabscribe/coding/ncci-pairs.tsv", 2));
    }

    List<CodeSuggestion> apply(List<CodeSuggestion> lines, SessionContext ctx) {
        Set<String> billed = new HashSet<>();
        lines.forEach(l -> billed.add(l.code()));
        List<CodeSuggestion> out = new ArrayList<>();
        for (CodeSuggestion l : lines) {
            List<String> mods = new ArrayList<>();
            mods.add(ctx.discipline().modifier());
            for (String[] pair : ncciPairs) {
                if (pair[1].equals(l.code()) && billed.contains(pair[0])) {
                    mods.add("59");
                    break;
                }
            }
            if (ctx.telehealth()) {
                mods.add("95");
            }
            out.add(new CodeSuggestion(l.code(), l.units(), l.minutes(), mods, l.rationale(), l.evidence()));
        }
        return out;
    }
}
