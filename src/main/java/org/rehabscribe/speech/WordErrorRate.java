package org.rehabscribe.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: the Levenshtein distance between reference and hypothesis word sequences
 * (substitutions + deletions + insertions) over the number of reference words, after
 * {@link #normalise normalising} both. Stateless and thread-safe.
 *
 * <p>For a corpus figure add the per-file {@link Result}s with {@link Result#plus} and take the
 * rate of the sum (errors over all reference words), not the mean of the per-file rates.
 */
public final class WordErrorRate {
    private WordErrorRate() {}

    /** Edit counts of one alignment; add them up across files with {@link #plus}. */
    public record Result(int substitutions, int deletions, int insertions, int referenceWords) {
        public static final Result ZERO = new Result(0, 0, 0, 0);

        public int errors() {
            return substitutions + deletions + insertions;
        }

        /** errors / reference words; 0 for two empty texts, 1 for any words against an empty reference. */
        public double rate() {
            if (referenceWords == 0) {
                return errors() == 0 ? 0 : 1;
            }
            return (double) errors() / referenceWords;
        }

        public Result plus(Result o) {
            return new Result(substitutions + o.substitutions, deletions + o.deletions, insertions + o.insertions,
                    referenceWords + o.referenceWords);
        }
    }

    /** One step of an alignment: {@code ref} is null for an insertion, {@code hyp} null for a deletion. */
    public record Edit(Kind kind, String ref, String hyp) {
        public enum Kind { MATCH, SUBSTITUTION, DELETION, INSERTION }
    }

    /** WER of {@code hypothesis} against {@code reference}, both normalised first. */
    public static Result compute(String reference, String hypothesis) {
        return compute(normalise(reference), normalise(hypothesis));
    }

    /** WER over already normalised word lists. */
    public static Result compute(List<String> reference, List<String> hypothesis) {
        return count(align(reference, hypothesis), reference.size());
    }

    /**
     * Lower case, hyphens and other punctuation become spaces, apostrophes inside words are
     * kept ("patient's"). Numerals stay as they are: write both sides the same way.
     */
    public static List<String> normalise(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replaceAll("(^|\\s)'+|'+(\\s|$)", " ");
        String trimmed = cleaned.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** A minimum-edit alignment of two word lists, in order; ties prefer match/substitution. */
    public static List<Edit> align(List<String> ref, List<String> hyp) {
        int n = ref.size();
        int m = hyp.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1)) {
                boolean same = ref.get(i - 1).equals(hyp.get(j - 1));
                edits.add(new Edit(same ? Edit.Kind.MATCH : Edit.Kind.SUBSTITUTION, ref.get(i - 1), hyp.get(j - 1)));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                edits.add(new Edit(Edit.Kind.DELETION, ref.get(i - 1), null));
                i--;
            } else {
                edits.add(new Edit(Edit.Kind.INSERTION, null, hyp.get(j - 1)));
                j--;
            }
        }
        Collections.reverse(edits);
        return edits;
    }

    private static Result count(List<Edit> edits, int referenceWords) {
        int s = 0;
        int del = 0;
        int ins = 0;
        for (Edit e : edits) {
            switch (e.kind()) {
                case SUBSTITUTION -> s++;
                case DELETION -> del++;
                case INSERTION -> ins++;
                case MATCH -> { }
            }
        }
        return new Result(s, del, ins, referenceWords);
    }
}
