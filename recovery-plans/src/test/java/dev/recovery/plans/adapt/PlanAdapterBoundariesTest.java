package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.PlanAdapterTest.PLAN;
import static dev.recovery.plans.adapt.PlanAdapterTest.SORE;
import static dev.recovery.plans.adapt.PlanAdapterTest.TEMPO_DAY;
import static dev.recovery.plans.adapt.PlanAdapterTest.asPlanned;
import static dev.recovery.plans.adapt.PlanAdapterTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Side;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.generate.PlanRule;
import dev.recovery.plans.generate.Progression;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The progression limits an adaptation re-applies, at their boundaries: the 10% rule on the
 * largest of the three weeks before (Buist et al. 2008; Nielsen et al. 2014), AMBER's hold of the
 * check-in week, the single-run limit of 10% above the longest run of the previous 30 days
 * (a 2025 British Journal of Sports Medicine cohort of 5,205 runners), and the long run's share of
 * the adapted week (Pfitzinger &amp; Douglas, Advanced Marathoning). Plan as in {@link PlanAdapterTest}.
 */
class PlanAdapterBoundariesTest {

    /** Week 5's long run: 14.5 mi. */
    private static final LocalDate LONG_SUNDAY = TEMPO_DAY.plusDays(5);

    /** Every planned run before {@code date}, each run at the distance {@code ran} gives it. */
    private static List<Session> ran(LocalDate date, Function<PlannedRun, Distance> ran) {
        List<Session> runs = new ArrayList<>();
        for (Day d : PLAN.days()) {
            if (d.date().isBefore(date)) {
                for (PlannedRun r : d.runs()) {
                    Distance distance = ran.apply(r);
                    runs.add(Run.of(d.date(), distance, r.pace().slow().timeFor(distance), r.type()));
                }
            }
        }
        return runs;
    }

    private static List<String> messages(Day day) {
        return day.reasons().stream().map(Reason::message).toList();
    }

    @Test
    void greenOnTheFirstDayWithNothingRunYetKeepsThePlanAsBuilt() {
        // The first long run is exactly 10% above the assumed longest recent run (in whole metres),
        // the second exactly 10% above the first: both are allowed, so nothing may be cut.
        Plan adapted = PlanAdapter.adapt(PLAN, PLAN.startDate(), TriageLevel.GREEN, List.of(), List.of());
        for (int d = 0; d < PLAN.days().size(); d++) {
            assertEquals(PLAN.days().get(d).runs(), adapted.days().get(d).runs(), PLAN.days().get(d).date().toString());
        }
    }

    @Test
    void greenWithEverythingRunAsPlannedKeepsTheLongRunsAtTheirTenPercentSteps() {
        LocalDate monday = PLAN.weeks().get(1).start();
        Plan adapted = PlanAdapter.adapt(PLAN, monday, TriageLevel.GREEN, List.of(), asPlanned(monday));
        assertEquals(PLAN.days(), adapted.days());
    }

    @Test
    void runsMoreThanThirtyDaysBeforeThePlanAndCrossTrainingDoNotCount() {
        List<Session> done = List.of(Run.of(PLAN.startDate().minusDays(Progression.SPIKE_WINDOW_DAYS + 1), Distance.ofMiles(30),
                Duration.ofHours(5), RunType.LONG), CrossTraining.of(PLAN.startDate().minusDays(1), CrossActivity.BIKE, Duration.ofHours(2)));
        Plan adapted = PlanAdapter.adapt(PLAN, PLAN.startDate(), TriageLevel.GREEN, List.of(), done);
        assertEquals(PLAN.days().get(6).runs(), adapted.days().get(6).runs());
    }

