package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import java.util.OptionalInt;

/**
 * Fitness and fatigue at the end of a day (Banister's impulse-response model, shown by apps as
 * CTL/ATL): fitness is the load averaged over about six weeks (tau {@value #FITNESS_TAU_DAYS} days),
 * fatigue over about a week (tau {@value #FATIGUE_TAU_DAYS} days), both in AU per day. Form
 * (TSB) = fitness - fatigue: negative while training harder than usual, positive when rested.
 *
 * @param fitness long-term load, 0 or more AU/day
 * @param fatigue short-term load, 0 or more AU/day
 * @since 0.1.0
 */
public record FitnessFatigue(double fitness, double fatigue) {

    /** Fitness time constant in days (docs/reference/load.md; Banister 1975 via the apps' CTL). */
    public static final int FITNESS_TAU_DAYS = 42;
    /** Fatigue time constant in days (docs/reference/load.md; the apps' ATL). */
    public static final int FATIGUE_TAU_DAYS = 7;
    /** The starting point when not seeded: no fitness, no fatigue. */
    public static final FitnessFatigue ZERO = new FitnessFatigue(0, 0);

    /** A tolerance for rounding in the closed-form day count (a millionth of a day). */
    private static final double DAY_TOLERANCE = 1e-6;

    /** @throws IllegalArgumentException naming {@code fitness} or {@code fatigue} if negative or not finite */
    public FitnessFatigue {
        Checks.inRange("fitness", fitness, 0, DailyLoads.MAX_DAILY_AU, "AU/day");
        Checks.inRange("fatigue", fatigue, 0, DailyLoads.MAX_DAILY_AU, "AU/day");
    }

    /** A seed or a known state. */
    public static FitnessFatigue of(double fitness, double fatigue) {
        return new FitnessFatigue(fitness, fatigue);
    }

    /** Form (TSB) = fitness - fatigue, AU/day. */
    public double form() {
        return fitness - fatigue;
    }

    /** The band {@link #form()} falls in, measured against {@link #fitness()}. */
    public FormBand band() {
        return FormBand.of(form(), fitness);
    }

    /**
     * The state at the end of the next day, after a day of {@code load} AU under {@code convention}.
     *
     * @throws IllegalArgumentException if the load is negative or not finite
     */
    public FitnessFatigue next(double load, Convention convention) {
        Checks.inRange("load", load, 0, DailyLoads.MAX_DAILY_AU, "AU");
        double kc = convention.weight(FITNESS_TAU_DAYS);
        double ka = convention.weight(FATIGUE_TAU_DAYS);
        // Same arithmetic as LoadState, so a day stepped here and there gives the same bits.
        return new FitnessFatigue((1 - kc) * fitness + kc * load, (1 - ka) * fatigue + ka * load);
    }

    /**
     * Whole days of complete rest until form is 0 or more, under {@code convention}: 0 if it already
     * is; empty if it never will (no fitness at all, only fatigue, which only approaches 0).
     *
     * <p>With rest, each value decays as X_n = X x (1 - k)^n, so form >= 0 once
     * n >= ln(fitness/fatigue) / ln((1 - k_fatigue)/(1 - k_fitness)): Runalyze's formula with its
     * lambdas, and the same closed form with each convention's weight.
     */
    public OptionalInt restDaysUntilFreshForm(Convention convention) {
        Checks.required("convention", convention, "goldencheetah, trainingpeaks or runalyze");
        if (fitness >= fatigue) {
            return OptionalInt.of(0);
        }
        if (fitness == 0) {
            return OptionalInt.empty();
        }
        double kc = convention.weight(FITNESS_TAU_DAYS);
        double ka = convention.weight(FATIGUE_TAU_DAYS);
        double days = Math.log(fitness / fatigue) / Math.log((1 - ka) / (1 - kc));
        return OptionalInt.of((int) Math.ceil(days - DAY_TOLERANCE));
    }
}
