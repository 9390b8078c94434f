package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;

/**
 * The base phase's speed work at R effort (Daniels 2014): short repetitions on the flat and hill
 * repeats, bouts under 2 min with full recovery 2-3 times as long; the main set at most the lesser
 * of 8 km and 5% of the week.
 */
final class RepetitionWorkouts {

    /** The short rep for the first weeks of a phase: 200 m. */
    static final int SHORT_REP_METRES = 200;
    /** The longer rep from the third week of a phase, when it takes under 2 min at R pace: 400 m. */
    static final int LONG_REP_METRES = 400;
    /** The week of a phase from which the longer rep is used (product choice: two weeks of 200s first). */
    static final int LONG_REP_FROM_WEEK = 2;
    /** Reps in the first week of a phase (product choice)... */
    static final int FIRST_REPS = 6;
    /** ...two more each week... */
    static final int REPS_STEP = 2;
    /** ...up to 12 (Daniels' R sessions rarely go beyond 12 x 200 m or 8 x 400 m). */
    static final int MAX_REPS = 12;
    /** Hill bouts in the first week: 45 s uphill (product choice)... */
    static final int FIRST_HILL_SECONDS = 45;
    /** ...15 s longer each week... */
    static final int HILL_STEP_SECONDS = 15;
    /** ...up to 90 s, under the 2-min R cap. */
    static final int MAX_HILL_SECONDS = 90;
    /** Hill repeats in the first week: 6... */
    static final int FIRST_HILLS = 6;
    /** ...up to 10. */
    static final int MAX_HILLS = 10;
    /** Recovery as a multiple of the bout: 2.5, mid-way in Daniels' 2-3 times. */
    static final double RECOVERY_RATIO = 2.5;

    private RepetitionWorkouts() {
    }

    /** Short reps at R pace: 200 m early in the phase, 400 m later when a 400 takes under 2 min. */
    static Workout repetitions(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.R);
        int metres = request.weekInPhase() >= LONG_REP_FROM_WEEK
                && Step.secondsAt(LONG_REP_METRES, pace) < IntensityLimits.REPETITION_BOUT_MAX_SECONDS.whole()
                ? LONG_REP_METRES : SHORT_REP_METRES;
        Step bout = Step.ofMetres(StepType.WORK, Zone.R, metres, pace);
        return sized(WorkoutKind.REPETITIONS, request, bout, FIRST_REPS + REPS_STEP * request.weekInPhase(), MAX_REPS);
    }

    /** Hill repeats: 45-90 s uphill at R effort, jogging back down. */
    static Workout hills(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.R);
        int seconds = Math.min(MAX_HILL_SECONDS, FIRST_HILL_SECONDS + HILL_STEP_SECONDS * request.weekInPhase());
        Step bout = Step.ofSeconds(StepType.WORK, Zone.R, seconds, pace);
        return sized(WorkoutKind.HILLS, request, bout, FIRST_HILLS + request.weekInPhase(), MAX_HILLS);
    }

    private static Workout sized(WorkoutKind kind, WorkoutRequest request, Step bout, int wanted, int max) {
        int cap = IntensityLimits.maxMainSetMetres(Zone.R, request.weekMetres());
        if (bout.metres() > cap) {
            bout = Step.ofMetres(StepType.WORK, Zone.R, Math.max(1, cap), bout.pace());
        }
        Step recovery = Step.ofSeconds(StepType.RECOVERY, Zone.E, recoverySeconds(bout.seconds()), request.paces().easy());
        int reps = Math.min(Math.min(wanted, max), cap / bout.metres());
        reps = Math.max(1, Math.min(reps, Sessions.room(request) / (bout.metres() + recovery.metres())));
        return Sessions.quality(kind, request, Sessions.rounds(reps, bout, recovery));
    }

    /** Recoveries are rounded to this many seconds, so a plan reads "2 min 45 s jog", not "2 min 48 s". */
    static final int RECOVERY_ROUND_SECONDS = 15;

    /** Full recovery: 2.5 times the bout, rounded to 15 s and kept within 2-3 times the bout. */
    static int recoverySeconds(int boutSeconds) {
        int rounded = (int) Math.round(boutSeconds * RECOVERY_RATIO / RECOVERY_ROUND_SECONDS) * RECOVERY_ROUND_SECONDS;
        int min = (int) Math.ceil(boutSeconds * IntensityLimits.REPETITION_RECOVERY_MIN_RATIO.value());
        int max = (int) Math.floor(boutSeconds * IntensityLimits.REPETITION_RECOVERY_MAX_RATIO.value());
        return Math.max(min, Math.min(max, rounded));
    }
}
