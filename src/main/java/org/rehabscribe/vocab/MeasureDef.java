package org.rehabscribe.vocab;

/**
 * One outcome measure of {@code measures.tsv}: its scale, which direction is better, and whether
 * each score is of a task the patient named ("PSFS reaching overhead 6/10").
 */
public record MeasureDef(String id, String label, String unit, double min, Double max, boolean higherIsBetter,
                         boolean scoresNamedTask) {}
