package org.rehabscribe.vocab;

/** One outcome measure of {@code measures.tsv}: its scale and which direction is better. */
public record MeasureDef(String id, String label, String unit, double min, Double max, boolean higherIsBetter) {}
