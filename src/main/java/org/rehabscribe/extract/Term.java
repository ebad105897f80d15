package org.rehabscribe.extract;

/**
 * A vocabulary entry of {@code terms.tsv}: a phrase and what it names.
 * {@code kind} says what: an activity done in the session, a category (the name of a code:
 * "therapeutic exercise", "neuro re-ed"), an outcome measure, or an evaluation.
 * {@code target} is a CPT code, a measure id, or "eval"/"reeval". {@code ambiguous} marks
 * activities whose code depends on the stated goal (squats: strength or balance?);
 * {@code weak} marks equipment and devices, which show an activity only together with
 * minutes, parameters or another term of the same code.
 * {@code testMeasure} names the outcome measure an exercise doubles as ("single leg stance
 * was 12 seconds"), null for most terms.
 */
public record Term(String phrase, Kind kind, String target, boolean ambiguous, boolean weak, String testMeasure) {
    public enum Kind { ACTIVITY, CATEGORY, MEASURE, EVAL, OTHER }
}
