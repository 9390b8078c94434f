package dev.recovery.plans.request;

import dev.recovery.core.pace.Vdot;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.time.Duration;

/**
 * What a plan's paces are derived from: a goal marathon time or a recent race result.
 *
 * @param distance the race distance, from 1,500 m to the marathon (42.195 km)
 * @param time     the finishing time (or the goal time for a marathon); the average pace must lie
 *                 between 2:00/km and 20:00/km
 * @param goal     true if this is a goal marathon time rather than a race already run
 * @since 0.1.0
 */
public record RaceResult(Distance distance, Duration time, boolean goal) {

    /** The shortest race paces are derived from: the 1,500 m (shorter races predict a marathon poorly). */
    public static final Distance SHORTEST = Distance.ofMetres(1_500);

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public RaceResult {
        Checks.required("race-distance", distance, "a race distance from 1500m to 42.195km");
        if (distance.metres() < SHORTEST.metres() - 1e-6 || distance.metres() > Distance.MARATHON.metres() + 1e-6) {
            throw Checks.invalidFormatted("race-distance", distance.toString(), "a race distance from 1.5 km to 42.2 km");
        }
        Checks.required("race-time", time, "a time such as 3:30:00");
        if (time.isZero() || time.isNegative()) {
            throw Checks.invalidFormatted("race-time", Durations.format(time), "a positive time such as 3:30:00");
        }
        double secondsPerKm = time.toMillis() / 1000.0 / distance.km();
        if (secondsPerKm < Pace.MIN_SECONDS_PER_KM || secondsPerKm > Pace.MAX_SECONDS_PER_KM) {
            throw Checks.invalidFormatted("race-time", Durations.format(time) + " for " + distance,
                    "a time giving a pace from 2:00/km to 20:00/km");
        }
        if (goal && Math.abs(distance.metres() - Distance.MARATHON.metres()) > 1e-6) {
            throw Checks.invalidFormatted("race-distance", distance.toString(), "the marathon (42.195 km) for a goal time");
        }
        // Paces come from core's VDOT: a result core cannot turn into a VDOT is refused here, with core's message.
        if (goal) {
            Vdot.fromGoal(time);
        } else {
            Vdot.fromRace(distance, time);
        }
    }

    /**
     * A goal marathon time, e.g. {@code goalMarathon(Durations.parse("3:30:00"))}.
     *
     * @throws IllegalArgumentException if the time gives a pace outside 2:00/km to 20:00/km
     */
    public static RaceResult goalMarathon(Duration time) {
        return new RaceResult(Distance.MARATHON, time, true);
    }

    /**
     * A race already run: {@code distance} in {@code time}.
     *
     * @throws IllegalArgumentException if the distance is outside 1.5-42.2 km or the pace outside 2:00-20:00/km
     */
    public static RaceResult recentRace(Distance distance, Duration time) {
        return new RaceResult(distance, time, false);
    }

    /** The average pace of the race or goal. */
    public Pace pace() {
        return Pace.of(distance, time);
    }
}
