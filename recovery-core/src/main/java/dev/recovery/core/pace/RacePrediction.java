package dev.recovery.core.pace;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An equivalent race time at one standard distance: the VDOT prediction, with Riegel's as a
 * cross-check. The two agree closely near the race's own distance and drift apart further away;
 * a big gap is a hint that the prediction is a stretch.
 *
 * @param race   the distance predicted for
 * @param time   the VDOT (Daniels-Gilbert) prediction
 * @param riegel Riegel's prediction from the same race
 * @param reason where the prediction comes from
 * @since 0.1.0
 */
public record RacePrediction(RaceDistance race, Duration time, Duration riegel, Reason reason) {

    /** The rule id of a race prediction. */
    public static final String RULE_ID = "pace-race-prediction";

    /** @throws IllegalArgumentException if a part is missing */
    public RacePrediction {
        Checks.required("race", race, "one of 5K, 10K, half, marathon");
        Checks.required("time", time, "a predicted time");
        Checks.required("riegel", riegel, "a predicted time");
        Checks.required("reason", reason, "a reason");
    }

    /**
     * Predictions for 5K, 10K, half and marathon from a race of {@code distance} in {@code time}.
     *
     * @throws IllegalArgumentException as {@link Vdot#fromRace(Distance, Duration)}
     */
    public static List<RacePrediction> fromRace(Distance distance, Duration time) {
        Vdot vdot = Vdot.fromRace(distance, time);
        List<RacePrediction> result = new ArrayList<>();
        for (RaceDistance race : RaceDistance.values()) {
            Duration predicted = vdot.predict(race.distance());
            result.add(new RacePrediction(race, predicted, Riegel.predict(distance, time, race.distance()),
                    Reason.of(RULE_ID, race.label() + " in " + Durations.format(predicted) + " is equivalent to "
                            + Durations.format(time) + " for " + distance + " (" + vdot + ")",
                            Sources.DANIELS_GILBERT_1979)));
        }
        return List.copyOf(result);
    }

    /** The average pace of the predicted time. */
    public Pace pace() {
        return Pace.of(race.distance(), time);
    }

    /** Riegel's prediction less the VDOT one (positive when Riegel is slower). */
    public Duration riegelDifference() {
        return riegel.minus(time);
    }
}
