package dev.recovery.core.load;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * The three ways of computing the acute:chronic workload ratio (docs/reference/load.md).
 *
 * @since 0.1.0
 */
public enum AcwrMethod {
    /** Acute 7-day sum / (28-day sum / 4); the acute week is inside the chronic window (Gabbett 2016). */
    ROLLING_COUPLED(Sources.GABBETT_2016),
    /** Acute 7-day sum / (sum of the 21 days before the acute week / 3); avoids coupling (Lolli 2019). */
    ROLLING_UNCOUPLED(Sources.LOLLI_2019),
    /** EWMA of daily load with lambda = 2/(N+1), N = 7 (acute) and 28 (chronic) (Williams 2017). The one zones and flags use. */
    EWMA(Sources.WILLIAMS_2017);

    private final Source source;

    AcwrMethod(Source source) {
        this.source = source;
    }

    /** Where the method comes from. */
    public Source source() {
        return source;
    }
}
