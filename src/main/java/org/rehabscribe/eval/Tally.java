package org.rehabscribe.eval;

/**
 * True positives, false positives and false negatives of one multiset comparison; add them up
 * over a corpus with {@link #plus} and take the rates of the sum (micro average).
 *
 * <p>Conventions for empty sides: nothing expected and nothing predicted is perfect agreement
 * (1, 1, 1); an empty answer to a non-empty gold list scores 0 everywhere, as does a
 * non-empty answer to an empty gold list. {@code tools/score_notes.py} uses the same.
 */
public record Tally(int tp, int fp, int fn) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Whether both sides are exactly the same multiset. */
    public boolean exact() {
        return fp == 0 && fn == 0;
    }
}
