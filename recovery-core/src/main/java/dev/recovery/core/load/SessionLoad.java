package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;

/**
 * The training load of one session, in arbitrary units (AU), and how it was obtained.
 *
 * @param au     the load, 0 or more (an hour at RPE 5 is 300 AU)
 * @param method session-RPE, TRIMP or an estimate
 * @since 0.1.0
 */
public record SessionLoad(double au, LoadMethod method) {

    /** The largest load accepted for one session: 48 h at RPE 10 (the longest session) is 28,800 AU. */
    public static final double MAX_AU = 48 * 60 * 10;

    /** @throws IllegalArgumentException naming {@code load} if negative, not finite or absurdly large */
    public SessionLoad {
        Checks.inRange("load", au, 0, MAX_AU, "AU");
        Checks.required("method", method, "session-rpe, trimp or estimated");
    }

    /** A load of {@code au} obtained by {@code method}. */
    public static SessionLoad of(double au, LoadMethod method) {
        return new SessionLoad(au, method);
    }

    /** True if the load was estimated from the session's type rather than measured. */
    public boolean isEstimated() {
        return method == LoadMethod.ESTIMATED;
    }
}
