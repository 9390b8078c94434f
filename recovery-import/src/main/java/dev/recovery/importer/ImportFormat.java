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
    /** The product's plain CSV (date, distance, duration, type, rpe). */
    PLAIN_CSV,
    /** A FIT file (or several chained), plain or .gz, read by the product's own decoder. */
    FIT,
    /** A Garmin Connect account data export (zip with DI_CONNECT/): its uploaded FIT originals are read. */
    GARMIN_ZIP,
    /** A Garmin Connect account data export unpacked into a folder (holding DI_CONNECT/, or being it). */
    GARMIN_FOLDER
}