    @Test
    void aRunAfterTheCheckInDoesNotCountAsRun() {
        // A run dated on the check-in day itself is today's plan, not history: it lifts nothing.
        List<Session> done = new ArrayList<>(asPlanned(TEMPO_DAY));
        done.add(Run.of(TEMPO_DAY, Distance.ofMiles(30), Duration.ofHours(5), RunType.LONG));
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.GREEN, List.of(), done);
        assertEquals(PLAN.days(), adapted.days());
    }

    @Test
    void twoMissedWeeksAfterAFullOneStillAllowTheNextWeekAsPlanned() {
        // Ran weeks 1-6 as planned, nothing in weeks 7 and 8: the largest of the three weeks before
        // week 9 is week 6 (43.6 mi), so week 9 (47.5 mi) is within 10% of it.
        LocalDate stopped = PLAN.weeks().get(6).start();
        LocalDate back = PLAN.weeks().get(8).start();
        Plan adapted = PlanAdapter.adapt(PLAN, back, TriageLevel.GREEN, List.of(), asPlanned(stopped));
        for (Day d : PLAN.weeks().get(8).days()) {
            assertEquals(d.runs(), day(adapted, d.date()).runs(), d.date().toString());
        }
    }

    @Test
    void threeMissedWeeksBringTheWeekDownToTheReentryFloor() {
        LocalDate stopped = PLAN.weeks().get(5).start();
        LocalDate back = PLAN.weeks().get(8).start();
        Plan adapted = PlanAdapter.adapt(PLAN, back, TriageLevel.GREEN, List.of(), asPlanned(stopped));
        double floor = PlanAdapter.REENTRY_WEEKLY_SHARE * 35;
        assertTrue(adapted.weeks().get(8).trainingVolume().miles() <= floor + 0.05, adapted.weeks().get(8).trainingVolume().toString());
    }

    /** Week 1 as planned, weeks 2-4 at 83%: the largest of them is 33.1 mi, 10% above it 36.4. */
    private static Plan amberOnAMondayAfterLighterWeeks() {
        LocalDate monday = PLAN.weeks().get(4).start();
        LocalDate weekTwo = PLAN.weeks().get(1).start();
        List<Session> done = new ArrayList<>(asPlanned(weekTwo));
        ran(monday, r -> Distance.ofMetres(Math.round(r.distance().metres() * 0.83))).stream()
                .filter(s -> !s.date().isBefore(weekTwo)).forEach(done::add);
        return PlanAdapter.adapt(PLAN, monday, TriageLevel.AMBER, List.of(SORE), done);
    }

    @Test
    void amberOnTheFirstDayOfAWeekHoldsThatWeekToTheLargestOfTheThreeBefore() {
        Plan adapted = amberOnAMondayAfterLighterWeeks();
        // 34.9 mi left after the tempo is swapped: under 10% above 33.1, but above the hold.
        assertTrue(adapted.weeks().get(4).days().stream().anyMatch(d -> d.reasons().stream().anyMatch(r ->
                r.ruleId().equals(PlanRule.WEEKLY_PROGRESSION.id()) && r.message().endsWith(", no more than the largest of the three weeks before"))),
                adapted.weeks().get(4).days().toString());
        assertTrue(adapted.weeks().get(4).trainingVolume().miles() <= 33.1 + 0.05, adapted.weeks().get(4).trainingVolume().toString());
    }

    @Test
    void amberLetsTheWeekAfterTheCheckInGrowByTenPercentAgain() {
        Plan adapted = amberOnAMondayAfterLighterWeeks();
        assertTrue(adapted.weeks().get(5).days().stream().anyMatch(d -> d.reasons().stream().anyMatch(r ->
                r.ruleId().equals(PlanRule.WEEKLY_PROGRESSION.id()) && r.message().contains(": week held to ")
                        && r.message().contains(", 10% above the largest of the three weeks before (")
                        && r.message().endsWith(") counting what you actually ran"))), adapted.weeks().get(5).days().toString());
    }

    /** Every run before {@code date} as planned but held to 8 mi (12,875 m). */
    private static List<Session> runsHeldToEightMiles(LocalDate date) {
        Distance eight = Distance.ofMiles(8);
        return ran(date, r -> r.distance().metres() > eight.metres() ? eight : r.distance());
    }

    @Test
    void greenShortensARunToTenPercentAboveTheLongestActuallyRun() {
        Plan adapted = PlanAdapter.adapt(PLAN, LONG_SUNDAY, TriageLevel.GREEN, List.of(), runsHeldToEightMiles(LONG_SUNDAY));
        Day sunday = day(adapted, LONG_SUNDAY);
        assertEquals(1, sunday.runs().size(), "shortened, not removed");
        assertEquals(RunType.LONG, sunday.runs().get(0).type());
        // 110% of 12,875 m, rounded down to the metre: 14,162 m.
        assertEquals(14_162, sunday.runs().get(0).distance().metres(), 0.5);
        assertTrue(sunday.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.ADAPT_REENTRY.id())
                && r.message().equals("GREEN check-in on " + LONG_SUNDAY + ": run shortened to 8.8 mi, 10% above your longest run of the"
                        + " previous 30 days (8.0 mi)")), messages(sunday).toString());
    }

    @Test
    void amberGivesTheSingleRunRuleAsTheReasonForAShortenedRun() {
        LocalDate saturday = LONG_SUNDAY.minusDays(1);
        Plan adapted = PlanAdapter.adapt(PLAN, saturday, TriageLevel.AMBER, List.of(SORE), runsHeldToEightMiles(saturday));
        Day sunday = day(adapted, LONG_SUNDAY);
        assertEquals(14_162, sunday.runs().get(0).distance().metres(), 0.5);
        assertTrue(sunday.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.SINGLE_RUN_SPIKE.id())
                && r.message().contains(": run shortened to 8.8 mi")), messages(sunday).toString());
    }

    @Test
    void fromTheThirtiethDayOnTheAssumedPreplanRunNoLongerCounts() {
        // Six runs a week, rest on Tuesday: day 30 (a Wednesday) holds an easy 8.7 mi. Every run of
        // the first 30 days held to 6 mi: on day 30 only those count, not the assumed 10.5 mi.
        Plan plan = PlanBuilder.build(PlanRequest.builder(PLAN.raceDate(), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).runsPerWeek(6).units(DistanceUnit.MI)
                .restDay(DayOfWeek.TUESDAY).build(), PlanAdapterTest.TODAY);
        LocalDate dayThirty = plan.startDate().plusDays(Progression.SPIKE_WINDOW_DAYS);
        assertFalse(day(plan, dayThirty).runs().isEmpty(), "the example needs a run on day 30");
        Distance six = Distance.ofMiles(6);
        List<Session> done = new ArrayList<>();
        plan.days().stream().filter(d -> d.date().isBefore(dayThirty)).forEach(d -> d.runs().forEach(r -> done.add(
                Run.of(d.date(), r.distance().metres() > six.metres() ? six : r.distance(), Duration.ofHours(1), r.type()))));
        Plan adapted = PlanAdapter.adapt(plan, dayThirty, TriageLevel.GREEN, List.of(), done);
        for (PlannedRun r : day(adapted, dayThirty).runs()) {
            assertTrue(r.distance().metres() <= Progression.runCapTenths((int) Math.round(six.metres())) + 0.5, r.toString());
        }
    }

    @Test
    void amberShortensTheLongRunToItsShareOfTheAdaptedWeek() {
        // Peak week 14: marathon pace 9.5, intervals 9.5 (swapped), recovery 8.1, easy 10.8, long 17.2.
        // Left: 45.6 mi, of which the long run may be 35%: 15.9 mi.
        LocalDate thursday = PLAN.weeks().get(13).start().plusDays(3);
        Plan adapted = PlanAdapter.adapt(PLAN, thursday, TriageLevel.AMBER, List.of(SORE), asPlanned(thursday));
        Day sunday = day(adapted, thursday.plusDays(3));
        assertEquals(Distance.ofMiles(15.9).metres(), sunday.runs().get(0).distance().metres(), 0.5);
        assertTrue(messages(sunday).contains("AMBER check-in on " + thursday
                + " (amber-localized-pain): long run shortened to 15.9 mi, its share of the adapted week"), messages(sunday).toString());
    }

    @Test
    void amberLeavesALongRunWithinItsShareOfTheAdaptedWeek() {
        // An easy Friday halved: 50.9 mi left, of which 35% is more than the 17.2 mi long run.
        LocalDate friday = PLAN.weeks().get(13).start().plusDays(4);
        Plan adapted = PlanAdapter.adapt(PLAN, friday, TriageLevel.AMBER, List.of(SORE), asPlanned(friday));
        Day sunday = day(adapted, friday.plusDays(2));
        assertEquals(day(PLAN, friday.plusDays(2)).runs(), sunday.runs());
        assertFalse(messages(sunday).stream().anyMatch(m -> m.contains("its share of the adapted week")), messages(sunday).toString());
    }

    @Test
    void afterAClearanceTheRunsARedTookOutComeBackAfterTheSteps() {
        LocalDate cleared = TEMPO_DAY.plusDays(7);
        Plan held = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), asPlanned(TEMPO_DAY));
        CheckIn shin = CheckIn.ordinaryDoms(BodyRegion.SHIN, 5, 20).toBuilder().side(Side.LEFT).onset(Onset.DURING)
                .symptom(Symptom.PAIN_AT_REST).build();
        SorenessHistory history = SorenessHistory.of(List.of(DatedCheckIn.of(TEMPO_DAY, shin)))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, cleared, "PT"));
        Plan back = PlanAdapter.adapt(held, Readiness.of(cleared, history, List.of()), asPlanned(TEMPO_DAY));
        LocalDate weeksLater = cleared.plusWeeks(6);
        assertTrue(back.days().stream().filter(d -> !d.date().isBefore(weeksLater) && d.date().isBefore(weeksLater.plusDays(7)))
                .anyMatch(d -> !d.runs().isEmpty()), "running comes back once the steps are done");
    }
}
