package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.PlanAdapterTest.PLAN;
import static dev.recovery.plans.adapt.PlanAdapterTest.TEMPO_DAY;
import static dev.recovery.plans.adapt.PlanAdapterTest.asPlanned;
import static dev.recovery.plans.adapt.PlanAdapterTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Side;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan after a cleared RED: walk-run steps, easy running, half the volume, quality last. */
class ReturnToRunAdapterTest {

    /** The RED shin: pain at rest, on the build week's tempo day. */
    private static final LocalDate RED_DAY = TEMPO_DAY;
    /** Cleared a week later. */
    private static final LocalDate CLEARED = RED_DAY.plusDays(7);

    private static Readiness clearedReadiness() {
        CheckIn shin = CheckIn.ordinaryDoms(BodyRegion.SHIN, 5, 20).toBuilder().side(Side.LEFT).onset(Onset.DURING)
                .symptom(Symptom.PAIN_AT_REST).build();
        SorenessHistory history = SorenessHistory.of(List.of(DatedCheckIn.of(RED_DAY, shin)))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, CLEARED, "PT"));
        return Readiness.of(CLEARED, history, List.of());
    }

    private static Plan adapted() {
        List<Session> ran = asPlanned(RED_DAY);
        return PlanAdapter.adapt(PLAN, clearedReadiness(), ran);
    }

    @Test
    void theReadinessAfterAClearanceIsInTheReturnToRun() {
        Readiness r = clearedReadiness();
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.returnToRun().isPresent());
    }

    @Test
    void walkRunStepsAreOnAlternateDaysAndNothingElseRuns() {
        Plan plan = adapted();
        int stepDays = 0;
        for (int i = 0; i < 14; i++) {
            Day d = day(plan, CLEARED.plusDays(i));
            assertTrue(d.runs().size() <= 1, d.toString());
            if (!d.runs().isEmpty()) {
                stepDays++;
                assertEquals(RunType.EASY, d.runs().get(0).type());
                assertTrue(d.reasons().stream().anyMatch(x -> x.ruleId().equals("adapt-return-to-run")), d.reasons().toString());
            }
            assertTrue(d.strength().isEmpty(), "strength paused during the walk-run steps");
        }
        assertEquals(7, stepDays);
    }

    @Test
    void theFirstStepIsSixMinutesOfRunning() {
        Plan plan = adapted();
        Day first = day(plan, CLEARED.plusDays(1));
        assertTrue(first.runs().get(0).distance().km() < 1.5, first.runs().toString());
        assertTrue(first.reasons().stream().anyMatch(x -> x.message().contains("step 1 of 7")), first.reasons().toString());
    }

    @Test
    void noIntensityAndNoLongRunForTwoWeeksOfContinuousEasyRunning() {
        Plan plan = adapted();
        LocalDate stepsEnd = CLEARED.plusDays(1 + 12);
        for (int i = 1; i <= 14; i++) {
            for (PlannedRun run : day(plan, stepsEnd.plusDays(i)).runs()) {
                assertEquals(RunType.EASY, run.type(), stepsEnd.plusDays(i) + " " + run);
            }
        }
    }

    @Test
    void weeklyVolumeStartsAtNoMoreThanHalfThePreInjuryVolume() {
        Plan plan = adapted();
        Week week = plan.weekOf(CLEARED.plusDays(14)).orElseThrow();
        double preInjuryMiles = 0;
        for (Session s : asPlanned(RED_DAY)) {
            long back = RED_DAY.toEpochDay() - s.date().toEpochDay();
            if (back > 0 && back <= 28 && s instanceof dev.recovery.core.log.Run run) {
                preInjuryMiles += run.distance().in(DistanceUnit.MI);
            }
        }
        double half = preInjuryMiles / 4 * 0.5;
        assertTrue(week.plannedVolume().in(DistanceUnit.MI) <= half * 1.1 + 0.1,
                week.plannedVolume().in(DistanceUnit.MI) + " vs half " + half);
    }

    @Test
    void theRaceDayStays() {
        Plan plan = adapted();
        Day race = plan.days().get(plan.days().size() - 1);
        assertEquals(RunType.RACE, race.runs().get(0).type());
    }

    @Test
    void noAdaptedWeekGrowsMoreThanTenPercentOverTheOneBefore() {
        Plan plan = adapted();
        List<Week> weeks = plan.weeks();
        int from = plan.weekOf(CLEARED.plusDays(21)).orElseThrow().index();
        for (int w = from + 1; w < weeks.size() - 3; w++) {
            double before = weeks.get(w - 1).plannedVolume().metres();
            double now = weeks.get(w).plannedVolume().metres();
            assertTrue(now <= before * 1.1 + 200 || now <= PLAN.weeks().get(w).plannedVolume().metres(), "week " + w);
        }
    }
}
