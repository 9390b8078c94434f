package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.PlanAdapterTest.PLAN;
import static dev.recovery.plans.adapt.PlanAdapterTest.SORE;
import static dev.recovery.plans.adapt.PlanAdapterTest.TEMPO_DAY;
import static dev.recovery.plans.adapt.PlanAdapterTest.asPlanned;
import static dev.recovery.plans.adapt.PlanAdapterTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.generate.PlanRule;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which day an AMBER or RED check-in changes, into what, and the reasons the runner reads on the
 * changed days and weeks (intermediate plan of {@link PlanAdapterTest}: 18 weeks, Monday rest,
 * Wednesday cross-training; week 5 is Tuesday tempo 6.8 mi, Thursday easy 9.5, Friday easy 5.4,
 * Saturday easy 5.5, Sunday long 14.5).
 */
class PlanAdapterSwapsTest {

    /** Friday of week 5: an easy 5.4 mi run. */
    private static final LocalDate EASY_FRIDAY = TEMPO_DAY.plusDays(3);
    /** Sunday of week 5: the long run. */
    private static final LocalDate LONG_SUNDAY = TEMPO_DAY.plusDays(5);

    private static List<String> messages(Day day) {
        return day.reasons().stream().map(Reason::message).toList();
    }

    private static List<String> ruleIds(Day day) {
        return day.reasons().stream().map(Reason::ruleId).toList();
    }

