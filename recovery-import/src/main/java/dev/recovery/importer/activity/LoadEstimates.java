package dev.recovery.importer.activity;

import dev.recovery.core.unit.Rpe;

/**
 * The RPE assumed for an imported session that carries neither an RPE nor a heart rate, so its load
 * (minutes x RPE, Foster 2001) is not zero. RULES.md is silent here; the values are what a coach
 * would guess for an unlabelled session of that type in a marathoner's week, deliberately
 * middle-of-the-road, and every load computed from them is marked as an estimate.
 */
public final class LoadEstimates {

    /** An unlabelled run: most of a marathoner's runs are easy, some are not; CR-10 4 ("somewhat hard") splits the difference. */
    public static final int RUN_RPE = 4;
    /** Cycling as cross-training: usually easy spinning, CR-10 3 ("moderate"). */
    public static final int BIKE_RPE = 3;
    /** Swimming: continuous whole-body work, CR-10 4. */
    public static final int SWIM_RPE = 4;
    /** The elliptical: running-like but low impact, usually easy, CR-10 3. */
    public static final int ELLIPTICAL_RPE = 3;
    /** Walking or hiking: CR-10 2 ("easy"). */
    public static final int WALK_RPE = 2;
    /** A strength session: heavy sets with rests, CR-10 5 ("hard"). */
    public static final int STRENGTH_RPE = 5;
    /** Yoga or mobility: CR-10 2. */
    public static final int YOGA_RPE = 2;

    private LoadEstimates() {
    }

    /** The RPE assumed for {@code kind}. */
    public static Rpe assumedRpe(ActivityKind kind) {
        switch (kind) {
            case RUN:
                return Rpe.of(RUN_RPE);
            case BIKE:
                return Rpe.of(BIKE_RPE);
            case SWIM:
                return Rpe.of(SWIM_RPE);
            case ELLIPTICAL:
                return Rpe.of(ELLIPTICAL_RPE);
            case WALK:
                return Rpe.of(WALK_RPE);
            case STRENGTH:
                return Rpe.of(STRENGTH_RPE);
            default:
                return Rpe.of(YOGA_RPE);
        }
    }
}
