package dev.recovery.plans.workout;

import dev.recovery.core.unit.Checks;

/**
 * What a step of a workout is for. The ids are the JSON contract of the exports:
 * {@code warmup}, {@code work}, {@code recovery}, {@code cooldown}, {@code strides}.
 */
public enum StepType {
    /** Easy running before the main set, 10-15 min or 2-3 km. */
    WARMUP,
    /** The main set (or, in zone E, the run itself): the part a session is for. */
    WORK,
    /** A jog or walk between work bouts or strides. */
    RECOVERY,
    /** Easy running after the main set, 10-15 min. */
    COOLDOWN,
    /** A stride: about 20 s (100 m) quick and relaxed, not a sprint. */
    STRIDES;

    /** {@return the id written to JSON and shown to users: {@code warmup}, {@code work}, ...} */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id ({@code warmup}, {@code work}, {@code recovery}, {@code cooldown}, {@code strides}).
     *
     * @param text the id, any case
     * @return the step type
     * @throws IllegalArgumentException naming {@code step type}, the text and the accepted ids
     */
    public static StepType parse(String text) {
        return Checks.parseEnum("step type", text, StepType.class);
    }
}
