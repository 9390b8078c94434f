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

    /** Highest pain (0-10) that still counts as ordinary soreness. Postma and Chung: "at or below 3". */
    public static final int GREEN_MAX_PAIN = 3;

    /** Pain (0-10) from which pain is severe and a red flag. The product's threshold for severe pain: 7 or more of 10 (the leg-ache guide lists severe pain as a reason to stop). */
    public static final int SEVERE_PAIN = 7;

    /** Hours within which ordinary soreness resolves. Postma and Chung: "resolve within 24 hours". */
    public static final double ORDINARY_RESOLUTION_HOURS = 24;

    /**
     * Hours up to which soreness that began during or right after the run still counts as acute muscle
     * soreness. Acute soreness "fades within hours" (Olsen 2023); the product takes the 24 h of ordinary soreness
     * as the outer edge of "hours".
     */
    public static final double ACUTE_SORENESS_MAX_HOURS = 24;

    /** Earliest hour at which DOMS begins. Olsen 2023: "starts 12-24 h after". */
    public static final double DOMS_EARLIEST_ONSET_HOURS = 12;

    /**
     * Hours by which DOMS has peaked. Olsen 2023: "peaks 24-72 h". Used by the red flag (worse
     * after more than 72 h is a red flag) and the GREEN rules (the DOMS route to GREEN lasts up to 72 h).
     */
    public static final double DOMS_PEAK_END_HOURS = 72;

    /**
     * Hours after which soreness that is not improving is "not settling": more than 7
     * days (168 h); DOMS is gone by about 5-7 days (Olsen 2023).
     */
    public static final double NOT_SETTLING_HOURS = 168;

    /**
     * Regions over a bone that stress injuries favour: hip, femur, shin and foot (Postma and Chung),
     * and also groin (a femoral-neck stress injury typically presents as groin pain) and lower back
     * (the sacrum) (Warden, Davis &amp; Fredericson 2014, JOSPT 44:749). The femur is
     * {@link BodyRegion#THIGH}. The same set as {@link RegionClass#BONE_STRESS_SITE}.
     */
    public static final Set<BodyRegion> BONE_STRESS_SITES = Collections.unmodifiableSet(EnumSet.of(BodyRegion.SHIN,
            BodyRegion.FOOT, BodyRegion.HIP, BodyRegion.THIGH, BodyRegion.GROIN, BodyRegion.LOWER_BACK));

    /**
     * Regions of the calf and thigh, where swelling with warmth or redness can be a sign of a blood
     * clot (the leg-ache guide; NHS): seek care the same day.
     */
    public static final Set<BodyRegion> CLOT_REGIONS = Collections.unmodifiableSet(EnumSet.of(BodyRegion.CALF,
            BodyRegion.THIGH, BodyRegion.QUADRICEPS, BodyRegion.HAMSTRING));

    /** Highest pain (0-10) during activity that the pain-monitoring model calls safe. Silbernagel et al. 2007: "0-2 safe". */
    public static final int ACTIVITY_SAFE_MAX_PAIN = 2;

    /**
     * Highest pain (0-10) during activity that the pain-monitoring model accepts, if it has settled by
     * the next morning. Silbernagel et al. 2007: up to 5/10; 3-5 acceptable, above 5 not.
     */
    public static final int ACTIVITY_ACCEPTABLE_MAX_PAIN = 5;

    /** Hours shown without a trailing ".0": {@code 24}, {@code 72.5}. For messages. */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
