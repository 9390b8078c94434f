package dev.recovery.core.triage;

/** Which kind of soreness a check-in looks like (RULES.md 1.2). */
public enum SorenessPattern {
    /** Acute muscle soreness: during or right after a hard run, fading within hours. */
    ACUTE,
    /** Delayed onset muscle soreness: starts 12-24 h after, peaks at 24-72 h, gone in about 5-7 days. */
    DOMS,
    /** Neither pattern fits: look at the triage level and its reasons. */
    NEITHER
}
