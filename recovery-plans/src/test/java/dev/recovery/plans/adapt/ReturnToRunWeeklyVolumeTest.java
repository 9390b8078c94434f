package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.ReturnToRunFixture.LONGEST_EASY_METRES;
import static dev.recovery.plans.adapt.ReturnToRunFixture.MONDAY;
import static dev.recovery.plans.adapt.ReturnToRunFixture.adapt;
import static dev.recovery.plans.adapt.ReturnToRunFixture.easy;
import static dev.recovery.plans.adapt.ReturnToRunFixture.episode;
import static dev.recovery.plans.adapt.ReturnToRunFixture.metres;
import static dev.recovery.plans.adapt.ReturnToRunFixture.onStep;
import static dev.recovery.plans.adapt.ReturnToRunFixture.put;
import static dev.recovery.plans.adapt.ReturnToRunFixture.ran;
import static dev.recovery.plans.adapt.ReturnToRunFixture.readiness;
import static dev.recovery.plans.adapt.ReturnToRunFixture.restDays;
import static dev.recovery.plans.adapt.ReturnToRunFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.EpisodeStatus;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Session;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.plans.adapt.ReturnToRunFixture.Adapted;
import dev.recovery.plans.plan.Day;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The weekly volume in the return to run: it starts at half the weekly average of the four weeks
 * before the episode opened (Warden, Davis &amp; Fredericson 2014), then grows by at most 10% a week,
 * all in whole metres so that a week exactly at its cap is kept.
 */
class ReturnToRunWeeklyVolumeTest {

    /** The episode opened ten days before the readiness's Monday; the last step is run that Monday. */
    private static final LocalDate OPENED = MONDAY.minusDays(10);
    /** Four runs of 20 km in the four weeks before: 20 km a week, so the first week is held to 10 km. */
    private static final List<Session> TWENTY_KM_A_WEEK = List.of(ran(OPENED.minusDays(1), 20_000),
            ran(OPENED.minusDays(8), 20_000), ran(OPENED.minusDays(15), 20_000), ran(OPENED.minusDays(22), 20_000));
    /** The fourth plan week after the readiness's Monday, past the steps and the first quality week. */
    private static final int WEEK_FOUR = 21;

    private static Readiness lastStep() {
        return onStep(MONDAY, 7, OPENED);
    }

    /** A future with the last step on day 0 and runs of {@code first} and {@code second} metres in week four. */
    private static Adapted weekFour(List<? extends Session> completed, int first, int second) {
        List<Day> future = restDays(MONDAY, 40);
        put(future, WEEK_FOUR + 1, easy(first));
        put(future, WEEK_FOUR + 3, easy(second));
        put(future, WEEK_FOUR + 7, easy(5_000));
        return adapt(lastStep(), completed, future);
    }

    /** The last step alone in the first week, with {@code completed} standing for the weeks before. */
    private static Adapted firstWeek(List<? extends Session> completed) {
        return adapt(lastStep(), completed, restDays(MONDAY, 30));
    }

    private static boolean held(Adapted a, int i) {
        return a.messages(i).stream().anyMatch(m -> m.contains("week held to"));
    }

    @Test
    void aWeekExactlyTenPercentAWeekAboveHalfThePreInjuryVolumeIsKept() {
        // 10,000 m, then 11,000, 12,100 and 13,310 m in the fourth week.
        Adapted a = weekFour(TWENTY_KM_A_WEEK, 8_000, 5_310);
        assertEquals(8_000, metres(a.day(WEEK_FOUR + 1)));
        assertEquals(5_310, metres(a.day(WEEK_FOUR + 3)));
        assertFalse(held(a, WEEK_FOUR + 1));
    }

    @Test
    void aWeekOneMetreOverItsCapIsHeldRoundedDownToHundredMetres() {
        Adapted a = weekFour(TWENTY_KM_A_WEEK, 8_000, 5_311);
        assertEquals(7_900, metres(a.day(WEEK_FOUR + 1)));
        assertEquals(5_300, metres(a.day(WEEK_FOUR + 3)));
    }

    @Test
    void aHeldRunSaysWhy() {
        Adapted a = weekFour(TWENTY_KM_A_WEEK, 8_000, 5_311);
        assertTrue(held(a, WEEK_FOUR + 1), a.messages(WEEK_FOUR + 1).toString());
        assertTrue(a.messages(WEEK_FOUR + 1).get(0).contains("from about half your weekly volume before, then at most 10% more a week"));
    }

    @Test
    void aRestDayInAHeldWeekNeedsNoReason() {
        Adapted a = weekFour(TWENTY_KM_A_WEEK, 8_000, 5_311);
        assertFalse(a.saysAnything(WEEK_FOUR + 2), a.messages(WEEK_FOUR + 2).toString());
    }

    @Test
    void theNextWeeksFirstDayIsNotHeldWithTheWeekBefore() {
        Adapted a = weekFour(TWENTY_KM_A_WEEK, 8_000, 5_311);
        assertEquals(5_000, metres(a.day(WEEK_FOUR + 7)));
        assertFalse(a.saysAnything(WEEK_FOUR + 7));
    }

    @Test
    void withNothingLoggedTheStatedWeeklyVolumeSetsTheCap() {
        // 35 mi is 56,327 m: 28,163 m, then 30,979, 34,076 and 37,483 m in the fourth week.
        Adapted kept = weekFour(List.of(), 20_000, 17_483);
        assertEquals(17_483, metres(kept.day(WEEK_FOUR + 3)));
        Adapted over = weekFour(List.of(), 20_000, 17_484);
        assertEquals(19_900, metres(over.day(WEEK_FOUR + 1)));
    }

