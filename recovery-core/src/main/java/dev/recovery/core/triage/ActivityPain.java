package dev.recovery.core.triage;

/**
 * The verdict of the pain-monitoring model (Silbernagel et al. 2007) on pain felt
 * during an activity, ordered from best to worst.
 *
 * @since 0.1.0
 */
public enum ActivityPain {
    /** Pain 0-2/10 during the activity, settled by the next morning: keep going. */
    SAFE,
    /** Pain 3-5/10 during the activity, settled by the next morning: allowed, keep the load where it is. */
    ACCEPTABLE,
    /** Pain above 5/10, or not settled by the next morning: reduce the load. */
    NOT_ACCEPTABLE
}
