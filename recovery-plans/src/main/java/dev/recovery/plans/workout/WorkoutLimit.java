package dev.recovery.plans.workout;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;

/**
 * One limit a workout is sized within, as a rule: a stable id, its value and unit, its wording for
 * a runner, and its source. {@link IntensityLimits} holds every one.
 *
 * @param id      stable kebab-case id, e.g. {@code workout-interval-share}; never changes between releases
 * @param value   the limit's value in {@code unit}, finite and not negative
 * @param unit    what the value counts: {@code share of the week}, {@code m}, {@code s}, {@code x} (a ratio) or {@code count}
 * @param wording the rule in plain words
 * @param source  where the limit comes from
 */
public record WorkoutLimit(String id, double value, String unit, String wording, Source source) {

    /**
     * Validates the limit.
     *
     * @param id      its stable id
     * @param value   its value
     * @param unit    the value's unit
     * @param wording the rule in plain words
     * @param source  where it comes from
     * @throws IllegalArgumentException naming the field if a part is missing or the value is negative
     */
    public WorkoutLimit {
        Checks.required("id", id, "a kebab-case id");
        Checks.inRange("value", value, 0, Double.MAX_VALUE, unit == null ? "" : unit);
        Checks.required("unit", unit, "a unit");
        Checks.required("wording", wording, "a sentence");
        Checks.required("source", source, "a source");
        // A reason validates the id's form and the wording once, here, where the rule is declared.
        Reason.of(id, wording, source);
    }

    /** {@return the value as whole metres, seconds or a count (for limits in those units)} */
    public int whole() {
        return (int) Math.round(value);
    }

    /** {@return the limit as a reason a plan can show, with its wording and source} */
    public Reason reason() {
        return Reason.of(id, wording, source);
    }
}
