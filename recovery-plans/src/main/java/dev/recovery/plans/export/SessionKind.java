package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;

/**
 * What a line of an exported plan is: a run, strength, cross-training, the weekly yoga/mobility slot,
 * or rest. These are the kinds of the console's JSON contract (docs/console.md); a yoga/mobility line
 * says which in its type.
 *
 * @since 0.1.0
 */
public enum SessionKind {
    /** A run, including the race. */
    RUN,
    /** A strength workout. */
    STRENGTH,
    /** Low-impact cross-training. */
    CROSS,
    /** The weekly yoga or mobility session (type {@code yoga} or {@code mobility}). */
    YOGA,
    /** A full rest day. */
    REST;

    /** The id used in CSV, JSON and the legend: {@code run}, {@code strength}, ... */
    public String id() {
        return Checks.id(this);
    }
}
