package dev.recovery.plans.request;

import static dev.recovery.plans.request.PlanRequestTest.GOAL;
import static dev.recovery.plans.request.PlanRequestTest.SUNDAY_RACE;
import static dev.recovery.plans.request.PlanRequestTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request's limits, met exactly: the weekly volumes (16 km or 10 mi now, at most 240 km or 150 mi),
 * runs of at least 5 km or 3 mi on average, 12 to 24 whole weeks from a start date, and the default
 * strength days.
 */
class PlanRequestBoundariesTest {

    private static PlanRequest.Builder km(Distance current, Distance peak) {
        return PlanRequest.builder(SUNDAY_RACE, current, peak, GOAL).units(DistanceUnit.KM);
    }

    private static PlanRequest.Builder mi(Distance current, Distance peak) {
        return PlanRequest.builder(SUNDAY_RACE, current, peak, GOAL).units(DistanceUnit.MI);
    }

    @Test
    void sixteenKilometresAWeekIsEnoughToStart() {
        assertEquals(Distance.ofKm(16), km(Distance.ofKm(16), Distance.ofKm(40)).runsPerWeek(3).build().currentWeekly());
    }

    @Test
    void aMetreUnderSixteenKilometresIsRefused() {
        String m = message(() -> km(Distance.ofMetres(15_999), Distance.ofKm(40)).runsPerWeek(3).build());
        assertTrue(m.startsWith("current-weekly: "), m);
        assertTrue(m.endsWith("expected from 16 to 240 km (a marathon plan starts from at least 16 km a week)"), m);
    }

    @Test
    void tenMilesAWeekIsEnoughToStart() {
        assertEquals(Distance.ofMiles(10), mi(Distance.ofMiles(10), Distance.ofMiles(30)).runsPerWeek(3).build().currentWeekly());
    }

    @Test
    void aMetreUnderTenMilesIsRefused() {
        String m = message(() -> mi(Distance.ofMiles(10).minus(Distance.ofMetres(1)), Distance.ofMiles(30)).runsPerWeek(3).build());
        assertTrue(m.startsWith("current-weekly: "), m);
    }

    @Test
    void aCurrentVolumeOfExactlyTheLargestPeakIsAllowed() {
        PlanRequest r = km(Distance.ofKm(240), Distance.ofKm(240)).runsPerWeek(7).build();
        assertEquals(Distance.ofKm(240), r.currentWeekly());
    }

    @Test
    void aCurrentVolumeAMetreOverTheLargestPeakIsRefused() {
        String m = message(() -> km(Distance.ofMetres(240_001), Distance.ofMetres(240_001)).runsPerWeek(7).build());
        assertTrue(m.startsWith("current-weekly: "), m);
    }

    @Test
    void aPeakEqualToTheCurrentVolumeIsAllowed() {
        assertEquals(Distance.ofMiles(30), mi(Distance.ofMiles(30), Distance.ofMiles(30)).build().peakWeekly());
    }

    @Test
    void aPeakAMetreUnderTheCurrentVolumeIsRefused() {
        String m = message(() -> mi(Distance.ofMiles(30), Distance.ofMiles(30).minus(Distance.ofMetres(1))).build());
        assertTrue(m.startsWith("peak-weekly: "), m);
        assertTrue(m.endsWith("expected from the current weekly volume (30.0 mi) to 150 mi"), m);
    }

    @Test
    void aPeakOfExactlyOneHundredFiftyMilesIsAllowed() {
        assertEquals(Distance.ofMiles(150), mi(Distance.ofMiles(30), Distance.ofMiles(150)).build().peakWeekly());
    }

    @Test
    void aPeakAMetreOverOneHundredFiftyMilesIsRefused() {
        String m = message(() -> mi(Distance.ofMiles(30), Distance.ofMiles(150).plus(Distance.ofMetres(1))).build());
        assertTrue(m.startsWith("peak-weekly: "), m);
    }

    @Test
    void twentyFiveKilometresAllowFiveRunsOfFive() {
        assertEquals(5, km(Distance.ofKm(25), Distance.ofKm(50)).runsPerWeek(5).build().runsPerWeek());
    }

    @Test
    void aMetreUnderTwentyFiveKilometresAllowsOnlyFourRuns() {
        String m = message(() -> km(Distance.ofMetres(24_999), Distance.ofKm(50)).runsPerWeek(5).build());
        assertTrue(m.startsWith("runs-per-week: 5 is not allowed; expected at most 4 for a current weekly volume of "), m);
    }

    @Test
    void fifteenMilesAllowFiveRunsOfThree() {
        assertEquals(5, mi(Distance.ofMiles(15), Distance.ofMiles(30)).runsPerWeek(5).build().runsPerWeek());
    }

    @Test
    void aCopyWithOtherWeeksKeepsTheRestAndStartsEarlier() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).build();
        PlanRequest longer = r.withWeeks(20);
        assertEquals(20, longer.weeks());
        assertEquals(r.raceDate(), longer.raceDate());
        assertEquals(r.peakWeekly(), longer.peakWeekly());
        assertEquals(SUNDAY_RACE.minusDays(139), longer.startDate());
    }

    @Test
    void aCopyWithOtherWeeksIsValidatedToo() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).build();
        assertEquals("weeks: 25 is not allowed; expected a whole number from 12 to 24", message(() -> r.withWeeks(25)));
    }

    @Test
    void aStartDateGivingTwelveWholeWeeksIsAllowed() {
        assertEquals(12, mi(Distance.ofMiles(30), Distance.ofMiles(45)).startDate(SUNDAY_RACE.minusDays(83)).build().weeks());
    }

    @Test
    void aStartDateADayLaterIsRefused() {
        String m = message(() -> mi(Distance.ofMiles(30), Distance.ofMiles(45)).startDate(SUNDAY_RACE.minusDays(82)).build());
        assertEquals("start-date: 2027-01-26 is not allowed; expected a date giving 12 to 24 whole weeks before the race on "
                + "2027-04-18: from 2026-11-02 to 2027-01-25", m);
    }

    @Test
    void aStartDateGivingTwentyFourWholeWeeksIsAllowed() {
        assertEquals(24, mi(Distance.ofMiles(30), Distance.ofMiles(45)).startDate(SUNDAY_RACE.minusDays(167)).build().weeks());
    }

    @Test
    void aStartDateGivingTwentyFiveWholeWeeksIsRefused() {
        String m = message(() -> mi(Distance.ofMiles(30), Distance.ofMiles(45)).startDate(SUNDAY_RACE.minusDays(174)).build());
        assertTrue(m.startsWith("start-date: 2026-10-26 is not allowed"), m);
    }

    @Test
    void byDefaultStrengthIsTwoAndFourDaysAfterTheLongRun() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).build();
        assertEquals(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), r.strengthDays());
    }

    @Test
    void withRestMidWeekStrengthStaysTwoAndFourDaysAfterTheLongRun() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).restDay(DayOfWeek.WEDNESDAY).build();
        assertEquals(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), r.strengthDays());
    }

    @Test
    void withRestFourDaysAfterTheLongRunStrengthMovesToFive() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).restDay(DayOfWeek.THURSDAY).build();
        assertEquals(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), r.strengthDays());
    }

    @Test
    void withRestTwoDaysAfterTheLongRunStrengthIsFourAndOneDayAfter() {
        PlanRequest r = mi(Distance.ofMiles(30), Distance.ofMiles(45)).restDay(DayOfWeek.TUESDAY).build();
        assertEquals(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), r.strengthDays());
    }
}
