package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.pace.TrainingPaces;
import java.util.ArrayList;
import java.util.List;

/** The parts every session shares: paces per zone, warm-up and cool-down sizing, strides, repeats. */
final class Sessions {

    /** Quality distances are rounded down to this many metres, so a plan reads "8.4 km at M", not "8,437 m". */
    static final int ROUND_METRES = 100;
    /**
     * Walk or jog after each stride, in seconds: enough for full recovery over 100 m (a product
     * choice within "full recovery", Daniels 2014).
     */
    static final int STRIDE_RECOVERY_SECONDS = 60;

    /**
     * The least main set a session is cut to when its run is too short for more: 1 km (a product
     * choice; below it a quality session is not worth its warm-up).
     */
    static final int MIN_MAIN_SET_METRES = 1_000;

    private Sessions() {
    }

    /** The pace range for {@code zone}. */
    static PaceRange pace(TrainingPaces paces, Zone zone) {
        return paces.pace(zone.trainingZone());
    }

    /** The least cool-down: 10 min at the slow end of the easy range, in metres. */
    static int cooldownMinMetres(TrainingPaces paces) {
        return Step.metresIn(IntensityLimits.COOLDOWN_MIN_SECONDS.whole(), paces.easy());
    }

    /** The most cool-down: 15 min at the slow end of the easy range, in metres. */
    static int cooldownMaxMetres(TrainingPaces paces) {
        return Step.metresIn(IntensityLimits.COOLDOWN_MAX_SECONDS.whole(), paces.easy());
    }

    /** The metres a session's main set may take within its target: the target less the least warm-up and cool-down. */
    static int room(WorkoutRequest request) {
        return Math.max(0, request.targetMetres() - IntensityLimits.WARMUP_MIN_METRES.whole()
                - cooldownMinMetres(request.paces()));
    }

    /** {@code metres} rounded down to {@link #ROUND_METRES}, never below {@code floor}. */
    static int roundDown(int metres, int floor) {
        return Math.max(floor, metres / ROUND_METRES * ROUND_METRES);
    }

    /** One round of {@code steps} as they are, or a repeat of them. */
    static List<WorkoutPart> rounds(int count, Step... steps) {
        if (count == 1) {
            return List.of(steps);
        }
        return List.of(Repeat.of(count, steps));
    }

    /** {@code count} strides of about 100 m at R, each followed by a full-recovery walk or jog. */
    static Repeat strides(TrainingPaces paces, int count) {
        return Repeat.of(count,
                Step.ofMetres(StepType.STRIDES, Zone.R, IntensityLimits.STRIDE_METRES.whole(), pace(paces, Zone.R)),
                Step.ofSeconds(StepType.RECOVERY, Zone.E, STRIDE_RECOVERY_SECONDS, paces.easy()));
    }

    /**
     * A quality session: warm-up, {@code main}, cool-down, filled to the request's target. The
     * warm-up takes 2-3 km and the cool-down 10-15 min; what the target leaves beyond those is easy
     * running after the warm-up, so neither grows past its limit. A target too short for the
     * least warm-up, the main set and the least cool-down gives a session longer than the target:
     * the structure is kept rather than cut.
     */
    static Workout quality(WorkoutKind kind, WorkoutRequest request, List<WorkoutPart> main) {
        TrainingPaces paces = request.paces();
        PaceRange easy = paces.easy();
        int mainMetres = 0;
        for (WorkoutPart part : main) {
            mainMetres += part.metres();
        }
        int warmMin = IntensityLimits.WARMUP_MIN_METRES.whole();
        int warmMax = IntensityLimits.WARMUP_MAX_METRES.whole();
        int coolMin = cooldownMinMetres(paces);
        int coolMax = cooldownMaxMetres(paces);
        // A target too short for the least warm-up and cool-down around the main set gets just those.
        int rest = Math.max(request.targetMetres() - mainMetres, warmMin + coolMin);
        int warm = Math.min(rest - coolMin, Math.max(warmMin, Math.min(warmMax, roundDown(rest / 2, 0))));
        int cool = Math.min(rest - warm, coolMax);
        int filler = rest - warm - cool;
        List<WorkoutPart> parts = new ArrayList<>();
        parts.add(Step.ofMetres(StepType.WARMUP, Zone.E, warm, easy));
        if (filler > 0) {
            parts.add(Step.ofMetres(StepType.WORK, Zone.E, filler, easy));
        }
        parts.addAll(main);
        parts.add(Step.ofMetres(StepType.COOLDOWN, Zone.E, cool, easy));
        return new Workout(kind, parts);
    }
}
