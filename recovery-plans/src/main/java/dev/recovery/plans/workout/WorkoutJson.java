package dev.recovery.plans.workout;

import dev.recovery.core.unit.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a workout's steps, as plain maps and lists any serialiser writes as is (this
 * module has no JSON library). The field names are a contract: a step is
 * {@code {"type", "zone", "distanceKm", "seconds"}} and a repeat {@code {"repeat": n, "steps": [...]}}.
 * Distances are exact decimals of whole metres, so the run's {@link #distanceKm(Workout)} is exactly
 * the sum of its steps' (a repeat counting each round).
 */
public final class WorkoutJson {

    /** The step type field: {@code warmup}, {@code work}, {@code recovery}, {@code cooldown} or {@code strides}. */
    public static final String TYPE = "type";
    /** The zone field: {@code E}, {@code M}, {@code T}, {@code I} or {@code R}. */
    public static final String ZONE = "zone";
    /** The distance field, in km. */
    public static final String DISTANCE_KM = "distanceKm";
    /** The duration field, in whole seconds. */
    public static final String SECONDS = "seconds";
    /** A repeat's round count field. */
    public static final String REPEAT = "repeat";
    /** A repeat's steps field, and the run's. */
    public static final String STEPS = "steps";

    private WorkoutJson() {
    }

    /**
     * The workout's steps: a list of step maps and repeat maps, in order, keys in contract order.
     *
     * @param workout the workout
     * @return a new, modifiable list the caller may serialise
     * @throws IllegalArgumentException naming {@code workout} if it is missing
     */
    public static List<Map<String, Object>> steps(Workout workout) {
        Checks.required("workout", workout, "a workout");
        List<Map<String, Object>> items = new ArrayList<>();
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Repeat repeat) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put(REPEAT, repeat.count());
                List<Map<String, Object>> inner = new ArrayList<>();
                for (Step step : repeat.steps()) {
                    inner.add(step(step));
                }
                item.put(STEPS, inner);
                items.add(item);
            } else {
                items.add(step((Step) part));
            }
        }
        return items;
    }

    /**
     * The run's distance in km, as written to JSON: the exact sum of its steps.
     *
     * @param workout the workout
     * @return whole metres as km, e.g. {@code 12.4} or {@code 13.358}
     */
    public static BigDecimal distanceKm(Workout workout) {
        Checks.required("workout", workout, "a workout");
        return km(workout.metres());
    }

    /**
     * Whole {@code metres} as an exact decimal of km, without trailing zeros or an exponent.
     *
     * @param metres the distance in metres
     * @return the km, e.g. {@code 10} or {@code 0.4}
     */
    public static BigDecimal km(int metres) {
        BigDecimal km = BigDecimal.valueOf(metres, 3).stripTrailingZeros();
        // Stripping 10.000 gives 1E+1; a scale of at least 0 writes it as 10.
        return km.setScale(Math.max(0, km.scale()));
    }

    private static Map<String, Object> step(Step step) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(TYPE, step.type().id());
        item.put(ZONE, step.zone().id());
        item.put(DISTANCE_KM, km(step.metres()));
        item.put(SECONDS, step.seconds());
        return item;
    }
}
