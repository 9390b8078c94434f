package dev.recovery.shell.export;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Checks;
import dev.recovery.importer.fit.FitIntensity;
import dev.recovery.importer.fit.FitRepeat;
import dev.recovery.importer.fit.FitSpeedTarget;
import dev.recovery.importer.fit.FitStepDuration;
import dev.recovery.importer.fit.FitWorkoutItem;
import dev.recovery.importer.fit.FitWorkoutStep;
import dev.recovery.plans.workout.Planned;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutPart;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned workout's steps as a watch runs them: each step of the plan becomes one FIT workout
 * step, each repeat a FIT repeat block, in the same order.
 *
 * <ul>
 * <li>Intensity: warm-up as warm-up, the main set and strides as active, recoveries (jogs between
 *     reps) as recovery, cool-down as cool-down.</li>
 * <li>Duration: what the plan sets, not the estimate: a step planned by distance lasts its metres
 *     (written in centimetres), a step planned by time its seconds (written in milliseconds).</li>
 * <li>Target: the step's pace range as a speed range in mm/s. Marathon, threshold, interval and
 *     repetition paces are single paces; the watch gets them as a band of
 *     {@value #SINGLE_PACE_HALF_BAND_SECONDS_PER_KM} s/km either side. Hill repeats and their jogs
 *     down have no pace target: uphill the pace slows at the same effort, so they are run by
 *     effort and carry a step name saying so.</li>
 * </ul>
 */
public final class WatchSteps {

    /**
     * Half the width of the band a single target pace becomes on the watch, in seconds per km: 5,
     * so 4:15/km is run as 4:10-4:20/km. A product choice, not from a source: GPS pace on a watch
     * varies by several seconds per km from one second to the next, so a range of zero width would
     * alert all the time; 10 s/km is about 4% at 4:15/km, narrower than the gap between two
     * neighbouring training paces.
     */
    public static final double SINGLE_PACE_HALF_BAND_SECONDS_PER_KM = 5;
    /** The step name of a hill bout, run by effort (at most 16 characters, as a watch shows it). */
    public static final String HILL_BOUT_NAME = "Uphill R effort";
    /** The step name of the jog back down after a hill bout. */
    public static final String HILL_JOG_NAME = "Jog back down";
    /** The step name of a stride, so it reads apart from the main set on the watch. */
    public static final String STRIDE_NAME = "Stride";

    private static final long CENTIMETRES_PER_METRE = 100;
    private static final long MILLISECONDS_PER_SECOND = 1000;
    private static final double MILLIMETRES_PER_KM = 1_000_000;

    private WatchSteps() {
    }

    /**
     * The watch steps of a workout, in order.
     *
     * @param workout the planned workout
     * @return its steps and repeats as FIT workout items, one item per step or repeat of the plan
     * @throws IllegalArgumentException if {@code workout} is missing
     */
    public static List<FitWorkoutItem> of(Workout workout) {
        Checks.required("workout", workout, "a workout");
        boolean hills = workout.kind() == WorkoutKind.HILLS;
        List<FitWorkoutItem> items = new ArrayList<>(workout.parts().size());
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Repeat repeat) {
                List<FitWorkoutStep> steps = new ArrayList<>(repeat.steps().size());
                for (Step step : repeat.steps()) {
                    steps.add(step(step, hills));
                }
                items.add(new FitRepeat(repeat.count(), steps));
            } else {
                items.add(step((Step) part, hills));
            }
        }
        return items;
    }

    /**
     * One step as the watch runs it.
     *
     * @param step  the planned step
     * @param hills whether it belongs to a hill session (run by effort, no pace target)
     * @return the FIT step
     */
    static FitWorkoutStep step(Step step, boolean hills) {
        FitWorkoutStep out = FitWorkoutStep.of(intensity(step.type()), duration(step), hills ? null : target(step.pace()));
        if (hills && step.type() == StepType.WORK) {
            return out.withName(HILL_BOUT_NAME);
        }
        if (hills && step.type() == StepType.RECOVERY) {
            return out.withName(HILL_JOG_NAME);
        }
        return step.type() == StepType.STRIDES ? out.withName(STRIDE_NAME) : out;
    }

    /**
     * The FIT intensity of a step type.
     *
     * @param type the step's purpose
     * @return warm-up, active, recovery or cool-down
     */
    public static FitIntensity intensity(StepType type) {
        return switch (Checks.requiredOneOf("step type", type, StepType.class)) {
            case WARMUP -> FitIntensity.WARM_UP;
            case WORK, STRIDES -> FitIntensity.ACTIVE;
            case RECOVERY -> FitIntensity.RECOVERY;
            case COOLDOWN -> FitIntensity.COOL_DOWN;
        };
    }

    /**
     * What ends a step on the watch: the planned measure, exactly.
     *
     * @param step the planned step
     * @return its metres in centimetres if planned by distance, else its seconds in milliseconds
     */
    public static FitStepDuration duration(Step step) {
        return step.planned() == Planned.DISTANCE
                ? new FitStepDuration(FitStepDuration.Type.DISTANCE, step.metres() * CENTIMETRES_PER_METRE)
                : new FitStepDuration(FitStepDuration.Type.TIME, step.seconds() * MILLISECONDS_PER_SECOND);
    }

    /**
     * The speed range of a pace range: the slow end gives the low speed, the fast end the high one;
     * a single pace is widened by {@link #SINGLE_PACE_HALF_BAND_SECONDS_PER_KM} either side.
     *
     * @param pace the pace range
     * @return the target, each speed rounded to the mm/s
     */
    public static FitSpeedTarget target(PaceRange pace) {
        double fast = pace.fast().secondsPerKm();
        double slow = pace.slow().secondsPerKm();
        if (pace.isSingle()) {
            fast -= SINGLE_PACE_HALF_BAND_SECONDS_PER_KM;
            slow += SINGLE_PACE_HALF_BAND_SECONDS_PER_KM;
        }
        return new FitSpeedTarget(millimetresPerSecond(slow), millimetresPerSecond(fast));
    }

    /**
     * A pace as a speed.
     *
     * @param secondsPerKm the pace, more than 0 s/km
     * @return the speed in mm/s, rounded
     */
    static long millimetresPerSecond(double secondsPerKm) {
        return Math.round(MILLIMETRES_PER_KM / secondsPerKm);
    }
}
