package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.recovery.TrainingPhase;
import java.util.List;

/**
 * Marathon-pace runs (Pfitzinger &amp; Douglas, Advanced Marathoning): a continuous segment at M
 * after a warm-up, at most the lesser of 29 km and 20% of the week (Daniels 2014).
 */
final class MarathonPaceWorkouts {

    /** The first marathon-pace segment of a phase: 8 km (5 mi; product choice after Pfitzinger's first MP runs)... */
    static final int FIRST_SEGMENT_METRES = 8_000;
    /** ...2 km longer each week... */
    static final int SEGMENT_STEP_METRES = 2_000;
    /** ...up to 16 km (10 mi), Pfitzinger's longest stand-alone MP run in 55-70 mi plans. */
    static final int MAX_SEGMENT_METRES = 16_000;
    /** In the taper the segment stays at the first week's, intensity kept at lower volume (Bosquet 2007). */
    static final int TAPER_SEGMENT_METRES = FIRST_SEGMENT_METRES;

    private MarathonPaceWorkouts() {
    }

    static Workout marathonPace(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.M);
        int wanted = request.phase() == TrainingPhase.TAPER ? TAPER_SEGMENT_METRES
                : Math.min(MAX_SEGMENT_METRES, FIRST_SEGMENT_METRES + SEGMENT_STEP_METRES * request.weekInPhase());
        int cap = IntensityLimits.maxMainSetMetres(Zone.M, request.weekMetres());
        int room = Math.max(Sessions.MIN_MAIN_SET_METRES, Sessions.room(request));
        int metres = Math.min(cap, Sessions.roundDown(Math.min(wanted, room), Sessions.ROUND_METRES));
        return Sessions.quality(WorkoutKind.MARATHON_PACE, request,
                List.of(Step.ofMetres(StepType.WORK, Zone.M, metres, pace)));
    }

    /**
     * The race-week sharpener, 3-5 days out: warm-up with strides, then 2-3 km at M (3 km where
     * the week's cap allows), then cool-down.
     */
    static Workout sharpener(WorkoutRequest request) {
        PaceRange pace = Sessions.pace(request.paces(), Zone.M);
        int cap = IntensityLimits.maxMainSetMetres(Zone.M, request.weekMetres());
        int metres = Math.min(cap, IntensityLimits.SHARPENER_MAX_METRES.whole());
        return Sessions.quality(WorkoutKind.SHARPENER, request, List.of(
                Sessions.strides(request.paces(), EasyRuns.SHAKEOUT_STRIDES),
                Step.ofMetres(StepType.WORK, Zone.M, metres, pace)));
    }
}
