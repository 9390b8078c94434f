package dev.recovery.core.episode;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;

/**
 * One step of an episode's course: from {@code date} the episode is at {@code level} with
 * {@code status}, for the stated reason.
 *
 * @param date   the day of the change
 * @param level  the episode's level from then on
 * @param status the episode's status from then on
 * @param reason why, with the rule id and its source
 */
public record EpisodeChange(LocalDate date, TriageLevel level, EpisodeStatus status, Reason reason) {

    /** @throws IllegalArgumentException if a part is missing */
    public EpisodeChange {
        Dates.check("date", date);
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("status", status, "open, cleared, return-to-run or resolved");
        Checks.required("reason", reason, "the reason for the change");
    }
}
