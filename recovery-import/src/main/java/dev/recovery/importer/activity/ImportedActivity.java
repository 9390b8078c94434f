package dev.recovery.importer.activity;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.HeartRates;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One activity read from an export, ready to go into the journal.
 *
 * @param sourceId     {@code strava:<id>} or {@code hash:<hex>} (see {@link SourceIds}); the journal
 *                     stores it so a second import of the same export adds nothing
 * @param start        when it started (UTC instant), also used to deduplicate
 * @param kind         what it is logged as
 * @param session      the session for the log: a {@link Run} (type {@link RunType#EASY}: an export
 *                     does not say what kind of run it was), {@link CrossTraining},
 *                     {@link StrengthSession} or {@link YogaSession}; its date is the start's date in
 *                     the runner's time zone, its duration the moving time
 * @param distance     how far, for runs, rides, swims and walks that have one
 * @param avgHeartRate the average heart rate in bpm, if known, for every kind of session (the
 *                     session carries it too)
 * @param maxHeartRate the highest heart rate in bpm, if known, for every kind of session
 * @param load         how the session's load is to be determined
 * @param name         the activity's title in the source (e.g. {@code Morning Run}), if any
 * @param origin       where it was read: {@code activities.csv line 12} or a file name
 * @since 0.1.0
 */
public record ImportedActivity(String sourceId, Instant start, ActivityKind kind, Session session,
        Optional<Distance> distance, OptionalInt avgHeartRate, OptionalInt maxHeartRate, ImportedLoad load, Optional<String> name,
        String origin) {

    /**
     * Heart rates below this (bpm) in an export are sensor noise (a strap not yet wet reads 0);
     * the same bound the log applies to heart rates a runner types.
     */
    public static final int MIN_PLAUSIBLE_BPM = HeartRates.MIN_BPM;
    /** Heart rates above this (bpm) are sensor noise: above any recorded human maximum. */
    public static final int MAX_PLAUSIBLE_BPM = HeartRates.MAX_BPM;

    /** @throws IllegalArgumentException naming the first missing field */
    public ImportedActivity {
        Checks.required("source-id", sourceId, "a source id such as strava:123");
        Checks.required("start", start, "the start time");
        Checks.requiredOneOf("kind", kind, ActivityKind.class);
        Checks.required("session", session, "a session");
        Checks.required("distance", distance, "a distance, or none");
        Checks.required("avg-hr", avgHeartRate, "a heart rate, or none");
        Checks.required("max-hr", maxHeartRate, "a heart rate, or none");
        Checks.required("load", load, "the load basis");
        Checks.required("name", name, "a name, or none");
        Checks.required("origin", origin, "where the activity was read");
    }

    /**
     * Builds the session and its load basis from what an export recorded.
     *
     * @param sourceId     the Strava id as {@code strava:<id>}, or {@code null} to hash start and distance
     * @param start        the start instant
     * @param zone         the runner's time zone, which gives the session's date
     * @param kind         the kind
     * @param duration     the moving time
     * @param distance     the distance, if any (required for a run)
     * @param rpe          the recorded RPE, if any
     * @param avgHeartRate the average heart rate, if any (values outside 25-250 bpm are dropped as sensor noise)
     * @param maxHeartRate the maximum heart rate, if any (dropped if below the average)
     * @param name         the title, if any
     * @param origin       where it was read
     * @throws IllegalArgumentException from the session's validation, naming the field (a run of
     *                                  0 km, a pace outside 2:00-20:00/km, a duration over 48 h)
     */
    public static ImportedActivity of(String sourceId, Instant start, ZoneId zone, ActivityKind kind, Duration duration,
            Optional<Distance> distance, Optional<Rpe> rpe, OptionalInt avgHeartRate, OptionalInt maxHeartRate,
            Optional<String> name, String origin) {
        return of(sourceId, start, zone, kind, RunType.EASY, duration, distance, rpe, avgHeartRate, maxHeartRate, name, origin);
    }

    /**
     * Like {@link #of(String, Instant, ZoneId, ActivityKind, Duration, Optional, Optional, OptionalInt, OptionalInt, Optional, String)}
     * with the type of run where the source says it ({@code tempo} in a runner's own CSV); ignored
     * for other kinds.
     */
    public static ImportedActivity of(String sourceId, Instant start, ZoneId zone, ActivityKind kind, RunType runType,
            Duration duration, Optional<Distance> distance, Optional<Rpe> rpe, OptionalInt avgHeartRate, OptionalInt maxHeartRate,
            Optional<String> name, String origin) {
        OptionalInt avg = plausible(avgHeartRate);
        OptionalInt max = plausible(maxHeartRate);
        if (avg.isPresent() && max.isPresent() && max.getAsInt() < avg.getAsInt()) {
            max = OptionalInt.empty();
        }
        Optional<Distance> kept = kind.hasDistance() ? distance.filter(d -> d.metres() > 0) : Optional.empty();
        Session session;
        LocalDate date = start.atZone(zone).toLocalDate();
        switch (kind) {
            case RUN:
                session = new Run(date, kept.orElse(null), duration, runType, rpe, avg, max, Optional.empty(), Optional.empty());
                break;
            case STRENGTH:
                session = new StrengthSession(date, duration, rpe, avg);
                break;
            case YOGA:
                session = new YogaSession(date, duration, rpe, avg);
                break;
            default:
                session = new CrossTraining(date, kind.crossActivity().orElseThrow(), duration, rpe, avg);
                break;
        }
        String id = sourceId != null ? sourceId : SourceIds.hash(start, kept.map(Distance::metres).orElse(0.0));
        ImportedLoad load = ImportedLoad.of(session);
        return new ImportedActivity(id, start, kind, session, kept, avg, max, load,
                name.map(String::strip).filter(s -> !s.isEmpty()), origin);
    }

    private static OptionalInt plausible(OptionalInt bpm) {
        return bpm.isPresent() && HeartRates.isPlausible(bpm.getAsInt()) ? bpm : OptionalInt.empty();
    }

    /** The moving time. */
    public Duration duration() {
        return session.duration();
    }
}
