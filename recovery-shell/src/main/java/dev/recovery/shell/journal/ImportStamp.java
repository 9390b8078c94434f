package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.time.Instant;

/**
 * When an imported session started and how far it went, as its source reported them: what
 * recognises the same session arriving again from another source (a run imported from a Strava
 * export and again from the watch's GPX file has two source ids, but one start and one distance).
 *
 * @param start  the start instant
 * @param metres the distance in metres as the source gave it, 0 for sessions without one
 */
public record ImportStamp(Instant start, double metres) {

    /** @throws IllegalArgumentException if the start is missing or the distance negative or not finite */
    public ImportStamp {
        Checks.required("start", start, "the session's start time");
        Checks.inRange("keyMetres", metres, 0, 1_000_000_000, "m");
    }
}
