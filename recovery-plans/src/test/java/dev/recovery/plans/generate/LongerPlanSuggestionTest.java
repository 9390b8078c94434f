package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An unreachable peak suggests a longer plan only as long as the weeks left before the race: a
 * suggested plan never starts before today.
 */
class LongerPlanSuggestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** 148 days from today, race day included: 21 whole weeks, the first starting tomorrow. */
    private static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    private static final int WEEKS_LEFT = 21;
    private static final int CURRENT_TENTHS = 300;

    private static InfeasiblePlanException refused(int peakTenths) {
        PlanRequest request = PlanRequest.builder(RACE, Distance.ofMiles(CURRENT_TENTHS / 10.0), Distance.ofMiles(peakTenths / 10.0),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).units(DistanceUnit.MI).runsPerWeek(7).weeks(12).build();
        return assertThrows(InfeasiblePlanException.class, () -> PlanBuilder.build(request, TODAY));
    }

    @Test
    void aPeakReachedInExactlyTheWeeksLeftSuggestsAPlanStartingTomorrow() {
        InfeasiblePlanException e = refused(VolumeProgression.reachablePeakTenths(WEEKS_LEFT, CURRENT_TENTHS));
        assertTrue(e.suggestion().orElseThrow().endsWith(", or a 21-week plan (starting 2026-11-23)"), e.suggestion()::toString);
    }

    @Test
    void aPeakBeyondTheWeeksLeftSuggestsRaisingTheVolumeNotAPlanStartingInThePast() {
        int reachable = VolumeProgression.reachablePeakTenths(WEEKS_LEFT, CURRENT_TENTHS);
        InfeasiblePlanException e = refused(reachable + 1);
        assertEquals("peak-weekly", e.field());
        assertTrue(e.suggestion().orElseThrow().endsWith(", or raise your weekly volume first: even the 21 weeks left before the race reach only "
                + Tenths.format(reachable, DistanceUnit.MI)), e.suggestion()::toString);
    }

    @Test
    void withoutTodayTheLongestPlanIsTheLimit() {
        // Rebuilding an accepted request (adaptation) has no today: the suggestion may reach 24 weeks.
        PlanRequest request = PlanRequest.builder(RACE, Distance.ofMiles(30), Distance.ofMiles(
                        VolumeProgression.reachablePeakTenths(PlanRequest.MAX_WEEKS, CURRENT_TENTHS) / 10.0),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).units(DistanceUnit.MI).runsPerWeek(7).weeks(12).build();
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class, () -> PlanBuilder.rebuild(request));
        assertTrue(e.suggestion().orElseThrow().endsWith(", or a 24-week plan (starting 2026-11-02)"), e.suggestion()::toString);
    }
}
