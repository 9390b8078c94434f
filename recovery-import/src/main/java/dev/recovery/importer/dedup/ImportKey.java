package dev.recovery.importer.dedup;

import dev.recovery.core.unit.Checks;
import java.time.Instant;

/**
 * What identifies a session when there is no source id in common: when it started and how far it
 * went. The same run imported once from Strava and once from the watch's GPX has different source
 * ids but the same key (within {@link JournalKeys#START_TOLERANCE_SECONDS} and
 * {@link JournalKeys#DISTANCE_TOLERANCE_FRACTION}).
 *
 * @param start  the start instant
 * @param metres the distance in metres, 0 for sessions without one
 * @since 0.1.0
 */
public record ImportKey(Instant start, double metres) {

    /** @throws IllegalArgumentException if the start is missing or the distance negative */
    public ImportKey {
        Checks.required("start", start, "the session's start time");
        Checks.inRange("metres", metres, 0, Double.MAX_VALUE, "m");
    }

    /** The key of an imported activity: what the journal stores to recognise it later. */
    public static ImportKey of(dev.recovery.importer.activity.ImportedActivity activity) {
        return new ImportKey(activity.start(), activity.distance().map(d -> d.metres()).orElse(0.0));
    }

    /** The key for a start and distance. */
    public static ImportKey of(Instant start, double metres) {
        return new ImportKey(start, metres);
    }
}
