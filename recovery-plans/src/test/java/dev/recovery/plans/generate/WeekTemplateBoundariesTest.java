package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The week layout at its boundaries: one quality day up to four runs and two from five, runs spread
 * away from the long run in week order, the seventh run doubling the first plain easy day, and the
 * week's mobility session the day after the long run or, after a rest day, the day after that.
 * Days are numbered from the plan week's first day (0, Monday for a Sunday race) to race day (6).
 */
class WeekTemplateBoundariesTest {

    static PlanRequest.Builder request(int runs) {
        return PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofKm(50), Distance.ofKm(80),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(runs);
    }

    static WeekTemplate template(int runs) {
        return WeekTemplate.of(request(runs).build());
    }

    @Test
    void fourRunsHaveOneQualityDay() {
        assertArrayEquals(new int[] {3}, template(4).qualitySlots);
    }

    @Test
    void fiveRunsHaveTwoQualityDays() {
        assertArrayEquals(new int[] {1, 3}, template(5).qualitySlots);
    }

    @Test
    void sixRunsStillHaveTwoQualityDays() {
        assertEquals(2, template(6).qualitySlots.length);
    }

    @Test
    void fourRunsSpreadFromTheLongRunAndBreakTiesByTheEarlierDay() {
        // After Thursday and Tuesday, Friday and Saturday are both a day from a run: Friday comes first.
        assertArrayEquals(new int[] {1, 3, 4}, template(4).runSlots);
    }

    @Test
    void fiveRunsAreInWeekOrder() {
        assertArrayEquals(new int[] {1, 3, 4, 5}, template(5).runSlots);
    }

    @Test
    void sevenRunsDoubleTheFirstEasyDayThatIsNeitherQualityNorCrossTraining() {
        // Quality on Tuesday and Thursday, cross-training on Wednesday: Friday carries two runs.
        assertArrayEquals(new int[] {1, 2, 3, 4, 4, 5}, template(7).runSlots);
    }

    @Test
    void mobilityFollowsTheRestDayThatFollowsTheLongRun() {
        // Long run Sunday (6), rest Monday (0): mobility Tuesday.
        assertEquals(1, template(5).mobility);
    }

    @Test
    void mobilityIsTheDayAfterTheLongRunWhenThatIsNoRestDay() {
        WeekTemplate template = WeekTemplate.of(request(5).longRunDay(DayOfWeek.SATURDAY).restDay(DayOfWeek.MONDAY)
                .crossTrainingDay(DayOfWeek.WEDNESDAY).strengthDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).build());
        assertEquals(5, template.longRun);
        assertEquals(6, template.mobility);
    }
}
