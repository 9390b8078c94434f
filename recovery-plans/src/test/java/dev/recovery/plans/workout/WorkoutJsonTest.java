package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Pace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkoutJsonTest {

    private static final PaceRange I = PaceRange.single(Pace.parse("4:15/km"));
    private static final PaceRange EASY = PaceRange.of(Pace.parse("5:30/km"), Pace.parse("5:45/km"));

    private static Workout intervals() {
        return Workout.of(WorkoutKind.INTERVALS,
                Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Repeat.of(5, Step.ofMetres(StepType.WORK, Zone.I, 1000, I), Step.ofSeconds(StepType.RECOVERY, Zone.E, 240, EASY)),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 2050, EASY));
    }

    @Test
    void aStepHasTypeZoneDistanceKmAndSecondsInThatOrder() {
        Map<String, Object> warmup = WorkoutJson.steps(intervals()).get(0);
        assertEquals(List.of("type", "zone", "distanceKm", "seconds"), List.copyOf(warmup.keySet()));
        assertEquals("warmup", warmup.get("type"));
        assertEquals("E", warmup.get("zone"));
        assertEquals(new BigDecimal("3"), warmup.get("distanceKm"));
        assertEquals(1035, warmup.get("seconds"));
    }

    @Test
    void aRepeatHasItsCountAndOneRoundOfSteps() {
        Map<String, Object> repeat = WorkoutJson.steps(intervals()).get(1);
        assertEquals(List.of("repeat", "steps"), List.copyOf(repeat.keySet()));
        assertEquals(5, repeat.get("repeat"));
        assertEquals(2, ((List<?>) repeat.get("steps")).size());
    }

    @Test
    void theRunsDistanceIsTheExactSumOfItsSteps() {
        int jog = Step.metresIn(240, EASY);
        assertEquals(WorkoutJson.km(3000 + 5 * (1000 + jog) + 2050), WorkoutJson.distanceKm(intervals()));
    }

    @Test
    void kilometresAreWrittenWithoutTrailingZerosOrAnExponent() {
        assertEquals("10", WorkoutJson.km(10_000).toPlainString());
        assertEquals("10", WorkoutJson.km(10_000).toString());
        assertEquals("2.05", WorkoutJson.km(2_050).toString());
        assertEquals("0.417", WorkoutJson.km(417).toString());
    }
}
