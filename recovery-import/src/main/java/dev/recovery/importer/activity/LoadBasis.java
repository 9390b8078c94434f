package dev.recovery.importer.activity;

/**
 * How an imported session's training load is to be determined, in order of preference (RULES.md 2).
 */
public enum LoadBasis {
    /** The runner's own RPE was recorded: load = minutes x RPE (Foster session-RPE). */
    RPE,
    /**
     * No RPE but an average heart rate: the caller computes Banister TRIMP with the runner's
     * resting and maximum heart rate; if the profile lacks them it falls back to
     * {@link ImportedLoad#assumedRpe()}.
     */
    HEART_RATE,
    /** Neither: minutes x an RPE assumed for the activity type, marked as an estimate. */
    ESTIMATE
}
