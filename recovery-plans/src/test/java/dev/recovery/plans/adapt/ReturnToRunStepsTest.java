package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.ReturnToRunFixture.ENTRY;
import static dev.recovery.plans.adapt.ReturnToRunFixture.LONGEST_EASY_METRES;
import static dev.recovery.plans.adapt.ReturnToRunFixture.MONDAY;
import static dev.recovery.plans.adapt.ReturnToRunFixture.RULE;
import static dev.recovery.plans.adapt.ReturnToRunFixture.adapt;
import static dev.recovery.plans.adapt.ReturnToRunFixture.easy;
import static dev.recovery.plans.adapt.ReturnToRunFixture.episode;
import static dev.recovery.plans.adapt.ReturnToRunFixture.metres;
import static dev.recovery.plans.adapt.ReturnToRunFixture.onStep;
import static dev.recovery.plans.adapt.ReturnToRunFixture.put;
import static dev.recovery.plans.adapt.ReturnToRunFixture.readiness;
import static dev.recovery.plans.adapt.ReturnToRunFixture.restDays;
import static dev.recovery.plans.adapt.ReturnToRunFixture.step;
import static dev.recovery.plans.adapt.ReturnToRunFixture.tempo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.EpisodeStatus;
import dev.recovery.core.log.RunType;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.adapt.ReturnToRunFixture.Adapted;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.StrengthWorkout;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The walk-run steps on alternate days, the continuous easy running after them and the first quality
 * sessions (Warden, Davis &amp; Fredericson 2014; Bolthouse et al.), one rule per example.
 */
class ReturnToRunStepsTest {

    /** Before the entry questions: the steps start tomorrow, every other day. */
    private static Readiness beforeEntry() {
        return readiness(MONDAY, List.of(episode(BodyRegion.SHIN, MONDAY.minusDays(10), EpisodeStatus.CLEARED,
                Optional.of(step(MONDAY, 0, false, Optional.empty())))));
    }

    private static boolean stepReason(Adapted a, int i, int number) {
        return a.messages(i).stream().anyMatch(m -> m.contains(": step " + number + " of 7"));
    }

