package dev.recovery.core.load;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;

/**
 * The three fitness/fatigue conventions in use (docs/reference/load.md). All are exponentially weighted
 * averages of daily load with a time constant tau (42 days for fitness, 7 for fatigue), and all
 * can be written X_t = X_(t-1) + k x (load_t - X_(t-1)); they differ only in the weight k, so the
 * same log gives different numbers in each app:
 * <ul>
 *   <li>GoldenCheetah: X_t = load_t x (1 - e^(-1/tau)) + X_(t-1) x e^(-1/tau), so k = 1 - e^(-1/tau)</li>
 *   <li>TrainingPeaks: X_t = X_(t-1) + (load_t - X_(t-1)) / tau, so k = 1/tau</li>
 *   <li>Runalyze: k = lambda = 2 / (tau + 1)</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum Convention {
    /** k = 1 - e^(-1/tau). */
    GOLDENCHEETAH(Sources.GOLDENCHEETAH),
    /** k = 1/tau. */
    TRAININGPEAKS(Sources.TRAININGPEAKS),
    /** k = 2/(tau + 1). */
    RUNALYZE(Sources.RUNALYZE);

    private final Source source;

    Convention(Source source) {
        this.source = source;
    }

    /**
     * The weight k of today's load for time constant {@code tauDays}.
     *
     * @throws IllegalArgumentException if {@code tauDays} is not from 1 to 1000
     */
    public double weight(double tauDays) {
        Checks.inRange("tau", tauDays, 1, 1000, "days");
        switch (this) {
            case GOLDENCHEETAH:
                return 1 - Math.exp(-1 / tauDays);
            case TRAININGPEAKS:
                return 1 / tauDays;
            case RUNALYZE:
            default:
                return 2 / (tauDays + 1);
        }
    }

    /** Where the convention comes from. */
    public Source source() {
        return source;
    }

    /** The id shown to users: {@code goldencheetah}, {@code trainingpeaks}, {@code runalyze}. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code goldencheetah}, {@code trainingpeaks} or {@code runalyze} (also {@code gc}, {@code tp}).
     *
     * @throws IllegalArgumentException naming {@code convention}, the text and the accepted values
     */
    public static Convention parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("gc")) {
                return GOLDENCHEETAH;
            }
            if (t.equals("tp")) {
                return TRAININGPEAKS;
            }
        }
        return Checks.parseEnum("convention", text, Convention.class);
    }
}
