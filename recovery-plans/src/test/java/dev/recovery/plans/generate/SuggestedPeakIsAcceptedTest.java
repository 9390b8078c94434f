package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The peak an infeasible request is told to choose ("a peak of at most ...") is accepted when the
 * runner chooses it: where the 3 hours of easy running do not bind, what the runs carry at the
 * runner's pace is exactly what the caps carry, with no metre lost to rounding each run.
 */
class SuggestedPeakIsAcceptedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    /** Fast enough that 3 h of easy running is longer than the 20 mi / 32 km long-run cap. */
    private static final RaceResult FAST = RaceResult.goalMarathon(Durations.parse("2:50:00"));

    private static PlanRequest threeRuns(DistanceUnit unit, Distance peak) {
        Distance current = unit == DistanceUnit.MI ? Distance.ofMiles(30) : Distance.ofKm(48);
        return PlanRequest.builder(RACE, current, peak, FAST).units(unit).runsPerWeek(3).weeks(18).build();
    }

    @Test
    void threeRunsCarryTheirCapsCapacityInMilesAtAFastPace() {
        Distance caps = PlanBuilder.runsCapacity(3, DistanceUnit.MI);
        assertEquals(caps, PlanBuilder.runsCapacity(threeRuns(DistanceUnit.MI, caps)));
    }

    @Test
    void threeRunsCarryTheirCapsCapacityInKilometresAtAFastPace() {
        Distance caps = PlanBuilder.runsCapacity(3, DistanceUnit.KM);
        assertEquals(caps, PlanBuilder.runsCapacity(threeRuns(DistanceUnit.KM, caps)));
    }

    @Test
    void thePeakSuggestedToAThreeRunPlanInMilesBuilds() {
        Distance suggested = PlanBuilder.runsCapacity(3, DistanceUnit.MI);
        assertEquals(Distance.ofMiles(36.4), suggested);
        assertEquals(18, PlanBuilder.build(threeRuns(DistanceUnit.MI, suggested), TODAY).weeks().size());
    }
}
