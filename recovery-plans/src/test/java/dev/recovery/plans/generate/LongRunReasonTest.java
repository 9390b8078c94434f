package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.log.RunType;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every long run says which rule limited it: the 30-day spike, its share of the week, the absolute cap, 3 h, a cutback or the taper. */
class LongRunReasonTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Set<String> LIMITS = Set.of(PlanRule.SINGLE_RUN_SPIKE.id(), PlanRule.LONG_RUN_SHARE.id(), PlanRule.LONG_RUN_CAP.id(),
            PlanRule.LONG_RUN_TIME.id(), PlanRule.CUTBACK.id(), PlanRule.TAPER.id());

    /** An 18-week plan in miles for the race on 2027-04-18. */
    static Plan plan(double current, double peak, int runs, String goal) {
        return PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(current), Distance.ofMiles(peak),
                RaceResult.goalMarathon(Durations.parse(goal))).weeks(18).runsPerWeek(runs).units(DistanceUnit.MI).build(), TODAY);
    }

    /** The long run's limiting reason in week {@code week} (0-based). */
    static Reason limit(Plan plan, int week) {
        for (Day day : plan.weeks().get(week).days()) {
            for (PlannedRun run : day.runs()) {
                if (run.type() == RunType.LONG) {
                    List<Reason> limits = day.reasons().stream().filter(r -> LIMITS.contains(r.ruleId())).toList();
                    assertEquals(1, limits.size(), limits.toString());
                    return limits.get(0);
                }
            }
        }
        throw new AssertionError("no long run in week " + (week + 1));
    }

    @Test
    void theFirstLongRunIsLimitedByTheLongestRunOfThePrevious30Days() {
        Reason reason = limit(plan(35, 55, 5, "3:45:00"), 0);
        assertEquals(PlanRule.SINGLE_RUN_SPIKE.id(), reason.ruleId());
        assertEquals("long run 11.5 mi: limited to 10% above the longest run of the previous 30 days (10.5 mi)", reason.message());
    }

    @Test
    void aLongRunInAFortyMileWeekIsLimitedTo35PercentOfIt() {
        Reason reason = limit(plan(35, 55, 5, "3:45:00"), 4);
        assertEquals(PlanRule.LONG_RUN_SHARE.id(), reason.ruleId());
        assertEquals("long run 14.5 mi: limited to 35% of the week", reason.message());
    }

    @Test
    void aLongRunInALowVolumeWeekIsLimitedToHalfOfIt() {
        Reason reason = limit(plan(20, 30, 3, "4:30:00"), 4);
        assertEquals(PlanRule.LONG_RUN_SHARE.id(), reason.ruleId());
        assertEquals("long run 11.6 mi: limited to 50% of the week", reason.message());
    }

    @Test
    void aFastRunnersLongRunStopsAtTheAbsoluteCap() {
        Plan plan = PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofKm(100), Distance.ofKm(125),
                RaceResult.goalMarathon(Durations.parse("2:30:00"))).weeks(18).runsPerWeek(6).units(DistanceUnit.KM).build(), TODAY);
        Reason reason = limit(plan, 12);
        assertEquals(PlanRule.LONG_RUN_CAP.id(), reason.ruleId());
        assertEquals("long run 35.0 km: limited to the 35.0 km long-run cap", reason.message());
    }

    @Test
    void aFastRunnersLongRunInMilesNamesTheThirtyFiveKilometreCapNotTheTime() {
        Reason reason = limit(plan(60, 75, 6, "2:30:00"), 12);
        assertEquals(PlanRule.LONG_RUN_CAP.id(), reason.ruleId());
        assertEquals("long run 21.7 mi: limited to the 21.7 mi long-run cap", reason.message());
    }

    @Test
    void aSlowRunnersLongRunIsLimitedToAboutThreeHours() {
        Reason reason = limit(plan(30, 40, 4, "5:30:00"), 12);
        assertEquals(PlanRule.LONG_RUN_TIME.id(), reason.ruleId());
        assertEquals("long run 11.9 mi: limited to about 3 h at your easy pace", reason.message());
    }

    @Test
    void aCutbackWeeksLongRunIsCutLikeItsWeek() {
        Reason reason = limit(plan(35, 55, 5, "3:45:00"), 3);
        assertEquals(PlanRule.CUTBACK.id(), reason.ruleId());
        assertEquals("long run 10.5 mi: limited to the week's cut applied to last week's long run (14.0 mi)", reason.message());
    }

    @Test
    void aTaperWeeksLongRunIsCutLikeItsWeek() {
        Reason reason = limit(plan(35, 55, 5, "3:45:00"), 15);
        assertEquals(PlanRule.TAPER.id(), reason.ruleId());
        assertEquals("long run 13.7 mi: limited to the week's cut applied to last week's long run (17.2 mi)", reason.message());
    }
}
