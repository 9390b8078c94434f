package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.recovery.TrainingPhase;
import java.util.List;

/**
 * Threshold sessions at T pace (Daniels 2014): a steady tempo of about 20 min, or cruise intervals
 * of 5-15 min with 1 min rest per 5 min run; the main set at most 10% of the week.
 */
final class ThresholdWorkouts {

    /** The cruise bout: a mile, 5-10 min at T pace for VDOT 30-70 (Daniels' classic cruise mile). */
    static final int CRUISE_BOUT_METRES = 1_600;
    /** The longer cruise bout for faster runners, when a mile takes under 5 min. */
    static final int CRUISE_LONG_BOUT_METRES = 2_000;
    /** Cruise bouts in the first week of a phase (product choice)... */
    static final int CRUISE_FIRST_REPS = 3;
    /** ...one more a week, within the volume cap... */
    static final int CRUISE_REPS_STEP = 1;
    /** ...and at least two: one bout is a tempo run. */
    static final int CRUISE_MIN_REPS = 2;

    /** One minute, the unit a shortened tempo is rounded down to. */
    static final int MINUTE = 60;
    /** The run time each minute of cruise rest pays for. */
    static final int FIVE_MINUTES = 5 * 60;

    private ThresholdWorkouts() {
    }

    /** A steady tempo: about 20 min at T, less if the week's cap or the run's room is smaller. */
    static Workout tempo(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.T);
        int cap = Math.min(IntensityLimits.maxMainSetMetres(Zone.T, request.weekMetres()),
                Math.max(Sessions.MIN_MAIN_SET_METRES, Sessions.room(request)));
        int seconds = Math.min(IntensityLimits.TEMPO_STEADY_SECONDS.whole(), Step.secondsAt(cap, pace));
        // The cap is at least 500 m (10% of the least week), over a minute at T even at VDOT 90, so
        // this stops well above zero.
        while (Step.metresIn(seconds, pace) > cap) {
            seconds--;
        }
        // A tempo cut short by the cap reads in whole minutes: 19 min, not 19 min 25 s (20 min is whole).
        seconds -= seconds % MINUTE;
        return Sessions.quality(WorkoutKind.TEMPO, request,
                List.of(Step.ofSeconds(StepType.WORK, Zone.T, seconds, pace)));
    }

    /** Cruise intervals; a week too small for two bouts gets a steady tempo instead. */
    static Workout cruise(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.T);
        int cap = IntensityLimits.maxMainSetMetres(Zone.T, request.weekMetres());
        int metres = Step.secondsAt(CRUISE_BOUT_METRES, pace) < IntensityLimits.CRUISE_BOUT_MIN_SECONDS.whole()
                ? CRUISE_LONG_BOUT_METRES : CRUISE_BOUT_METRES;
        Step bout = Step.ofMetres(StepType.WORK, Zone.T, metres, pace);
        Step rest = Step.ofSeconds(StepType.RECOVERY, Zone.E, restSeconds(bout.seconds()), request.paces().easy());
        int week = request.phase() == TrainingPhase.TAPER ? 0 : request.weekInPhase();
        int wanted = CRUISE_FIRST_REPS + CRUISE_REPS_STEP * week;
        int reps = Math.min(wanted, Math.min(cap / metres, Sessions.room(request) / (bout.metres() + rest.metres())));
        if (reps < CRUISE_MIN_REPS) {
            return tempo(request);
        }
        return Sessions.quality(WorkoutKind.CRUISE_INTERVALS, request, Sessions.rounds(reps, bout, rest));
    }

    /** 1 min rest for every 5 min run, at least 1 min. */
    static int restSeconds(int boutSeconds) {
        int perFive = IntensityLimits.CRUISE_REST_SECONDS_PER_5_MIN.whole();
        return Math.max(perFive, (int) Math.round(boutSeconds / (double) FIVE_MINUTES) * perFive);
    }
}
