package org.rehabscribe.eval;

/**
 * One cell of the CPT confusion table: the gold code and the code predicted in its place;
 * {@link #NONE} for a missed gold code (predicted) or a spurious prediction (gold).
 */
public record CptPair(String gold, String predicted) {
    public static final String NONE = "none";
}
