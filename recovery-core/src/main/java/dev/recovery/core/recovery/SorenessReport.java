package dev.recovery.core.recovery;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;

/**
 * The latest soreness check-in for one region together with its triage, as the prescription reads
 * it: where it hurts and how serious it is.
 *
 * @param checkIn what the runner reported
 * @param triage  the triage of that check-in, as {@link Triage#of(CheckIn)} gives it
  *
 * @since 0.1.0
 */
public record SorenessReport(CheckIn checkIn, Triage triage) {

    /** @throws IllegalArgumentException if either part is missing, or the triage is not the check-in's own */
    public SorenessReport {
        Checks.required("check-in", checkIn, "a soreness check-in");
        Checks.required("triage", triage, "the triage of the check-in");
        if (!triage.equals(Triage.of(checkIn))) {
            throw Checks.invalid("triage", triage.level() + " " + triage.ruleIds(),
                    "the triage of this check-in (" + Triage.of(checkIn).level() + "): a report cannot carry another's");
        }
    }

    /** The report of {@code checkIn}, with the triage it computes itself. */
    public static SorenessReport of(CheckIn checkIn) {
        Checks.required("check-in", checkIn, "a soreness check-in");
        return new SorenessReport(checkIn, Triage.of(checkIn));
    }

    /** Where it hurts. */
    public BodyRegion region() {
        return checkIn.region();
    }

    /** GREEN, AMBER or RED. */
    public TriageLevel level() {
        return triage.level();
    }
}
