package dev.recovery.plans.workout;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a workout for a runner to read, in their unit, e.g. {@code 3 km easy, 5 x 1000 m at I
 * 4:15/km with 3 min jog, 2 km easy}. Reps and strides are in metres (track distances, in either
 * unit); other distances in km or mi to a tenth; a step planned by time shows its time. Consecutive
 * easy steps at the same pace (a warm-up and the easy running after it) read as one. Hill bouts
 * read as an effort, not a pace: uphill, a runner slows at the same effort.
 */
public final class WorkoutText {

    /** Distances below this many metres are shown in metres: 400 m, not 0.2 mi. */
    static final int METRES_BELOW = 1_000;
    private static final int SECONDS_PER_MINUTE = 60;

    private WorkoutText() {
    }

    /**
     * The workout in words.
     *
     * @param workout the workout
     * @param unit    the runner's unit for distances and paces
     * @return one line, steps separated by commas
     * @throws IllegalArgumentException naming the field if the workout or unit is missing
     */
    public static String describe(Workout workout, DistanceUnit unit) {
        Checks.required("workout", workout, "a workout");
        Checks.requiredOneOf("units", unit, DistanceUnit.class);
        boolean hills = workout.kind() == WorkoutKind.HILLS;
        List<String> items = new ArrayList<>();
        Step pending = null;
        int pendingMetres = 0;
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Step step && mergeable(step)) {
                if (pending != null && pending.pace().equals(step.pace())) {
                    pendingMetres += step.metres();
                    continue;
                }
                if (pending != null) {
                    items.add(easy(pending, pendingMetres, unit));
                }
                pending = step;
                pendingMetres = step.metres();
                continue;
            }
            if (pending != null) {
                items.add(easy(pending, pendingMetres, unit));
                pending = null;
            }
            items.add(part instanceof Repeat repeat ? repeat(repeat, unit, hills) : step((Step) part, unit, false, hills));
        }
        if (pending != null) {
            items.add(easy(pending, pendingMetres, unit));
        }
        return String.join(", ", items);
    }

    private static boolean mergeable(Step step) {
        return step.zone() == Zone.E && step.type() != StepType.RECOVERY && step.planned() == Planned.DISTANCE;
    }

    private static String easy(Step step, int metres, DistanceUnit unit) {
        return step(Step.ofMetres(step.type(), step.zone(), metres, step.pace()), unit, false, false);
    }

    private static String repeat(Repeat repeat, DistanceUnit unit, boolean hills) {
        StringBuilder text = new StringBuilder().append(repeat.count()).append(" x ");
        for (int i = 0; i < repeat.steps().size(); i++) {
            text.append(i == 0 ? "" : i == 1 ? " with " : " and ").append(step(repeat.steps().get(i), unit, true, hills));
        }
        return text.toString();
    }

    private static String step(Step step, DistanceUnit unit, boolean inRepeat, boolean hills) {
        String measure = step.planned() == Planned.DURATION ? duration(step.seconds())
                : distance(step.metres(), unit, inRepeat || step.type() == StepType.STRIDES);
        return switch (step.type()) {
            case RECOVERY -> measure + (hills ? " jog back down" : " jog");
            case STRIDES -> measure + " strides";
            default -> step.zone() == Zone.E
                    ? measure + (step.pace().isSingle() ? " easy at " + step.pace().format(unit) : " easy")
                    : hills ? measure + " uphill at " + step.zone().id() + " effort"
                    : measure + " at " + step.zone().id() + " " + step.pace().format(unit);
        };
    }

    /** {@code metres} as e.g. {@code 1000 m}, {@code 3 km}, {@code 2.5 km} or {@code 1.9 mi}. */
    static String distance(int metres, DistanceUnit unit, boolean track) {
        if (track || metres < METRES_BELOW) {
            return metres + " m";
        }
        long tenths = Math.round(metres / unit.metres() * 10);
        // Concatenation, not String.format: exports render every run of a plan.
        String number = tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
        return number + " " + unit.symbol();
    }

    /** {@code seconds} as e.g. {@code 20 s}, {@code 4 min} or {@code 3 min 30 s}. */
    static String duration(int seconds) {
        if (seconds < SECONDS_PER_MINUTE) {
            return seconds + " s";
        }
        int minutes = seconds / SECONDS_PER_MINUTE;
        int rest = seconds % SECONDS_PER_MINUTE;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
