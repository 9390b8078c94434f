package dev.recovery.core.load;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Rpe;

/**
 * The RPE assumed for a session logged without an RPE or a usable heart rate, so that it still
 * counts towards load instead of silently counting as rest. These are the product's own choice
 * (the sources are silent): the rating a careful coach would expect a trained runner to give each kind
 * of session on Foster's CR-10 scale (2 easy, 3 moderate, 5 hard, 7 very hard, 10 maximal), taken
 * from the upper middle of the usual range so that hard sessions are not under-counted. Loads built
 * from them are marked {@link LoadMethod#ESTIMATED}.
 *
 * @since 0.1.0
 */
public final class EstimatedRpe {

    /** A recovery run: very easy, "easy" on CR-10. */
    public static final int RECOVERY_RUN = 2;
    /** An easy, conversational run: "moderate". */
    public static final int EASY_RUN = 3;
    /** The long run: easy pace, but its length makes the whole session "hard". */
    public static final int LONG_RUN = 5;
    /** A run with a block at marathon pace: between hard and very hard. */
    public static final int MARATHON_PACE_RUN = 6;
    /** A tempo (threshold) run: between hard and very hard, counting warm-up and cool-down. */
    public static final int TEMPO_RUN = 6;
    /** Intervals: "very hard" for the session as a whole, recoveries included. */
    public static final int INTERVALS_RUN = 7;
    /** A race, from 5K to the marathon: near maximal. */
    public static final int RACE = 9;
    /** Walking or hiking. */
    public static final int WALK = 2;
    /** Cycling, elliptical or swimming done as aerobic cross-training: "somewhat hard". */
    public static final int AEROBIC_CROSS_TRAINING = 4;
    /** A strength session (squats, deadlifts, calf raises): "hard" for the working sets. */
    public static final int STRENGTH = 5;
    /** Yoga or mobility work. */
    public static final int YOGA = 2;

    private EstimatedRpe() {
    }

    /** The RPE assumed for {@code session}. */
    public static Rpe of(Session session) {
        return Rpe.of(value(session));
    }

    /** The RPE assumed for a run of {@code type}. */
    public static int forRun(RunType type) {
        switch (type) {
            case RECOVERY:
                return RECOVERY_RUN;
            case EASY:
                return EASY_RUN;
            case LONG:
                return LONG_RUN;
            case MARATHON_PACE:
                return MARATHON_PACE_RUN;
            case TEMPO:
                return TEMPO_RUN;
            case INTERVALS:
                return INTERVALS_RUN;
            case RACE:
            default:
                return RACE;
        }
    }

    /** The RPE assumed for cross-training of {@code activity}. */
    public static int forCross(CrossActivity activity) {
        return activity == CrossActivity.WALK ? WALK : AEROBIC_CROSS_TRAINING;
    }

    static int value(Session session) {
        if (session instanceof Run) {
            return forRun(((Run) session).type());
        }
        if (session instanceof CrossTraining) {
            return forCross(((CrossTraining) session).activity());
        }
        if (session instanceof StrengthSession) {
            return STRENGTH;
        }
        if (session instanceof YogaSession) {
            return YOGA;
        }
        throw Checks.invalid("session", session, "a run, cross-training, strength or yoga session");
    }
}
