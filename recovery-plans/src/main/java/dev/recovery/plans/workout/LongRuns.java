package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.pace.TrainingPaces;

/**
 * Long and medium-long runs (Pfitzinger &amp; Douglas, Advanced Marathoning): the long run capped by
 * distance and by about 3 h at the runner's easy pace; in the marathon-specific weeks a
 * marathon-pace segment of 13-22 km in its second half; a medium-long run of 60-75% of the long run.
 */
final class LongRuns {

    /** The first marathon-pace long run's segment: 13 km (8 mi)... */
    static final int FIRST_SEGMENT_METRES = IntensityLimits.LONG_RUN_MARATHON_MIN_METRES.whole();
    /** ...3 km longer each week of the phase, up to 22 km (14 mi) (product choice within Pfitzinger's 8-14 mi). */
    static final int SEGMENT_STEP_METRES = 3_000;

    private LongRuns() {
    }

    /** The long run, all easy: the target, within the distance cap and 3 h at the slow end of the easy range. */
    static Workout longRun(WorkoutRequest request) {
        TrainingPaces paces = request.paces();
        int metres = Math.min(request.targetMetres(), IntensityLimits.longRunMaxMetres(paces.easy()));
        return Workout.of(WorkoutKind.LONG, Step.ofMetres(StepType.WORK, Zone.E, metres, paces.easy()));
    }

    /**
     * A long run with a marathon-pace segment in its second half: easy first, then 13-22 km at M
     * (less where the week's M cap or half the run is less), then a 10-min cool-down. A run too
     * short for a 1-km segment stays all easy.
     */
    static Workout withMarathonPace(WorkoutRequest request) {
        TrainingPaces paces = request.paces();
        PaceRange easy = paces.easy();
        int total = Math.min(request.targetMetres(), IntensityLimits.longRunMaxMetres(easy));
        int cool = Sessions.cooldownMinMetres(paces);
        int wanted = Math.min(IntensityLimits.LONG_RUN_MARATHON_MAX_METRES.whole(),
                FIRST_SEGMENT_METRES + SEGMENT_STEP_METRES * request.weekInPhase());
        int cap = IntensityLimits.maxMainSetMetres(Zone.M, request.weekMetres());
        int segment = Sessions.roundDown(Math.min(wanted, Math.min(cap, total / 2 - cool)), 0);
        if (segment < Sessions.MIN_MAIN_SET_METRES) {
            return longRun(request);
        }
        return Workout.of(WorkoutKind.LONG_WITH_MARATHON_PACE,
                Step.ofMetres(StepType.WORK, Zone.E, total - segment - cool, easy),
                Step.ofMetres(StepType.WORK, Zone.M, segment, Sessions.pace(paces, Zone.M)),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, cool, easy));
    }

    /**
     * A medium-long run: the target held within 60-75% of {@code longRunMetres}, all easy.
     *
     * @param longRunMetres the week's long run, in metres
     */
    static Workout mediumLong(WorkoutRequest request, int longRunMetres) {
        int min = (int) Math.ceil(IntensityLimits.MEDIUM_LONG_MIN_SHARE.value() * longRunMetres - 1e-9);
        int max = (int) Math.floor(IntensityLimits.MEDIUM_LONG_MAX_SHARE.value() * longRunMetres + 1e-9);
        int metres = Math.max(min, Math.min(max, request.targetMetres()));
        return Workout.of(WorkoutKind.MEDIUM_LONG, Step.ofMetres(StepType.WORK, Zone.E, Math.max(1, metres), request.paces().easy()));
    }

    /** A medium-long run sized without the week's long run: the target, within 75% of the runner's long-run cap. */
    static Workout mediumLongWithinCap(WorkoutRequest request) {
        int cap = IntensityLimits.longRunMaxMetres(request.paces().easy());
        int max = (int) Math.floor(IntensityLimits.MEDIUM_LONG_MAX_SHARE.value() * cap + 1e-9);
        return Workout.of(WorkoutKind.MEDIUM_LONG,
                Step.ofMetres(StepType.WORK, Zone.E, Math.min(max, request.targetMetres()), request.paces().easy()));
    }
}
