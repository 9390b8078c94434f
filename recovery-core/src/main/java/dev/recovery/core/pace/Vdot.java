package dev.recovery.core.pace;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * A runner's VDOT: Daniels' "pseudo VO2max", a single number (ml/kg/min) that summarises current
 * race fitness. It comes from a race result (or a goal marathon time) through the Daniels-Gilbert
 * equations ({@link DanielsGilbert}), and gives back equivalent race times at other distances and
 * training paces.
 *
 * <p>A 3:10:49 marathon and a 19:57 5K are both VDOT 50 in Daniels' tables.
 *
 * @param value the VDOT, from {@value #MIN} to {@value #MAX}
 * @since 0.1.0
 */
public record Vdot(double value) implements Comparable<Vdot> {

    /**
     * The lowest VDOT accepted: about an 8:06 marathon or a 53-minute 5K. Daniels' tables start
     * at 30; below 15 the equations (fitted to runners) describe walking and stop meaning much.
     */
    public static final double MIN = 15;
    /**
     * The highest VDOT accepted. The men's world records sit near 85.5 (5000 m 12:35, marathon
     * 2:00:35), so a result above 90 is a typo or a short course, not a performance.
     */
    public static final double MAX = 90;

    /** The shortest race a VDOT is computed from: 1,500 m; shorter races are mostly anaerobic. */
    public static final Distance SHORTEST_RACE = Distance.ofMetres(1_500);
    /** The longest race a VDOT is computed from: the marathon, the longest distance the equations were fitted to. */
    public static final Distance LONGEST_RACE = Distance.MARATHON;
    /** Half a metre of slack for distances converted from km or miles in floating point. */
    private static final double DISTANCE_SLACK_METRES = 0.5;

    /** @throws IllegalArgumentException if {@code value} is not finite or outside 15 to 90 */
    public Vdot {
        Checks.inRange("vdot", value, MIN, MAX, "");
    }

    /**
     * A VDOT of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is outside 15 to 90
     */
    public static Vdot of(double value) {
        return new Vdot(value);
    }

    /**
     * The VDOT of a race: {@code distance} covered in {@code time}.
     *
     * @param distance from 1,500 m to the marathon (42.195 km)
     * @param time     the finishing time
     * @throws IllegalArgumentException naming {@code race distance} or {@code race time}, the value
     *                                  and what is allowed: a distance outside 1,500 m to the
     *                                  marathon, or a time implying a VDOT above 90 (faster than any
     *                                  human) or below 15
     */
    public static Vdot fromRace(Distance distance, Duration time) {
        return fromRace("race distance", "race time", distance, time);
    }

    /**
     * The VDOT a goal marathon time stands for: the fitness needed to run it. Runners usually know
     * their goal before they have a recent race.
     *
     * @param marathonTime the goal time for 42.195 km, e.g. 3:30:00
     * @throws IllegalArgumentException naming {@code goal}, the time and the accepted range (about
     *                                  1:55:27 at VDOT 90 to 8:06:03 at VDOT 15)
     */
    public static Vdot fromGoal(Duration marathonTime) {
        return fromRace("goal distance", "goal", Distance.MARATHON, marathonTime);
    }

    private static Vdot fromRace(String distanceField, String timeField, Distance distance, Duration time) {
        checkDistance(distanceField, distance);
        Checks.required(timeField, time, "a finishing time such as 45:00 or 3:30:00");
        if (time.isZero() || time.isNegative()) {
            throw Checks.invalidFormatted(timeField, time.isZero() ? "0:00" : Durations.format(time), "a time longer than zero");
        }
        double value = DanielsGilbert.vdot(distance.metres(), Durations.minutes(time));
        if (!(value >= MIN && value <= MAX)) {
            throw Checks.invalidFormatted(timeField, Durations.format(time) + " for " + describe(distance),
                    "a time from " + Durations.format(timeAt(MAX, distance)) + " (VDOT " + (int) MAX
                            + ", beyond every world record) to " + Durations.format(timeAt(MIN, distance))
                            + " (VDOT " + (int) MIN + ")");
        }
        return new Vdot(value);
    }

    /**
     * The time this VDOT predicts for {@code distance}: the Daniels-Gilbert equation solved for the
     * time (bisection to a tenth of a microsecond of a minute, then rounded to the millisecond).
     *
     * @param distance from 1,500 m to the marathon
     * @throws IllegalArgumentException naming {@code distance} if it is outside that range
     */
    public Duration predict(Distance distance) {
        checkDistance("distance", distance);
        return timeAt(value, distance);
    }

    /** The predicted marathon time. */
    public Duration marathonTime() {
        return predict(Distance.MARATHON);
    }

    /** The training paces (E, M, T, I, R) for this VDOT. */
    public TrainingPaces trainingPaces() {
        return TrainingPaces.of(this);
    }

    /** True if this VDOT stands for better fitness than {@code other}. */
    public boolean isHigherThan(Vdot other) {
        return value > other.value;
    }

    /** Shows the VDOT with one decimal, e.g. {@code 50.0}. */
    public String format() {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public int compareTo(Vdot other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "VDOT " + format();
    }

    private static Duration timeAt(double vdot, Distance distance) {
        double minutes = DanielsGilbert.minutesFor(vdot, distance.metres());
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    private static void checkDistance(String field, Distance distance) {
        Checks.required(field, distance, "a distance from 1500 m to 42.195 km");
        if (distance.metres() < SHORTEST_RACE.metres() - DISTANCE_SLACK_METRES
                || distance.metres() > LONGEST_RACE.metres() + DISTANCE_SLACK_METRES) {
            throw Checks.invalidFormatted(field, describe(distance),
                    "a distance from 1500 m to 42.195 km (the marathon), where the Daniels-Gilbert equations hold");
        }
    }

    private static String describe(Distance distance) {
        return String.format(Locale.ROOT, "%.3f km", distance.km());
    }
}