    @Test
    void amberNamesTheSwappedRunAndItsSubstitute() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.AMBER, List.of(SORE), asPlanned(TEMPO_DAY));
        assertTrue(messages(day(adapted, TEMPO_DAY)).contains("AMBER check-in on " + TEMPO_DAY
                + " (amber-localized-pain): tempo 6.8 mi swapped for 40 min of low-impact bike, no intensity"),
                messages(day(adapted, TEMPO_DAY)).toString());
    }

    @Test
    void amberNamesTheShortenedRunAndItsNewDistance() {
        Plan adapted = PlanAdapter.adapt(PLAN, EASY_FRIDAY, TriageLevel.AMBER, List.of(SORE), asPlanned(EASY_FRIDAY));
        assertTrue(messages(day(adapted, EASY_FRIDAY)).contains("AMBER check-in on " + EASY_FRIDAY
                + " (amber-localized-pain): easy 5.4 mi shortened to easy 2.7 mi; re-check in 24 h"),
                messages(day(adapted, EASY_FRIDAY)).toString());
    }

    @Test
    void amberShortensAnEasyRunWithoutAddingCrossTraining() {
        Plan adapted = PlanAdapter.adapt(PLAN, EASY_FRIDAY, TriageLevel.AMBER, List.of(SORE), asPlanned(EASY_FRIDAY));
        Day friday = day(adapted, EASY_FRIDAY);
        assertEquals(1, friday.runs().size());
        assertTrue(friday.cross().isEmpty(), "a short easy run is the swap; no cycling on top");
    }

    @Test
    void amberWhenTheWeekAlreadyRanItsHoldGivesCrossTrainingInsteadOfTheShortRun() {
        // 6.8 + 9.5 + an unplanned 24 mi already this week: above the hold (the largest of the three weeks before, 39.9 mi).
        List<Session> ran = new ArrayList<>(asPlanned(EASY_FRIDAY));
        ran.add(Run.of(TEMPO_DAY.plusDays(1), Distance.ofMiles(24), Duration.ofHours(4), RunType.EASY));
        Plan adapted = PlanAdapter.adapt(PLAN, EASY_FRIDAY, TriageLevel.AMBER, List.of(SORE), ran);
        Day friday = day(adapted, EASY_FRIDAY);
        assertTrue(friday.runs().isEmpty(), friday.runs().toString());
        assertEquals(PlanAdapter.SWAP_CROSS, friday.cross().orElseThrow().duration());
        assertTrue(messages(friday).stream().anyMatch(m -> m.contains("the week's hold left no room for the short run")), messages(friday).toString());
    }

    @Test
    void amberKeepsTheCrossTrainingOfASwappedHardRunWithoutASecondSession() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.AMBER, List.of(SORE), asPlanned(TEMPO_DAY));
        Day tuesday = day(adapted, TEMPO_DAY);
        assertTrue(messages(tuesday).stream().noneMatch(m -> m.contains("hold left no room")), messages(tuesday).toString());
        assertEquals(1, tuesday.reasons().stream().filter(r -> r.ruleId().equals(PlanRule.ADAPT_AMBER.id())).count());
    }

    @Test
    void amberEasesOnlyTheNextRun() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.AMBER, List.of(SORE), asPlanned(TEMPO_DAY));
        LocalDate thursday = TEMPO_DAY.plusDays(2);
        assertEquals(day(PLAN, thursday).runs(), day(adapted, thursday).runs());
        assertTrue(day(adapted, thursday).cross().isEmpty());
    }

    @Test
    void redKeepsTheRaceDayAndSaysSo() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        Day race = day(adapted, PLAN.raceDate());
        assertEquals(day(PLAN, PLAN.raceDate()).runs(), race.runs());
        assertTrue(messages(race).contains("race day kept: race only once a professional has cleared you"), messages(race).toString());
    }

    @Test
    void aDayWhoseRunsAreRemovedDropsTheReasonsForThoseRuns() {
        assertTrue(ruleIds(day(PLAN, LONG_SUNDAY)).contains(PlanRule.LONG_RUN_SHARE.id()));
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        assertFalse(ruleIds(day(adapted, LONG_SUNDAY)).contains(PlanRule.LONG_RUN_SHARE.id()), ruleIds(day(adapted, LONG_SUNDAY)).toString());
    }

    @Test
    void aDayWhoseRunsAreRemovedKeepsTheReasonsForWhatStays() {
        assertTrue(ruleIds(day(PLAN, TEMPO_DAY)).contains(PlanRule.MOBILITY.id()));
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        Day tuesday = day(adapted, TEMPO_DAY);
        assertTrue(tuesday.mobility().isPresent());
        assertTrue(ruleIds(tuesday).contains(PlanRule.MOBILITY.id()), ruleIds(tuesday).toString());
        assertFalse(ruleIds(tuesday).contains(PlanRule.STRENGTH_TIMING.id()), "no run left for the strength to follow");
    }

    @Test
    void aDayTheAdaptationDidNotTouchIsTheSameDay() {
        LocalDate later = PLAN.raceDate().minusDays(1);
        Plan adapted = PlanAdapter.adapt(PLAN, EASY_FRIDAY, TriageLevel.AMBER, List.of(SORE), asPlanned(EASY_FRIDAY));
        assertEquals(day(PLAN, later), day(adapted, later));
    }

    @Test
    void aDayRestoredUnchangedAfterRedSaysWhyItCameBack() {
        Plan held = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        LocalDate green = TEMPO_DAY.plusDays(1);
        Plan back = PlanAdapter.adapt(held, green, TriageLevel.GREEN, List.of(), asPlanned(TEMPO_DAY));
        LocalDate thursday = TEMPO_DAY.plusDays(2);
        Day restored = day(back, thursday);
        assertEquals(day(PLAN, thursday).runs(), restored.runs(), "within the progression limits: back as planned");
        assertTrue(restored.strength().isPresent());
        assertTrue(messages(restored).contains("GREEN check-in on " + green
                + ": back to the plan from the volume you actually ran; missed sessions are not made up"), messages(restored).toString());
    }

    @Test
    void theCheckInWeekCarriesTheAdaptationAndTheCheckInsReasons() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        Week week = adapted.weekOf(TEMPO_DAY).orElseThrow();
        assertTrue(week.reasons().contains(SORE), week.reasons().toString());
        assertTrue(week.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.ADAPT_RED.id())), week.reasons().toString());
    }

    @Test
    void aLaterChangedWeekCarriesTheAdaptationButNotTheCheckInsReasons() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        Week next = adapted.weekOf(TEMPO_DAY.plusDays(7)).orElseThrow();
        assertFalse(next.reasons().contains(SORE), next.reasons().toString());
        assertTrue(next.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.ADAPT_RED.id())), next.reasons().toString());
    }

    @Test
    void aWeekBeforeTheCheckInKeepsItsReasons() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        Week earlier = adapted.weekOf(TEMPO_DAY.minusDays(7)).orElseThrow();
        assertEquals(PLAN.weekOf(TEMPO_DAY.minusDays(7)).orElseThrow().reasons(), earlier.reasons());
    }

    @Test
    void aCheckInOnAWeeksLastDayQuotesItsReasonsInThatWeekOnly() {
        Plan adapted = PlanAdapter.adapt(PLAN, LONG_SUNDAY, TriageLevel.RED, List.of(SORE), asPlanned(LONG_SUNDAY));
        assertTrue(adapted.weekOf(LONG_SUNDAY).orElseThrow().reasons().contains(SORE));
        assertFalse(adapted.weekOf(LONG_SUNDAY.plusDays(1)).orElseThrow().reasons().contains(SORE));
    }

    @Test
    void redLeavesNoCutbackReasonOnAWeekWithoutRunning() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        for (Day d : adapted.days()) {
            assertTrue(d.reasons().stream().noneMatch(r -> r.message().contains("cutback week is no longer below")), d.toString());
        }
    }

    @Test
    void amberOnTheLongRunBeforeACutbackWeekSaysTheCutbackIsNoLongerBelowIt() {
        LocalDate sunday = PLAN.weeks().get(2).start().plusDays(6);
        assertTrue(PLAN.weeks().get(3).cutback());
        Plan adapted = PlanAdapter.adapt(PLAN, sunday, TriageLevel.AMBER, List.of(SORE), asPlanned(sunday));
        Day monday = day(adapted, sunday.plusDays(1));
        assertTrue(monday.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.CUTBACK.id())
                && r.message().endsWith("this cutback week is no longer below the week before, which the adaptation already reduced")),
                messages(monday).toString());
    }

    @Test
    void amberInsideACutbackWeekStillBelowTheWeekBeforeAddsNoCutbackReason() {
        LocalDate tuesday = PLAN.weeks().get(3).start().plusDays(1);
        Plan adapted = PlanAdapter.adapt(PLAN, tuesday, TriageLevel.AMBER, List.of(SORE), asPlanned(tuesday));
        for (Day d : adapted.weeks().get(3).days()) {
            assertTrue(d.reasons().stream().noneMatch(r -> r.message().contains("cutback week is no longer below")), d.toString());
        }
    }

    @Test
    void amberOnARestDayEasesTheNextRunAndLeavesTheRestDayAlone() {
        LocalDate monday = TEMPO_DAY.minusDays(1);
        assertTrue(day(PLAN, monday).runs().isEmpty() && day(PLAN, monday).cross().isEmpty(), "the example needs a rest day");
        Plan adapted = PlanAdapter.adapt(PLAN, monday, TriageLevel.AMBER, List.of(SORE), asPlanned(monday));
        assertEquals(day(PLAN, monday), day(adapted, monday));
        assertTrue(day(adapted, TEMPO_DAY).cross().isPresent(), "the tempo run is the one swapped");
    }

    @Test
    void amberWithNoRunLeftBeforeTheRaceAddsNoCrossTrainingToTheDayBefore() {
        Plan plan = PlanBuilder.build(PlanRequest.builder(PLAN.raceDate(), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).runsPerWeek(5).units(DistanceUnit.MI)
                .restDay(DayOfWeek.SATURDAY).build(), PlanAdapterTest.TODAY);
        LocalDate date = plan.raceDate().minusDays(1);
        assertTrue(day(plan, date).runs().isEmpty() && day(plan, date).cross().isEmpty(), "the example needs a rest day before the race");
        Plan adapted = PlanAdapter.adapt(plan, date, TriageLevel.AMBER, List.of(SORE), List.of());
        assertTrue(day(adapted, date).cross().isEmpty(), day(adapted, date).toString());
        assertTrue(day(adapted, date).runs().isEmpty());
    }

    @Test
    void amberOnARunTooShortToHalveGivesCrossTrainingInstead() {
        // A plan adapted before down to a tenth of a mile on Friday: half of it is nothing.
        PlannedRun tenth = PlannedRun.of(RunType.EASY, Distance.ofMiles(0.1), day(PLAN, EASY_FRIDAY).runs().get(0).pace());
        List<Week> weeks = new ArrayList<>();
        for (Week w : PLAN.weeks()) {
            List<Day> days = w.days().stream().map(d -> d.date().equals(EASY_FRIDAY) ? d.withRuns(List.of(tenth)) : d).toList();
            weeks.add(new Week(w.index(), w.phase(), w.start(), w.cutback(), w.reasons(), days));
        }
        Plan before = new Plan(PLAN.request(), PLAN.units(), PLAN.assumedLongestRecentRun(), PLAN.paces(), weeks, PLAN.reasons());
        Plan adapted = PlanAdapter.adapt(before, EASY_FRIDAY, TriageLevel.AMBER, List.of(SORE), asPlanned(EASY_FRIDAY));
        Day friday = day(adapted, EASY_FRIDAY);
        assertTrue(friday.runs().isEmpty(), friday.runs().toString());
        assertTrue(friday.cross().isPresent());
    }
}
