package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;

/**
 * What kind of tissue a region is, for the triage: only muscle soreness can be ordinary enough to
 * train through unchanged. Tendon pain and shin pain often ease once warmed up, which mimics the
 * DOMS pattern, so a benign-looking ache there is AMBER at most (the leg-ache guide lists shin
 * splints and Achilles tendinitis among overuse injuries; Warden, Davis &amp; Fredericson 2014, JOSPT
 * 44:749, on bone stress injuries in runners).
 */
public enum RegionClass {
    /** Calf, quadriceps, hamstring, glute: the GREEN DOMS pattern can apply. */
    MUSCLE,
    /** Achilles, knee, ankle, IT band: AMBER at most. */
    TENDON_OR_JOINT,
    /**
     * Shin, foot, thigh bone, hip, groin (a femoral-neck stress injury typically presents as groin
     * pain) and lower back (the sacrum): AMBER at most, RED with pain on one spot plus a bone sign.
     */
    BONE_STRESS_SITE;

    /** True if a check-in at this kind of region can be GREEN while it hurts. */
    public boolean allowsGreen() {
        return this == MUSCLE;
    }

    /**
     * The class of {@code region}. The foot counts as a bone-stress site (its arch and heel are
     * tendon regions too, and the stricter class wins).
     *
     * @param region the region
     * @return its class
     * @throws IllegalArgumentException if {@code region} is missing
     */
    public static RegionClass of(BodyRegion region) {
        Checks.requiredOneOf("region", region, BodyRegion.class);
        switch (region) {
            case CALF:
            case QUADRICEPS:
            case HAMSTRING:
            case GLUTE:
                return MUSCLE;
            case ACHILLES:
            case KNEE:
            case ANKLE:
            case IT_BAND:
                return TENDON_OR_JOINT;
            default:
                return BONE_STRESS_SITE;
        }
    }
}
