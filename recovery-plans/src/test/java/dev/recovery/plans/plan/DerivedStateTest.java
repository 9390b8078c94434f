package dev.recovery.plans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.recovery.Modality;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan derives its days' prescriptions and its weeks' volumes from its sessions: none can go stale. */
class DerivedStateTest {

    private static final Plan PLAN = PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35),
            Distance.ofMiles(55), RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5)
            .units(DistanceUnit.MI).build(), LocalDate.of(2026, 11, 22));

    @Test
    void aDaysPrescriptionIsThePrescriberOverItsSessions() {
        Week week = PLAN.weeks().get(3);
        for (Day day : week.days()) {
            assertEquals(Prescriber.prescribe(RecoveryDay.of(day.date(), week.recoveryPhase(), day.sessions())), week.recovery(day));
        }
    }

    @Test
    void changingARunChangesThePrescription() {
        Week week = PLAN.weeks().get(3);
        Day longRunDay = week.days().stream().filter(Day::isHard).findFirst().orElseThrow();
        Day rest = longRunDay.withRuns(List.of());
        assertTrue(longRunDay.recovery(week.recoveryPhase()).has(Modality.DYNAMIC_WARM_UP));
        assertFalse(rest.recovery(week.recoveryPhase()).has(Modality.DYNAMIC_WARM_UP));
    }

    @Test
    void aCutbackWeekIsADeloadForTheRecovery() {
        Week cutback = PLAN.weeks().stream().filter(Week::cutback).findFirst().orElseThrow();
        assertEquals(TrainingPhase.DELOAD, cutback.recoveryPhase());
        assertEquals(TrainingPhase.DELOAD, cutback.recovery(cutback.days().get(0)).phase());
    }

    @Test
    void plannedVolumeIsTheSumOfEveryRun() {
        qt().forAll(integers().between(0, PLAN.weeks().size() - 1)).check(i -> {
            Week week = PLAN.weeks().get(i);
            double metres = week.days().stream().flatMap(d -> d.runs().stream()).mapToDouble(r -> r.distance().metres()).sum();
            return Math.abs(week.plannedVolume().metres() - metres) < 1e-6;
        });
    }

    @Test
    void raceWeekIsNamedRaceInPlans() {
        assertEquals("race", PLAN.weeks().get(PLAN.weeks().size() - 1).phaseId());
        assertEquals("base", Week.phaseId(TrainingPhase.BASE));
    }

    @Test
    void aWeekIsNeverADeloadPhase() {
        Week week = PLAN.weeks().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Week(0, TrainingPhase.DELOAD, week.start(), true, week.reasons(), week.days()));
        assertTrue(e.getMessage().startsWith("phase: "), e.getMessage());
    }

    @Test
    void aDayOfAnotherWeekIsRefused() {
        Week first = PLAN.weeks().get(0);
        Day other = PLAN.weeks().get(1).days().get(0);
        assertThrows(IllegalArgumentException.class, () -> first.recovery(other));
    }
}
