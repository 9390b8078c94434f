package dev.recovery.importer;

/** The kinds of file {@link Importer} recognises. */
public enum ImportFormat {
    /** An unpacked Strava bulk export: a folder with activities.csv and activities/. */
    STRAVA_FOLDER,
    /** A Strava bulk export as downloaded: a zip with activities.csv and activities/. */
    STRAVA_ZIP,
    /** A Strava activities.csv on its own (track files, if any, are looked up beside it). */
    STRAVA_CSV,
    /** A single GPX 1.0 or 1.1 file, plain or .gz. */
    GPX,
    /** A single Garmin TCX file, plain or .gz. */
    TCX,
    /** Garmin Connect's activity list exported as CSV, headers in any language (recognised by its columns). */
    GARMIN_CSV,
    /** The product's plain CSV (date, distance, duration, type, rpe). */
    PLAIN_CSV,
    /** A FIT file: recognised, never read (the Garmin FIT SDK's licence rules it out); counted as skipped. */
    FIT
}