    @Test
    void aRaceInAHeldWeekKeepsItsDistance() {
        List<Day> future = restDays(MONDAY, WEEK_FOUR + 7);
        put(future, WEEK_FOUR + 1, easy(8_000));
        put(future, WEEK_FOUR + 3, easy(5_311));
        Adapted a = adapt(lastStep(), TWENTY_KM_A_WEEK, future);
        assertEquals(7_900, metres(a.day(WEEK_FOUR + 1)));
        assertEquals(42_195, metres(a.day(WEEK_FOUR + 6)));
        assertFalse(a.saysAnything(WEEK_FOUR + 6));
    }

    @Test
    void theFirstWeekIsHeldToHalfThePreInjuryWeeklyAverage() {
        // 8,000 m in the four weeks: 2,000 m a week, half of it 1,000 m.
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(3), 8_000)));
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void aHeldRunUnderOneHundredMetresIsDropped() {
        // 400 m in the four weeks: a cap of 50 m.
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(3), 400)));
        assertTrue(a.day(0).runs().isEmpty(), a.day(0).toString());
    }

    @Test
    void aRunOnTheDayTheEpisodeOpenedIsNotPreInjury() {
        Adapted a = firstWeek(List.of(ran(OPENED, 8_000)));
        assertEquals(LONGEST_EASY_METRES, metres(a.day(0)));
    }

    @Test
    void aRunTheDayBeforeTheEpisodeOpenedIsPreInjury() {
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(1), 8_000)));
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void aRunFourWeeksBeforeTheEpisodeOpenedIsPreInjury() {
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(28), 8_000)));
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void aRunTwentyNineDaysBeforeTheEpisodeOpenedIsNot() {
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(29), 8_000)));
        assertEquals(LONGEST_EASY_METRES, metres(a.day(0)));
    }

    @Test
    void runsBetweenTheOpeningAndTodayAreNotPreInjury() {
        Adapted a = firstWeek(List.of(ran(OPENED.plusDays(2), 8_000)));
        assertEquals(LONGEST_EASY_METRES, metres(a.day(0)));
    }

    @Test
    void theWeeklyAverageAddsEveryRunOfTheFourWeeks() {
        // 6,000 + 2,000 m: 2,000 m a week, half of it 1,000 m.
        Adapted a = firstWeek(List.of(ran(OPENED.minusDays(2), 6_000), ran(OPENED.minusDays(9), 2_000)));
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void sessionsOtherThanRunsAreNotPreInjuryRunning() {
        List<Session> completed = new ArrayList<>(List.of(ran(OPENED.minusDays(3), 8_000)));
        completed.add(CrossTraining.of(OPENED.minusDays(2), CrossActivity.values()[0], java.time.Duration.ofMinutes(40)));
        Adapted a = firstWeek(completed);
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void aClearedEpisodeSetsTheWindowToo() {
        Readiness r = readiness(MONDAY, List.of(episode(BodyRegion.SHIN, OPENED, EpisodeStatus.CLEARED,
                Optional.of(step(MONDAY, 7, true, Optional.empty())))));
        Adapted a = adapt(r, List.of(ran(OPENED.plusDays(2), 8_000)), restDays(MONDAY, 30));
        assertEquals(LONGEST_EASY_METRES, metres(a.day(0)));
    }

    @Test
    void anOpenEpisodeElsewhereDoesNotMoveTheWindow() {
        Readiness r = readiness(MONDAY, List.of(
                episode(BodyRegion.CALF, OPENED.minusDays(30), EpisodeStatus.OPEN, Optional.empty()),
                episode(BodyRegion.SHIN, OPENED, EpisodeStatus.RETURN_TO_RUN, Optional.of(step(MONDAY, 7, true, Optional.empty())))));
        // 35 days before the shin opened: outside its window, inside the calf's.
        Adapted a = adapt(r, List.of(ran(OPENED.minusDays(35), 8_000)), restDays(MONDAY, 30));
        assertEquals(LONGEST_EASY_METRES, metres(a.day(0)));
    }

    @Test
    void theEarliestEpisodeInTheReturnToRunSetsTheWindow() {
        Readiness r = readiness(MONDAY, List.of(
                episode(BodyRegion.SHIN, OPENED, EpisodeStatus.RETURN_TO_RUN, Optional.of(step(MONDAY, 7, true, Optional.empty()))),
                episode(BodyRegion.FOOT, OPENED.minusDays(30), EpisodeStatus.CLEARED, Optional.empty())));
        Adapted a = adapt(r, List.of(ran(OPENED.minusDays(35), 8_000)), restDays(MONDAY, 30));
        assertEquals(1_000, metres(a.day(0)));
    }

    @Test
    void afterABreakTheWindowEndsToday() {
        Readiness r = readiness(MONDAY, List.of());
        Adapted a = adapt(r, List.of(ran(MONDAY.minusDays(8), 8_000)), restDays(MONDAY, 30));
        // Steps 1 to 3 from tomorrow; 8,000 m in the four weeks before today: 1,000 m for the first week.
        int week = 0;
        for (int i = 0; i < 7; i++) {
            week += metres(a.day(i));
        }
        assertTrue(week > 0 && week <= 1_000, "first week " + week);
    }
}
