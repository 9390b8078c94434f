package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every number the triage uses, named, with where it comes from. Pain is on the 0-10 scale of
 * {@link dev.recovery.core.unit.PainScore}; times are hours since the run that brought the soreness on.
 *
 * @since 0.1.0
 */
public final class TriageThresholds {

    private TriageThresholds() {
    }

    /** Highest pain (0-10) that still counts as ordinary soreness. RULES.md 1.3 and 1.5 (Postma, seed 000): "at or below 3". */
    public static final int GREEN_MAX_PAIN = 3;

    /** Pain (0-10) from which pain is severe and a red flag. RULES.md 1.4: "the product's threshold: 7 or more of 10". */
    public static final int SEVERE_PAIN = 7;

    /** Hours within which ordinary soreness resolves. RULES.md 1.3 and 1.5 (Postma, seed 000): "resolve within 24 hours". */
    public static final double ORDINARY_RESOLUTION_HOURS = 24;

    /**
     * Hours up to which soreness that began during or right after the run still counts as acute muscle
     * soreness. RULES.md 1.2 says it "fades within hours"; the product takes the 24 h of RULES.md 1.3
     * as the outer edge of "hours".
     */
    public static final double ACUTE_SORENESS_MAX_HOURS = 24;

    /** Earliest hour at which DOMS begins. RULES.md 1.2 (Olsen 2023): "starts 12-24 h after". */
    public static final double DOMS_EARLIEST_ONSET_HOURS = 12;

    /**
     * Hours by which DOMS has peaked. RULES.md 1.2 (Olsen 2023): "peaks 24-72 h". Used by 1.4 (worse
     * after more than 72 h is a red flag) and 1.5 (the DOMS route to GREEN lasts up to 72 h).
     */
    public static final double DOMS_PEAK_END_HOURS = 72;

    /**
     * Hours after which soreness that is not improving is "not settling". RULES.md 1.4: "more than 7
     * days (168 h)"; RULES.md 1.2: DOMS is gone by about 5-7 days.
     */
    public static final double NOT_SETTLING_HOURS = 168;

    /**
     * Regions over a bone that stress injuries favour. RULES.md 1.4 (Chung, seed 000): "hip, femur,
     * shin, foot"; the femur is {@link BodyRegion#THIGH}.
     */
    public static final Set<BodyRegion> BONE_STRESS_SITES =
            Collections.unmodifiableSet(EnumSet.of(BodyRegion.SHIN, BodyRegion.FOOT, BodyRegion.HIP, BodyRegion.THIGH));

    /** Highest pain (0-10) during activity that the pain-monitoring model calls safe. RULES.md 1.5 (Silbernagel 2007): "0-2 safe". */
    public static final int ACTIVITY_SAFE_MAX_PAIN = 2;

    /**
     * Highest pain (0-10) during activity that the pain-monitoring model accepts, if it has settled by
     * the next morning. RULES.md 1.5 (Silbernagel 2007): "up to 5/10", "3-5 acceptable, above 5 not acceptable".
     */
    public static final int ACTIVITY_ACCEPTABLE_MAX_PAIN = 5;

    /** Hours shown without a trailing ".0": {@code 24}, {@code 72.5}. For messages. */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
