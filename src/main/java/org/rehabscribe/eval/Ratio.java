package org.rehabscribe.eval;

/**
 * Hits out of trials for an accuracy; summed over a corpus with {@link #plus}. With no trials
 * the accuracy is undefined ({@code NaN}, "n/a" in tables, {@code null} in JSON), not 0 or 1.
 */
public record Ratio(int hits, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public static Ratio of(boolean hit) {
        return new Ratio(hit ? 1 : 0, 1);
    }

    public Ratio plus(Ratio o) {
        return new Ratio(hits + o.hits, total + o.total);
    }

    public double value() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }
}
