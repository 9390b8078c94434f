package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import java.time.DayOfWeek;

/**
 * The runner's choices a {@link LoadReport} depends on.
 *
 * @param model       how session loads are obtained (RPE, TRIMP, estimate)
 * @param weekStart   the day weeks start on, for weekly volume and the 10% rule
 * @param unit        the runner's distance unit, for shoe thresholds and messages
 * @param seed        fitness and fatigue on the day before the log starts
 * @param recentWeeks how many weeks of volume to report, 2 to 52 (the current one included)
 * @since 0.1.0
 */
public record LoadSettings(LoadModel model, DayOfWeek weekStart, DistanceUnit unit, FitnessFatigue seed, int recentWeeks) {

    /** Weeks of volume reported by default: the current one and the three before, the chronic window. */
    public static final int DEFAULT_RECENT_WEEKS = 4;
    /** Session-RPE model, weeks from Monday, kilometres, no seed, 4 weeks. */
    public static final LoadSettings DEFAULT = new LoadSettings(LoadModel.sessionRpe(), DayOfWeek.MONDAY, DistanceUnit.KM,
            FitnessFatigue.ZERO, DEFAULT_RECENT_WEEKS);

    /** @throws IllegalArgumentException naming the first missing or invalid component */
    public LoadSettings {
        Checks.required("load model", model, "a load model");
        Checks.required("week-start", weekStart, "a day of the week, e.g. monday");
        Checks.required("units", unit, "km or mi");
        Checks.required("seed", seed, "starting fitness and fatigue");
        Checks.inRange("recent weeks", recentWeeks, 2, 52);
    }

    /** The defaults: see {@link #DEFAULT}. */
    public static LoadSettings defaults() {
        return DEFAULT;
    }

    /** A copy with {@code value} as the load model. */
    public LoadSettings withModel(LoadModel value) {
        return new LoadSettings(value, weekStart, unit, seed, recentWeeks);
    }

    /** A copy with weeks starting on {@code value}. */
    public LoadSettings withWeekStart(DayOfWeek value) {
        return new LoadSettings(model, value, unit, seed, recentWeeks);
    }

    /** A copy using {@code value} as the distance unit. */
    public LoadSettings withUnit(DistanceUnit value) {
        return new LoadSettings(model, weekStart, value, seed, recentWeeks);
    }

    /** A copy starting fitness and fatigue from {@code value}. */
    public LoadSettings withSeed(FitnessFatigue value) {
        return new LoadSettings(model, weekStart, unit, value, recentWeeks);
    }

    /** A copy reporting {@code value} weeks of volume. */
    public LoadSettings withRecentWeeks(int value) {
        return new LoadSettings(model, weekStart, unit, seed, value);
    }
}
