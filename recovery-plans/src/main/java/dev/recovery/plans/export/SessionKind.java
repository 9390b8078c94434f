package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;

/** What a line of an exported plan is: a run, strength, cross-training, yoga, mobility or rest. */
public enum SessionKind {
    /** A run, including the race. */
    RUN,
    /** A strength workout. */
    STRENGTH,
    /** Low-impact cross-training. */
    CROSS,
    /** A yoga session. */
    YOGA,
    /** A mobility session other than yoga. */
    MOBILITY,
    /** A full rest day. */
    REST;

    /** The id used in CSV, JSON and the legend: {@code run}, {@code strength}, ... */
    public String id() {
        return Checks.id(this);
    }
}
