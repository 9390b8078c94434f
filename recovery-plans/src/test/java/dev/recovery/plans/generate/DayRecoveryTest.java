package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Phase;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import org.junit.jupiter.api.Test;

/** Every plan day carries the prescription recovery-core gives for its sessions and phase. */
class DayRecoveryTest {

    @Test
    void everyDayCarriesThePrescriptionOfItsSessionsAndPhase() {
        qt().withExamples(30).forAll(PlanRequests.valid()).checkAssert(request -> {
            Plan plan = PlanBuilder.build(request, PlanRequests.TODAY);
            RunPaces durations = RunPaces.of(request.paceBasis());
            for (Week week : plan.weeks()) {
                TrainingPhase phase = DayRecovery.trainingPhase(week.phase(), week.cutback());
                for (Day day : week.days()) {
                    assertEquals(DayRecovery.compute(day.date(), day.runs(), durations, day.strength(), day.cross(), day.mobility(), phase),
                            day.recovery(), "prescription of " + day.date());
                }
            }
        });
    }

    @Test
    void cutbackWeeksAreDeloadWeeksForRecovery() {
        assertEquals(TrainingPhase.DELOAD, DayRecovery.trainingPhase(Phase.BUILD, true));
    }

    @Test
    void planPhasesMapToTheirRecoveryPhases() {
        assertEquals(TrainingPhase.BASE, DayRecovery.trainingPhase(Phase.BASE, false));
        assertEquals(TrainingPhase.BUILD, DayRecovery.trainingPhase(Phase.BUILD, false));
        assertEquals(TrainingPhase.PEAK, DayRecovery.trainingPhase(Phase.PEAK, false));
        assertEquals(TrainingPhase.TAPER, DayRecovery.trainingPhase(Phase.TAPER, false));
        assertEquals(TrainingPhase.RACE_WEEK, DayRecovery.trainingPhase(Phase.RACE, false));
    }

    @Test
    void theDayAfterTheLongRunPrescriptionIsForThatDay() {
        Plan plan = PlanBuilder.build(PlanRequests.fromSeed(7), PlanRequests.TODAY);
        plan.days().forEach(d -> assertEquals(d.date(), d.recovery().date()));
    }
}
