package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A printed week is marked as a peak week when it is within 3% of the plan's largest week, 97% included. */
class PeakWeekMarkTest {

    /** The sample plan with every week emptied but for one run in each of its first two weeks. */
    private static Plan twoWeeks(int largestMetres, int otherMetres) {
        Plan sample = SamplePlans.eighteenWeeksKm();
        List<Week> weeks = new ArrayList<>();
        for (Week week : sample.weeks()) {
            int metres = week.index() == 0 ? largestMetres : week.index() == 1 ? otherMetres : 0;
            List<Day> days = new ArrayList<>();
            for (Day day : week.days()) {
                boolean first = days.isEmpty();
                days.add(day.withRuns(first && metres > 0
                        ? List.of(PlannedRun.of(RunType.EASY, Distance.ofMetres(metres), sample.paces().easy()))
                        : List.of()));
            }
            weeks.add(new Week(week.index(), week.phase(), week.start(), week.cutback(), week.reasons(), days));
        }
        return new Plan(sample.request(), sample.units(), sample.assumedLongestRecentRun(), sample.paces(), weeks, sample.reasons());
    }

    @Test
    void aWeekOfExactlyNinetySevenPercentOfTheLargestIsAPeakWeek() {
        assertTrue(PlanSheet.of(twoWeeks(10_000, 9_700)).weeks().get(1).peak());
    }

    @Test
    void aWeekJustUnderNinetySevenPercentOfTheLargestIsNotAPeakWeek() {
        assertFalse(PlanSheet.of(twoWeeks(10_000, 9_690)).weeks().get(1).peak());
    }

    @Test
    void theLargestWeekIsAPeakWeek() {
        assertTrue(PlanSheet.of(twoWeeks(10_000, 9_700)).weeks().get(0).peak());
    }
}
