package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.recovery.TrainingPhase;

/**
 * Intervals at I pace (Daniels 2014): bouts of 3-5 min, never over 5, with a jog recovery about as
 * long as the bout; the main set at most the lesser of 10 km and 8% of the week.
 */
final class IntervalWorkouts {

    /** The track distances a bout is chosen from, in metres; the one whose time is nearest the target bout wins. */
    static final int[] BOUT_METRES = {600, 800, 1000, 1200, 1600};
    /** The first build week's bout: 3 min (product choice: the shortest Daniels bout first)... */
    static final int FIRST_BOUT_SECONDS = 3 * 60;
    /** ...growing by 30 s a week up to the 5-min cap. */
    static final int BOUT_STEP_SECONDS = 30;
    /** Taper bouts: 4 min, intensity kept at lower volume (Bosquet 2007). */
    static final int TAPER_BOUT_SECONDS = 4 * 60;
    /** Bouts in the first week of a phase (product choice: Daniels' sessions start near 4-5 bouts)... */
    static final int FIRST_REPS = 4;
    /** ...one more each week, within the volume cap. */
    static final int REPS_STEP = 1;
    /** Jog recoveries are rounded to this many seconds ("about as long as the bout"). */
    static final int JOG_ROUND_SECONDS = 30;

    private IntervalWorkouts() {
    }

    static Workout intervals(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.I);
        int cap = IntensityLimits.maxMainSetMetres(Zone.I, request.weekMetres());
        Step bout = bout(pace, boutTargetSeconds(request.phase(), request.weekInPhase()));
        if (bout.metres() > cap) {
            // A week too small for one standard bout gets one shorter bout within the cap.
            bout = Step.ofMetres(StepType.WORK, Zone.I, Sessions.roundDown(cap, Sessions.ROUND_METRES), pace);
        }
        Step jog = Step.ofSeconds(StepType.RECOVERY, Zone.E, jogSeconds(bout.seconds()), request.paces().easy());
        int wanted = FIRST_REPS + REPS_STEP * request.weekInPhase();
        int byCap = cap / bout.metres();
        int byRoom = Sessions.room(request) / (bout.metres() + jog.metres());
        int reps = Math.max(1, Math.min(wanted, Math.min(byCap, byRoom)));
        return Sessions.quality(WorkoutKind.INTERVALS, request, Sessions.rounds(reps, bout, jog));
    }

    /** The bout length aimed at: 3 min growing to 5 in the build, 5 in the peak, 4 in the taper, 3 otherwise. */
    static int boutTargetSeconds(TrainingPhase phase, int weekInPhase) {
        int max = IntensityLimits.INTERVAL_BOUT_MAX_SECONDS.whole();
        return switch (phase) {
            case BUILD -> Math.min(max, FIRST_BOUT_SECONDS + BOUT_STEP_SECONDS * weekInPhase);
            case PEAK -> max;
            case TAPER -> TAPER_BOUT_SECONDS;
            default -> FIRST_BOUT_SECONDS;
        };
    }

    /**
     * The bout: the track distance whose time at I pace is nearest {@code targetSeconds} within
     * 3-5 min, or, when none falls within (a very slow or very fast runner), a bout planned by time.
     */
    static Step bout(PaceRange pace, int targetSeconds) {
        int min = IntensityLimits.INTERVAL_BOUT_MIN_SECONDS.whole();
        int max = IntensityLimits.INTERVAL_BOUT_MAX_SECONDS.whole();
        int best = 0;
        int bestGap = Integer.MAX_VALUE;
        for (int metres : BOUT_METRES) {
            int seconds = Step.secondsAt(metres, pace);
            int gap = Math.abs(seconds - targetSeconds);
            if (seconds >= min && seconds <= max && gap < bestGap) {
                best = metres;
                bestGap = gap;
            }
        }
        return best > 0 ? Step.ofMetres(StepType.WORK, Zone.I, best, pace)
                : Step.ofSeconds(StepType.WORK, Zone.I, targetSeconds, pace);
    }

    /** A jog about as long as the bout, rounded to 30 s. */
    static int jogSeconds(int boutSeconds) {
        return Math.max(JOG_ROUND_SECONDS, Math.round(boutSeconds / (float) JOG_ROUND_SECONDS) * JOG_ROUND_SECONDS);
    }
}
