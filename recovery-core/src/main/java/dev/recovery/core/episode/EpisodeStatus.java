package dev.recovery.core.episode;

import dev.recovery.core.unit.Checks;

/** Where an episode stands. */
public enum EpisodeStatus {
    /** Still hurting or not yet settled: its level counts towards today's. */
    OPEN,
    /** A RED episode a physical therapist or doctor has cleared: the entry questions of the return to run come next. */
    CLEARED,
    /** On the walk-run steps of the graded return to run. */
    RETURN_TO_RUN,
    /** Settled: it no longer counts. */
    RESOLVED;

    /**
     * The id used in files and JSON: {@code open}, {@code cleared}, {@code return-to-run}, {@code resolved}.
     *
     * @return the id
     */
    public String id() {
        return Checks.id(this);
    }

    /**
     * True unless resolved.
     *
     * @return whether the episode still counts
     */
    public boolean isOpen() {
        return this != RESOLVED;
    }
}
