package dev.recovery.plans.export;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.TrainingZone;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.RaceResult;
import java.util.List;

/** The pace texts of an exported plan: the training paces in the header, and each run's range. */
final class PaceLines {

    private PaceLines() {
    }

    /** The training paces of the plan's pace basis (core's Daniels-Gilbert paces), one line per zone. */
    static List<String> of(Plan plan) {
        TrainingPaces paces = paces(plan.request().paceBasis());
        DistanceUnit units = plan.units();
        return List.of(
                "VDOT " + paces.vdot().format(),
                "Easy (E) " + paces.pace(TrainingZone.EASY).format(units),
                "Marathon (M) " + paces.pace(TrainingZone.MARATHON).format(units),
                "Threshold (T) " + paces.pace(TrainingZone.THRESHOLD).format(units),
                "Interval (I) " + paces.pace(TrainingZone.INTERVAL).format(units),
                "Repetition (R) " + paces.pace(TrainingZone.REPETITION).format(units));
    }

    static TrainingPaces paces(RaceResult basis) {
        return basis.goal() ? TrainingPaces.forGoal(basis.time()) : Vdot.fromRace(basis.distance(), basis.time()).trainingPaces();
    }

    /** The run's pace range as the plan set it (core's training paces for its type), in the plan's unit. */
    static String range(PlannedRun run, DistanceUnit units) {
        return run.pace().format(units);
    }
}
