package dev.recovery.importer;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.safety.ImportLimits;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How to import.
 *
 * @param zone         the runner's time zone: a session's date is its start's date there (Strava
 *                     and GPX times are UTC, so a 6 a.m. run in Sydney would otherwise land on the
 *                     day before)
 * @param distanceUnit the unit of Strava's first Distance column when the export itself does not
 *                     reveal it (exports from before July 2019 have no distance in metres); the
 *                     runner's Strava display unit
 * @param limits       safety limits (zip bombs, record lengths)
 * @param threads      threads for parsing track files, 1 to 16
 * @since 0.1.0
 */
public record ImportOptions(ZoneId zone, DistanceUnit distanceUnit, ImportLimits limits, int threads, Optional<ActivityKind> as) {

    /** The most threads accepted. */
    public static final int MAX_THREADS = 16;
    /** Default thread count: parsing is CPU-bound; more threads than cores, or than 4, does not help. */
    public static final int DEFAULT_MAX_THREADS = 4;

    /** @throws IllegalArgumentException naming the first invalid option */
    public ImportOptions {
        Checks.required("zone", zone, "a time zone such as Europe/London");
        Checks.required("distance-unit", distanceUnit, "km or mi");
        Checks.required("limits", limits, "the import limits");
        Checks.inRange("threads", threads, 1, MAX_THREADS);
        Checks.required("as", as, "run, bike or walk, or none");
    }

    /** Options going by each file's own types. */
    public ImportOptions(ZoneId zone, DistanceUnit distanceUnit, ImportLimits limits, int threads) {
        this(zone, distanceUnit, limits, threads, Optional.empty());
    }

    /** UTC, kilometres, default limits, up to 4 threads (no more than the machine's cores). */
    public static ImportOptions defaults() {
        return new ImportOptions(java.time.ZoneOffset.UTC, DistanceUnit.KM, ImportLimits.defaults(),
                Math.max(1, Math.min(DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors())));
    }

    /** A copy in the runner's time zone. */
    public ImportOptions withZone(ZoneId value) {
        return new ImportOptions(value, distanceUnit, limits, threads, as);
    }

    /** A copy assuming {@code value} for Strava's first Distance column where the export does not say. */
    public ImportOptions withDistanceUnit(DistanceUnit value) {
        return new ImportOptions(zone, value, limits, threads, as);
    }

    /** A copy with other limits. */
    public ImportOptions withLimits(ImportLimits value) {
        return new ImportOptions(zone, distanceUnit, value, threads, as);
    }

    /** A copy parsing with {@code value} threads. */
    public ImportOptions withThreads(int value) {
        return new ImportOptions(zone, distanceUnit, limits, value, as);
    }

    /** A copy taking every activity of a single track file as {@code value} ({@code --as}). */
    public ImportOptions withAs(ActivityKind value) {
        return new ImportOptions(zone, distanceUnit, limits, threads, Optional.of(value));
    }
}
