package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.recovery.core.load.AcwrZone;
import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.load.LoadSettings;
import dev.recovery.core.load.SingleRunSpike;
import dev.recovery.core.load.TenPercentRule;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A plan followed exactly, logged into recovery-core's training log after the weeks the runner said
 * they run now, raises none of the product's own load warnings: no single-run spike, no ACWR of 1.5
 * or more, no week more than 10% above the largest of the three before it.
 */
class PlanLoadPropertiesTest {

    private static final int EXAMPLES = 60;
    /** Weeks of the runner's current training logged before the plan: enough for the 28-day chronic load to settle. */
    private static final int HISTORY_WEEKS = 8;
    private static final Set<String> WARNINGS = Set.of(SingleRunSpike.RULE_ID, AcwrZone.DANGER.ruleId(), TenPercentRule.RULE_ID);

    @Test
    void aPlanLoggedExactlyAsWrittenRaisesNoLoadWarning() {
        qt().withExamples(EXAMPLES).forAll(PlanRequests.valid()).checkAssert(request -> {
            Plan plan = PlanBuilder.build(request, PlanRequests.TODAY);
            // The weekly check counts the runner's weeks: the plan's weeks, which start the day after the race's weekday.
            LoadSettings settings = LoadSettings.defaults().withWeekStart(request.weekStart());
            List<Session> sessions = history(plan);
            List<Day> days = plan.days();
            for (Day day : days) {
                if (day.date().equals(plan.raceDate())) {
                    break;
                }
                sessions.addAll(day.sessions());
                TrainingLog log = TrainingLog.of(sessions);
                LoadReport report = LoadReport.of(log, day.date(), Convention.GOLDENCHEETAH, settings);
                for (Reason flag : report.flags()) {
                    assertFalse(WARNINGS.contains(flag.ruleId()), day.date() + ": " + flag.message() + " in " + request);
                }
            }
        });
    }

    @Test
    void theReturnFromACutbackIsNotReportedAsAJump() {
        Plan plan = PlanBuilder.build(PlanRequests.fromSeed(7), PlanRequests.TODAY);
        int checked = 0;
        for (int w = 1; w + 1 < plan.weeks().size(); w++) {
            if (plan.weeks().get(w).cutback()) {
                List<Distance> before = new ArrayList<>();
                for (int back = Math.max(0, w - 2); back <= w; back++) {
                    before.add(plan.weeks().get(back).trainingVolume());
                }
                Distance next = plan.weeks().get(w + 1).trainingVolume();
                assertTrue(next.metres() > plan.weeks().get(w).trainingVolume().metres() * 1.1, "the week after a cutback climbs back");
                assertTrue(TenPercentRule.check(before, next).isEmpty(), "week " + (w + 2) + " flagged");
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    /**
     * The runner's current weeks before the plan: the plan's first week as it is (strength,
     * cross-training and yoga included), its runs scaled down to the runner's stated current volume.
     */
    private static List<Session> history(Plan plan) {
        List<Session> sessions = new ArrayList<>();
        Week first = plan.weeks().get(0);
        double scale = Math.min(1, plan.request().currentWeekly().metres() / first.trainingVolume().metres());
        for (int w = HISTORY_WEEKS; w >= 1; w--) {
            for (Day day : first.days()) {
                LocalDate date = day.date().minusWeeks(w);
                for (Session session : day.sessions()) {
                    if (session instanceof Run run) {
                        Distance distance = Distance.ofMetres(run.distance().metres() * scale);
                        sessions.add(Run.of(date, distance, Duration.ofSeconds(Math.round(run.duration().toSeconds() * scale)), run.type()));
                    } else if (session instanceof CrossTraining cross) {
                        sessions.add(CrossTraining.of(date, cross.activity(), cross.duration()));
                    } else if (session instanceof StrengthSession strength) {
                        sessions.add(StrengthSession.of(date, strength.duration()));
                    } else if (session instanceof YogaSession yoga) {
                        sessions.add(YogaSession.of(date, yoga.duration()));
                    }
                }
            }
        }
        return sessions;
    }
}
