package dev.recovery.importer.fit;

import dev.recovery.core.unit.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One step of a planned workout, as a watch runs it: e.g. "warm-up 2 km", "active 800 m at
 * 3:55-4:05 per km", "recovery 2 min", "cool-down, open".
 *
 * @param name      the step's label on the watch, if any (at most {@link FitWorkout#MAX_NAME_BYTES} bytes of UTF-8)
 * @param intensity warm-up, active, recovery, rest or cool-down
 * @param duration  a distance, a time, or open
 * @param target    the pace range, if any
 */
public record FitWorkoutStep(Optional<String> name, FitIntensity intensity, FitStepDuration duration,
        Optional<FitSpeedTarget> target) implements FitWorkoutItem {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public FitWorkoutStep {
        Checks.required("name", name, "a name, or none");
        name.ifPresent(n -> FitWorkout.checkName("step-name", n));
        Checks.requiredOneOf("intensity", intensity, FitIntensity.class);
        Checks.required("duration", duration, "a distance, a time or open");
        Checks.required("target", target, "a pace range, or none");
    }

    /**
     * A step without a name.
     *
     * @param intensity the intensity
     * @param duration  how long
     * @param target    the pace range, or {@code null} for none
     * @return the step
     */
    public static FitWorkoutStep of(FitIntensity intensity, FitStepDuration duration, FitSpeedTarget target) {
        return new FitWorkoutStep(Optional.empty(), intensity, duration, Optional.ofNullable(target));
    }

    /**
     * A copy with a label.
     *
     * @param value the label
     * @return the step
     */
    public FitWorkoutStep withName(String value) {
        return new FitWorkoutStep(Optional.of(value), intensity, duration, target);
    }

    @Override
    public int messageCount() {
        return 1;
    }

    static int nameBytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
