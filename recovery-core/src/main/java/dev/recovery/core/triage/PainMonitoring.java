package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.ACTIVITY_ACCEPTABLE_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.ACTIVITY_SAFE_MAX_PAIN;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.PainScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The pain-monitoring model (Silbernagel et al. 2007): how much pain during an
 * activity is tolerable while training through a niggle. Pain up to 5/10 during the activity is
 * accepted if it has settled by the next morning; 0-2 is safe, 3-5 acceptable, above 5 not.
 *
 * <p>Not settling by the next morning makes any pain level NOT_ACCEPTABLE: the model accepts pain only
 * on the condition that it settles, and a load that leaves pain behind the next morning was too much,
 * however low the pain during it.
 *
 * @param verdict safe, acceptable or not acceptable
 * @param reasons the rules that fired, each with its source; never empty
 * @since 0.1.0
 */
public record PainMonitoring(ActivityPain verdict, List<Reason> reasons) {

    /** @throws IllegalArgumentException if a part is missing or there are no reasons */
    public PainMonitoring {
        Checks.required("verdict", verdict, "safe, acceptable or not-acceptable");
        Checks.required("reasons", reasons, "at least one reason");
        if (reasons.isEmpty()) {
            throw Checks.invalid("reasons", "none", "at least one reason: every verdict explains itself");
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * Classifies pain felt during an activity.
     *
     * @param duringActivity       the worst pain during the activity, 0-10
     * @param settledByNextMorning true if the pain was back to its usual level (or gone) by the next morning
     * @return the verdict with its reasons
     * @throws IllegalArgumentException if {@code duringActivity} is null
     */
    public static PainMonitoring classify(PainScore duringActivity, boolean settledByNextMorning) {
        Checks.required("pain during activity", duringActivity, "a whole number from 0 to 10");
        int pain = duringActivity.value();
        List<Reason> reasons = new ArrayList<>();
        if (pain > ACTIVITY_ACCEPTABLE_MAX_PAIN) {
            reasons.add(Reason.of("pain-monitoring-above-5", "Pain of " + duringActivity + " during the activity is above "
                    + ACTIVITY_ACCEPTABLE_MAX_PAIN + "/10, more than the model accepts: reduce the load next time.",
                    Sources.SILBERNAGEL_2007));
        }
        if (!settledByNextMorning) {
            reasons.add(Reason.of("pain-monitoring-not-settled", "The pain had not settled by the next morning, so "
                    + "the load was more than the tissue tolerated: reduce it before going on.", Sources.SILBERNAGEL_2007));
        }
        if (!reasons.isEmpty()) {
            return new PainMonitoring(ActivityPain.NOT_ACCEPTABLE, reasons);
        }
        if (pain <= ACTIVITY_SAFE_MAX_PAIN) {
            return new PainMonitoring(ActivityPain.SAFE, List.of(Reason.of("pain-monitoring-safe", "Pain of "
                    + duringActivity + " during the activity (0-" + ACTIVITY_SAFE_MAX_PAIN + "/10) that settled by the "
                    + "next morning is safe: carry on.", Sources.SILBERNAGEL_2007)));
        }
        return new PainMonitoring(ActivityPain.ACCEPTABLE, List.of(Reason.of("pain-monitoring-acceptable", "Pain of "
                + duringActivity + " during the activity (" + (ACTIVITY_SAFE_MAX_PAIN + 1) + "-"
                + ACTIVITY_ACCEPTABLE_MAX_PAIN + "/10) that settled by the next morning is acceptable: keep the load "
                + "where it is, do not add to it yet.", Sources.SILBERNAGEL_2007)));
    }
}
