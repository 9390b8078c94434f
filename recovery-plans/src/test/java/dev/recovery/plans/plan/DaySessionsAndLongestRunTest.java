package dev.recovery.plans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a planned day hands the recovery prescriber, and a week's longest run. */
class DaySessionsAndLongestRunTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Plan plan() {
        return PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofKm(56), Distance.ofKm(88),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.KM).build(), TODAY);
    }

    @Test
    void aStrengthDayHandsOnAStrengthSessionOfFortyFiveMinutes() {
        Day day = plan().days().stream().filter(d -> d.strength().isPresent()).findFirst().orElseThrow();
        assertTrue(day.sessions().stream().anyMatch(s -> s instanceof StrengthSession strength
                && strength.duration().equals(Day.STRENGTH_DURATION)), day.sessions().toString());
    }

    @Test
    void aMobilityDayHandsOnAYogaSession() {
        Day day = plan().days().stream().filter(d -> d.mobility().isPresent()).findFirst().orElseThrow();
        assertTrue(day.sessions().stream().anyMatch(YogaSession.class::isInstance), day.sessions().toString());
    }

    @Test
    void aWeeksLongestRunIsItsLongestPlannedRun() {
        Week week = plan().weeks().get(0);
        double longest = week.days().stream().flatMap(d -> d.runs().stream()).mapToDouble(r -> r.distance().metres()).max().orElseThrow();
        assertEquals(longest, week.longestRun().metres(), 1e-9);
        assertTrue(longest > 0);
    }
}
