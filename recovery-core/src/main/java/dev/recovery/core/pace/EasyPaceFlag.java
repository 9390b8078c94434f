package dev.recovery.core.pace;

import dev.recovery.core.log.Run;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Pace;

/**
 * An easy or recovery run that was run too fast for the easy-pace rule ({@link EasyPaceCheck}).
 *
 * @param run    the run flagged
 * @param pace   its average pace
 * @param limit  the fastest an easy run may be: goal marathon pace + 90 s/mile
 * @param reason the explanation, rule {@value EasyPaceCheck#RULE_ID}
 * @since 0.1.0
 */
public record EasyPaceFlag(Run run, Pace pace, Pace limit, Reason reason) {

    /** @throws IllegalArgumentException if a part is missing */
    public EasyPaceFlag {
        Checks.required("run", run, "a logged run");
        Checks.required("pace", pace, "a pace");
        Checks.required("limit", limit, "a pace");
        Checks.required("reason", reason, "a reason");
    }

    /** How much faster than the limit the run was, in seconds per km (positive). */
    public double secondsPerKmTooFast() {
        return limit.secondsPerKm() - pace.secondsPerKm();
    }
}
