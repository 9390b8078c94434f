package dev.recovery.core.load;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * How a session's load was obtained, so a runner can see which numbers are measured and which guessed.
 *
 * @since 0.1.0
 */
public enum LoadMethod {
    /** Minutes x the runner's own RPE (Foster 2001). */
    SESSION_RPE(Sources.FOSTER_2001),
    /** Banister TRIMP from the average heart rate and the runner's heart-rate profile. */
    TRIMP(Sources.BANISTER_1975),
    /** Minutes x an RPE estimated from the session's type ({@link EstimatedRpe}); less reliable. */
    ESTIMATED(Sources.FOSTER_2001);

    private final Source source;

    LoadMethod(Source source) {
        this.source = source;
    }

    /** Where the method comes from. */
    public Source source() {
        return source;
    }
}
