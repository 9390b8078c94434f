package dev.recovery.importer.fit;

import dev.recovery.core.unit.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned running workout for a watch, neutral of any training plan: a name, the day it is for,
 * and its steps and repeated blocks in order. {@link FitWorkoutEncoder} writes it as a FIT workout
 * file; {@link FitReader} reads such a file back into an equal value.
 *
 * @param name  the workout's name on the watch, 1 to {@link #MAX_NAME_BYTES} bytes of UTF-8 (e.g. {@code Long run 28 km})
 * @param date  the day it is planned for (written as the file's creation time, midnight UTC)
 * @param items its steps and repeats, 1 or more, in all at most {@link #MAX_STEPS} workout_step messages
 */
public record FitWorkout(String name, LocalDate date, List<FitWorkoutItem> items) {

    /** The longest name, in UTF-8 bytes: a FIT string field holds 255 bytes with its terminator; watches show far fewer. */
    public static final int MAX_NAME_BYTES = 100;
    /** The most workout_step messages in one workout (Garmin watches take about 50; the protocol's index is 16-bit). */
    public static final int MAX_STEPS = 250;

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public FitWorkout {
        checkName("name", name);
        Checks.required("date", date, "the day the workout is for");
        Checks.required("items", items, "one or more steps");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw Checks.invalid("items", "none", "one or more steps");
        }
        int steps = items.stream().mapToInt(FitWorkoutItem::messageCount).sum();
        if (steps > MAX_STEPS) {
            throw Checks.invalid("steps", steps, "at most " + MAX_STEPS + " steps, repeat steps included");
        }
    }

    /**
     * A workout.
     *
     * @param name  its name
     * @param date  its day
     * @param items its steps and repeats
     * @return the workout
     */
    public static FitWorkout of(String name, LocalDate date, FitWorkoutItem... items) {
        return new FitWorkout(name, date, List.of(items));
    }

    /** How many workout_step messages it takes: its num_valid_steps. */
    public int stepCount() {
        return items.stream().mapToInt(FitWorkoutItem::messageCount).sum();
    }

    static void checkName(String field, String value) {
        Checks.required(field, value, "a name");
        int bytes = FitWorkoutStep.nameBytes(value);
        if (value.isBlank() || bytes > MAX_NAME_BYTES || value.indexOf('\0') >= 0) {
            throw Checks.invalid(field, value, "a name of 1 to " + MAX_NAME_BYTES + " bytes of UTF-8, without NUL");
        }
    }
}
