package dev.recovery.plans.plan;

import dev.recovery.core.unit.Checks;

/**
 * The strength exercises docs/reference/plans.md lists for runners (Chung/Postma; a runner's recovery account; the leg-ache guide, 2025).
 *
 * @since 0.1.0
 */
public enum StrengthExercise {
    /** Back or goblet squat. */
    SQUAT,
    /** A deadlift variation: Romanian deadlift. */
    ROMANIAN_DEADLIFT,
    /** Heavy-loaded calf raises. */
    HEAVY_CALF_RAISE,
    /** Single-leg Bulgarian split squat isometric hold, building from 20 s to 2 min. */
    BULGARIAN_SPLIT_SQUAT_HOLD,
    /** Glute medius: kickbacks. */
    GLUTE_MEDIUS_KICKBACK,
    /** Glute bridges. */
    GLUTE_BRIDGE,
    /** Hip hikes (glute medius). */
    HIP_HIKE,
    /** Core: front plank hold. */
    PLANK;

    /** The id shown to users: {@code squat}, {@code bulgarian-split-squat-hold}, ... */
    public String id() {
        return Checks.id(this);
    }
}
