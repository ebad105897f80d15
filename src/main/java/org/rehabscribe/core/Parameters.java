package org.rehabscribe.core;

/**
 * Dosage of an intervention as dictated; every field is null when not said.
 * Units are fixed by the JSON contract: load in {@code loadUnit} (lb, kg), distance in
 * {@code distanceUnit} (ft, m).
 */
public record Parameters(Integer sets, Integer reps, Integer holdSeconds, Integer durationMinutes,
                         Double load, String loadUnit, String band, Double distance, String distanceUnit,
                         String assistance, String device) {
    public static final Parameters NONE = new Parameters(null, null, null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Parameters withLoadUnit(String unit) {
        return new Parameters(sets, reps, holdSeconds, durationMinutes, load, unit, band, distance, distanceUnit,
                assistance, device);
    }

    /** Fields of {@code this} where set, otherwise those of {@code other}. */
    public Parameters orElse(Parameters other) {
        return new Parameters(
                sets != null ? sets : other.sets,
                reps != null ? reps : other.reps,
                holdSeconds != null ? holdSeconds : other.holdSeconds,
                durationMinutes != null ? durationMinutes : other.durationMinutes,
                load != null ? load : other.load,
                load != null ? loadUnit : other.loadUnit,
                band != null ? band : other.band,
                distance != null ? distance : other.distance,
                distance != null ? distanceUnit : other.distanceUnit,
                assistance != null ? assistance : other.assistance,
                device != null ? device : other.device);
    }
}
