package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.recovery.TrainingPhase;

/**
 * The easy days (Pfitzinger &amp; Douglas, Advanced Marathoning; Daniels 2014): general easy runs,
 * recovery runs at the slow end of the easy range, easy runs with strides, and the day-before
 * shake-out.
 */
final class EasyRuns {

    /** "A few strides" after the shake-out and in the race-week sharpener's warm-up (product choice: 4). */
    static final int SHAKEOUT_STRIDES = 4;
    /** The least easy running before strides: 1 km, so a short run is still a run. */
    static final int MIN_EASY_BEFORE_STRIDES_METRES = 1_000;
    /** Base-phase strides grow by one every this many weeks, from 6 to 8. */
    static final int WEEKS_PER_EXTRA_STRIDE = 2;

    private EasyRuns() {
    }

    static Workout easy(WorkoutRequest request) {
        return Workout.of(WorkoutKind.EASY,
                Step.ofMetres(StepType.WORK, Zone.E, request.targetMetres(), request.paces().easy()));
    }

    /** A recovery run: at the slow end of the easy range, the slowest easy pace. */
    static Workout recovery(WorkoutRequest request) {
        PaceRange slowest = PaceRange.single(request.paces().easy().slow());
        return Workout.of(WorkoutKind.RECOVERY, Step.ofMetres(StepType.WORK, Zone.E, request.targetMetres(), slowest));
    }

    /** An easy run finished with 6-8 strides: 6 at first, one more every two base weeks, up to 8. */
    static Workout strides(WorkoutRequest request) {
        int min = IntensityLimits.STRIDES_MIN.whole();
        int count = request.phase() == TrainingPhase.BASE
                ? Math.min(IntensityLimits.STRIDES_MAX.whole(), min + request.weekInPhase() / WEEKS_PER_EXTRA_STRIDE)
                : min;
        Repeat strides = Sessions.strides(request.paces(), count);
        int easy = Math.max(MIN_EASY_BEFORE_STRIDES_METRES, request.targetMetres() - strides.metres());
        return Workout.of(WorkoutKind.STRIDES, Step.ofMetres(StepType.WORK, Zone.E, easy, request.paces().easy()), strides);
    }

    /** The day before the race: 20-30 min easy (the target's time, held within that), then a few strides. */
    static Workout shakeout(WorkoutRequest request) {
        PaceRange easy = request.paces().easy();
        int seconds = Math.max(IntensityLimits.SHAKEOUT_MIN_SECONDS.whole(),
                Math.min(IntensityLimits.SHAKEOUT_MAX_SECONDS.whole(), Step.secondsAt(request.targetMetres(), easy)));
        return Workout.of(WorkoutKind.SHAKEOUT, Step.ofSeconds(StepType.WORK, Zone.E, seconds, easy),
                Sessions.strides(request.paces(), SHAKEOUT_STRIDES));
    }
}