    @Test
    void aStepDueTodayIsRunToday() {
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 30));
        assertEquals(1, a.day(0).runs().size());
        assertEquals(RunType.EASY, a.day(0).runs().get(0).type());
        assertTrue(stepReason(a, 0, 5), a.messages(0).toString());
    }

    @Test
    void theDayAfterAStepRunTodayHasNoRun() {
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 30));
        assertTrue(a.day(1).runs().isEmpty());
        assertTrue(stepReason(a, 2, 6), a.messages(2).toString());
    }

    @Test
    void aStepDueOnAnotherDayWaitsForIt() {
        Readiness r = readiness(MONDAY, List.of(episode(BodyRegion.SHIN, MONDAY.minusDays(20), EpisodeStatus.RETURN_TO_RUN,
                Optional.of(step(MONDAY, 5, false, Optional.of(MONDAY.plusDays(1)))))));
        Adapted a = adapt(r, List.of(), restDays(MONDAY, 30));
        assertTrue(a.day(0).runs().isEmpty());
        assertTrue(stepReason(a, 1, 5), a.messages(1).toString());
    }

    @Test
    void beforeTheEntryQuestionsTheFirstStepIsTomorrow() {
        Adapted a = adapt(beforeEntry(), List.of(), restDays(MONDAY, 40));
        assertTrue(a.day(0).runs().isEmpty());
        assertTrue(stepReason(a, 1, 1), a.messages(1).toString());
    }

    @Test
    void theFirstStepAsksForTheEntryQuestionsFirst() {
        Adapted a = adapt(beforeEntry(), List.of(), restDays(MONDAY, 40));
        assertTrue(a.messages(1).get(0).endsWith(ENTRY), a.messages(1).toString());
    }

    @Test
    void theSecondStepDoesNotAskForTheEntryQuestions() {
        Adapted a = adapt(beforeEntry(), List.of(), restDays(MONDAY, 40));
        assertTrue(stepReason(a, 3, 2), a.messages(3).toString());
        assertFalse(a.messages(3).get(0).contains(ENTRY), a.messages(3).toString());
    }

    @Test
    void aRunnerAlreadyOnStepOneIsNotAskedTheEntryQuestionsAgain() {
        Adapted a = adapt(onStep(MONDAY, 1, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 40));
        assertTrue(stepReason(a, 0, 1), a.messages(0).toString());
        assertFalse(a.messages(0).get(0).contains(ENTRY), a.messages(0).toString());
    }

    @Test
    void aRestDayBetweenStepsNeedsNoReason() {
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 30));
        assertTrue(a.day(1).isRest());
        assertFalse(a.saysAnything(1), a.messages(1).toString());
    }

    @Test
    void aRunBetweenStepsIsRemovedWithAReason() {
        List<Day> future = restDays(MONDAY, 30);
        put(future, 1, easy(8_000));
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), future);
        assertTrue(a.day(1).runs().isEmpty());
        assertTrue(a.messages(1).stream().anyMatch(m -> m.contains("no run today (the steps are on alternate days)")),
                a.messages(1).toString());
    }

    @Test
    void strengthBetweenStepsIsPausedWithAReason() {
        List<Day> future = restDays(MONDAY, 30);
        Optional<StrengthWorkout> strength = ReturnToRunFixture.PLAN.days().stream().map(Day::strength)
                .filter(Optional::isPresent).findFirst().orElseThrow();
        future.set(1, future.get(1).withStrength(strength));
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), future);
        assertTrue(a.day(1).strength().isEmpty());
        assertTrue(a.messages(1).stream().anyMatch(m -> m.contains("no run today")), a.messages(1).toString());
    }

    @Test
    void aRaceAmongTheStepsIsKept() {
        Adapted a = adapt(onStep(MONDAY, 5, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 4));
        assertEquals(RunType.RACE, a.day(3).runs().get(0).type());
        assertEquals(42_195, metres(a.day(3)));
        assertFalse(a.saysAnything(3));
    }

    @Test
    void aContinuousEasyRunIsNoLongerThanTheLastStep() {
        List<Day> future = restDays(MONDAY, 30);
        put(future, 3, easy(LONGEST_EASY_METRES + 1));
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
        assertEquals(LONGEST_EASY_METRES, metres(a.day(3)));
        assertTrue(a.messages(3).stream().anyMatch(m -> m.contains("continuous easy running only until " + MONDAY.plusDays(14))),
                a.messages(3).toString());
    }

    @Test
    void aShortTempoAfterTheStepsBecomesAnEasyRunOfItsLength() {
        List<Day> future = restDays(MONDAY, 30);
        put(future, 3, tempo(LONGEST_EASY_METRES - 100));
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
        assertEquals(RunType.EASY, a.day(3).runs().get(0).type());
        assertEquals(LONGEST_EASY_METRES - 100, metres(a.day(3)));
    }

    @Test
    void theLastDayOfContinuousEasyRunningHasNoIntensity() {
        List<Day> future = restDays(MONDAY, 30);
        put(future, 13, tempo(5_000));
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
        assertEquals(RunType.EASY, a.day(13).runs().get(0).type());
    }

    /** Two tempo runs in the first week after the 14 days of continuous easy running, the second on {@code second}. */
    private static Adapted twoTemposInTheFirstWeek(int first, int second, int secondMetres) {
        List<Day> future = restDays(MONDAY, 40);
        put(future, first, tempo(5_000));
        put(future, second, tempo(secondMetres));
        return adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
    }

    @Test
    void theFirstQualitySessionAfterTheEasyWeeksIsKept() {
        Adapted a = twoTemposInTheFirstWeek(14, 17, 5_000);
        assertEquals(RunType.TEMPO, a.day(14).runs().get(0).type());
        assertFalse(a.saysAnything(14), a.messages(14).toString());
    }

    @Test
    void anEasyDayBeforeTheFirstQualitySessionLeavesItsPlaceFree() {
        List<Day> future = restDays(MONDAY, 40);
        put(future, 14, easy(5_000));
        put(future, 16, tempo(5_000));
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
        assertEquals(RunType.TEMPO, a.day(16).runs().get(0).type());
        assertEquals(RunType.EASY, a.day(14).runs().get(0).type());
    }

    @Test
    void theSecondQualitySessionOfThatWeekIsEasy() {
        Adapted a = twoTemposInTheFirstWeek(14, 17, 5_000);
        assertEquals(RunType.EASY, a.day(17).runs().get(0).type());
        assertTrue(a.messages(17).stream().anyMatch(m -> m.contains("quality sessions return last, 1 in the first week")),
                a.messages(17).toString());
    }

    @Test
    void theSecondQualitySessionOnTheWeeksLastDayIsEasyToo() {
        Adapted a = twoTemposInTheFirstWeek(15, 20, 5_000);
        assertEquals(RunType.EASY, a.day(20).runs().get(0).type());
    }

    @Test
    void aLongSecondQualitySessionIsCutToTheLastStep() {
        Adapted a = twoTemposInTheFirstWeek(14, 17, 12_000);
        assertEquals(LONGEST_EASY_METRES, metres(a.day(17)));
    }

    @Test
    void aShortSecondQualitySessionKeepsItsLength() {
        Adapted a = twoTemposInTheFirstWeek(14, 17, LONGEST_EASY_METRES - 100);
        assertEquals(LONGEST_EASY_METRES - 100, metres(a.day(17)));
    }

    @Test
    void anEasyRunBesideTheSecondQualitySessionIsKeptAsPlanned() {
        List<Day> future = restDays(MONDAY, 40);
        put(future, 14, tempo(5_000));
        put(future, 17, easy(3_000), tempo(5_000));
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), future);
        assertEquals(easy(3_000), a.day(17).runs().get(0));
        assertEquals(RunType.EASY, a.day(17).runs().get(1).type());
    }

    @Test
    void qualityInTheSecondWeekAfterIsLeftToTheProgression() {
        Adapted a = twoTemposInTheFirstWeek(21, 24, 5_000);
        assertEquals(RunType.TEMPO, a.day(21).runs().get(0).type());
        assertEquals(RunType.TEMPO, a.day(24).runs().get(0).type());
        assertFalse(a.saysAnything(24), a.messages(24).toString());
    }

    @Test
    void theLastStepIsFortyMinutesAtTheSlowEndOfEasy() {
        Adapted a = adapt(onStep(MONDAY, 7, MONDAY.minusDays(20)), List.of(), restDays(MONDAY, 30));
        assertEquals(Distance.ofMetres(LONGEST_EASY_METRES), a.day(0).runDistance());
    }
}
