package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.ACUTE_SORENESS_MAX_HOURS;
import static dev.recovery.core.triage.TriageThresholds.DOMS_EARLIEST_ONSET_HOURS;
import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.NOT_SETTLING_HOURS;

/**
 * Which kind of soreness a check-in looks like by its timing (Olsen 2023). It describes; it never
 * decides: the triage level and its reasons do that, and a RED check-in may still have the timing of
 * DOMS.
 *
 * @since 0.1.0
 */
public enum SorenessPattern {
    /** Acute muscle soreness: during or right after a hard run, fading within hours. */
    ACUTE,
    /** Delayed onset muscle soreness: starts 12-24 h after, peaks at 24-72 h, gone in about 5-7 days. */
    DOMS,
    /** Neither pattern fits: look at the triage level and its reasons. */
    NEITHER;

    /**
     * Classifies a check-in by its timing (Olsen 2023).
     *
     * <ul>
     *   <li>{@link #ACUTE}: began during or right after the run, at most 24 h ago, and not getting
     *       worse (acute soreness fades within hours).</li>
     *   <li>{@link #DOMS}: began later (delayed onset), at least 12 h and at most 168 h (7 days) after
     *       the run, and not getting worse after the 72 h peak.</li>
     *   <li>{@link #NEITHER}: anything else, including a delayed onset reported less than 12 h after
     *       the run, which cannot be.</li>
     * </ul>
     *
     * @throws NullPointerException if {@code checkIn} is null
     */
    public static SorenessPattern classify(CheckIn checkIn) {
        double hours = checkIn.hoursSinceRun();
        boolean worse = checkIn.trend() == Trend.WORSE;
        if (checkIn.onset() != Onset.DELAYED) {
            return hours <= ACUTE_SORENESS_MAX_HOURS && !worse ? ACUTE : NEITHER;
        }
        boolean inWindow = hours >= DOMS_EARLIEST_ONSET_HOURS && hours <= NOT_SETTLING_HOURS;
        boolean worseAfterPeak = worse && hours > DOMS_PEAK_END_HOURS;
        return inWindow && !worseAfterPeak ? DOMS : NEITHER;
    }
}
