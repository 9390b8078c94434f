package dev.recovery.plans.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad requests name the field, the value given and what is allowed. */
class PlanRequestTest {

    static final LocalDate SUNDAY_RACE = LocalDate.of(2027, 4, 18);
    static final RaceResult GOAL = RaceResult.goalMarathon(Durations.parse("3:45:00"));

    static PlanRequest.Builder valid() {
        return PlanRequest.builder(SUNDAY_RACE, Distance.ofMiles(30), Distance.ofMiles(45), GOAL).units(DistanceUnit.MI);
    }

    static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void defaultsPutTheLongRunOnRaceWeekdayAndRestTheDayAfter() {
        PlanRequest request = valid().build();
        assertEquals(DayOfWeek.SUNDAY, request.longRunDay());
        assertEquals(DayOfWeek.MONDAY, request.restDay());
        assertEquals(DayOfWeek.MONDAY, request.weekStart());
        assertEquals(2, request.strengthDays().size());
        assertEquals(18, request.weeks());
    }

    @Test
    void weeksOutsideTwelveToTwentyFourAreRefused() {
        assertEquals("weeks: 11 is not allowed; expected a whole number from 12 to 24", message(() -> valid().weeks(11).build()));
        assertEquals("weeks: 25 is not allowed; expected a whole number from 12 to 24", message(() -> valid().weeks(25).build()));
    }

    @Test
    void runsPerWeekOutsideThreeToSevenAreRefused() {
        assertEquals("runs-per-week: 2 is not allowed; expected a whole number from 3 to 7", message(() -> valid().runsPerWeek(2).build()));
        assertEquals("runs-per-week: 8 is not allowed; expected a whole number from 3 to 7", message(() -> valid().runsPerWeek(8).build()));
    }

    @Test
    void tooManyRunsForTheCurrentVolumeAreRefused() {
        String message = message(() -> PlanRequest.builder(SUNDAY_RACE, Distance.ofMiles(12), Distance.ofMiles(30), GOAL)
                .units(DistanceUnit.MI).runsPerWeek(5).build());
        assertEquals("runs-per-week: 5 is not allowed; expected at most 4 for a current weekly volume of 12.0 mi"
                + " (runs of at least 3 mi on average)", message);
    }

    @Test
    void aPeakBelowTheCurrentVolumeIsRefused() {
        String message = message(() -> PlanRequest.builder(SUNDAY_RACE, Distance.ofMiles(30), Distance.ofMiles(25), GOAL)
                .units(DistanceUnit.MI).build());
        assertEquals("peak-weekly: 25.0 mi is not allowed; expected from the current weekly volume (30.0 mi) to 150 mi", message);
    }

    @Test
    void aCurrentVolumeBelowTheMinimumIsRefused() {
        String message = message(() -> PlanRequest.builder(SUNDAY_RACE, Distance.ofKm(10), Distance.ofKm(40), GOAL).build());
        assertEquals("current-weekly: 10.0 km is not allowed; expected from 16 to 240 km (a marathon plan starts from at least 16 km a week)",
                message);
    }

    @Test
    void theRestDayCannotBeTheLongRunDay() {
        assertEquals("rest-day: sunday is not allowed; expected a day other than the long-run day (sunday)",
                message(() -> valid().restDay(DayOfWeek.SUNDAY).build()));
    }

    @Test
    void theRestDayCannotBeTheRaceWeekday() {
        assertEquals("rest-day: sunday is not allowed; expected a day other than the race's weekday (sunday)",
                message(() -> valid().longRunDay(DayOfWeek.SATURDAY).restDay(DayOfWeek.SUNDAY).build()));
    }

    @Test
    void strengthIsNeverTheDayBeforeTheLongRun() {
        assertEquals("strength-days: saturday is not allowed; expected days other than the long-run day (sunday), the day before it"
                + " (saturday) and the rest day (monday)", message(() -> valid().strengthDays(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY).build()));
    }

    @Test
    void strengthNeedsTwoDifferentDays() {
        assertEquals("strength-days: [TUESDAY, TUESDAY] is not allowed; expected two different days of the week",
                message(() -> valid().strengthDays(DayOfWeek.TUESDAY, DayOfWeek.TUESDAY).build()));
    }

    @Test
    void crossTrainingIsNotOnTheRestDay() {
        assertEquals("cross-training-day: monday is not allowed; expected a day other than the rest day (monday) and the long-run day (sunday)",
                message(() -> valid().crossTrainingDay(DayOfWeek.MONDAY).build()));
    }

    @Test
    void theWeekMustEndOnTheRaceWeekday() {
        assertEquals("week-start: sunday is not allowed; expected monday, the day after the race's weekday, so the race on"
                + " 2027-04-18 is the plan's last day", message(() -> valid().weekStart(DayOfWeek.SUNDAY).build()));
    }

    @Test
    void aStartDateGivingTooFewWeeksIsRefused() {
        assertEquals("start-date: 2027-02-01 is not allowed; expected a date giving 12 to 24 whole weeks before the race on 2027-04-18:"
                + " from 2026-11-02 to 2027-01-25", message(() -> valid().startDate(LocalDate.of(2027, 2, 1)).build()));
    }

    @Test
    void aGoalTimeMustBeForTheMarathon() {
        assertEquals("race-time: 0:30 for 42.2 km is not allowed; expected a time giving a pace from 2:00/km to 20:00/km",
                message(() -> RaceResult.goalMarathon(Durations.parse("0:30"))));
    }

    @Test
    void aMissingPaceBasisIsRefused() {
        assertEquals("pace-basis: nothing is not allowed; expected a goal marathon time or a recent race result",
                message(() -> PlanRequest.builder(SUNDAY_RACE, Distance.ofMiles(30), Distance.ofMiles(45), null).build()));
    }
}
