package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.workout.WorkoutKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Race week on a seven-run plan, whose template doubles up one day. */
class RaceWeekTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Found by the race-week property: seven runs a week, the long run on Monday, the race on a Wednesday. */
    static Plan sevenRuns() {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2028, 2, 9), Distance.ofKm(105.5), Distance.ofKm(115.3),
                RaceResult.goalMarathon(Durations.parse("5:44:00"))).weeks(13).runsPerWeek(7).units(DistanceUnit.KM)
                .longRunDay(DayOfWeek.MONDAY).restDay(DayOfWeek.SUNDAY).crossTrainingDay(DayOfWeek.FRIDAY)
                .strengthDays(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY).build();
        return PlanBuilder.build(request, TODAY);
    }

    @Test
    void theDayBeforeTheRaceIsOneShakeOutEvenWhereTheTemplateDoublesThatDay() {
        Week race = sevenRuns().weeks().get(12);
        Day before = race.days().get(PlanBuilder.RACE_DAY - 1);
        assertEquals(1, before.runs().size(), before.toString());
        assertEquals(WorkoutKind.SHAKEOUT, before.runs().get(0).kind());
    }

    @Test
    void theShakeOutIsTwentyToThirtyMinutesWithStrides() {
        Day before = sevenRuns().weeks().get(12).days().get(PlanBuilder.RACE_DAY - 1);
        int seconds = before.runs().get(0).workout().seconds();
        assertTrue(seconds >= 20 * 60 && seconds <= 32 * 60, seconds + " s");
    }
}
