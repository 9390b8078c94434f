package dev.recovery.core.readiness;

import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;

/**
 * A triage result with the day of the check-in it came from: what readiness needs to know how
 * current the runner's last report of their body is.
 *
 * @param checkInDate the day the runner checked in (1900-2100)
 * @param triage      the triage of that check-in
 * @since 0.1.0
 */
public record DatedTriage(LocalDate checkInDate, Triage triage) {

    /** @throws IllegalArgumentException if the date is missing or out of range, or the triage is missing */
    public DatedTriage {
        Dates.check("check-in date", checkInDate);
        Checks.required("triage", triage, "a triage result");
    }

    /** The triage of a check-in made on {@code checkInDate}. */
    public static DatedTriage of(LocalDate checkInDate, Triage triage) {
        return new DatedTriage(checkInDate, triage);
    }

    /** The triage's level. */
    public TriageLevel level() {
        return triage.level();
    }
}
