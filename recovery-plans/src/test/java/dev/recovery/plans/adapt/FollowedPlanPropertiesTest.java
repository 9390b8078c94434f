package dev.recovery.plans.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A runner who ran every session exactly as planned and reports GREEN gets the plan back as it was
 * built: the adapter's re-checks of the progression rules agree with the builder's, to the metre.
 */
class FollowedPlanPropertiesTest {

    private static final int EXAMPLES = 40;

    @Test
    void greenAfterRunningEverythingAsPlannedChangesNoRun() {
        qt().withExamples(EXAMPLES).forAll(PlanRequests.valid(), integers().between(0, 10_000)).checkAssert((request, pick) -> {
            Plan plan = PlanBuilder.build(request, PlanRequests.TODAY);
            int raceIndex = plan.days().size() - 1;
            LocalDate date = plan.days().get(pick % raceIndex).date();
            Plan adapted = PlanAdapter.adapt(plan, date, TriageLevel.GREEN, List.of(), asPlanned(plan, date));
            for (int i = 0; i < plan.days().size(); i++) {
                Day built = plan.days().get(i);
                assertEquals(built.runs(), adapted.days().get(i).runs(), built.date() + " after GREEN on " + date + " in " + request);
            }
        });
    }

    private static List<Session> asPlanned(Plan plan, LocalDate date) {
        List<Session> runs = new ArrayList<>();
        plan.days().stream().filter(d -> d.date().isBefore(date)).forEach(d -> d.runs().forEach(r ->
                runs.add(Run.of(d.date(), r.distance(), r.pace().slow().timeFor(r.distance()), r.type()))));
        return runs;
    }
}
