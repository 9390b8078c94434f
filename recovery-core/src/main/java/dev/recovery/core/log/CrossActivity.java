package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;

/**
 * Low-impact cross-training a runner logs or a plan schedules in place of a run.
 *
 * @since 0.1.0
 */
public enum CrossActivity {
    /** Cycling, indoors or out. */
    BIKE,
    /** The elliptical trainer. */
    ELLIPTICAL,
    /** Swimming or pool running. */
    SWIM,
    /** Walking or hiking. */
    WALK;

    /** The id shown to users. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code bike}, {@code elliptical}, {@code swim} or {@code walk} (also {@code cycling},
     * {@code ride}, {@code swimming}, {@code hike}).
     *
     * @throws IllegalArgumentException naming {@code activity}, the text and the accepted values
     */
    public static CrossActivity parse(String text) {
        if (text != null) {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "cycling", "ride", "cycle":
                    return BIKE;
                case "swimming", "pool":
                    return SWIM;
                case "hike", "walking":
                    return WALK;
                default:
                    break;
            }
        }
        return Checks.parseEnum("activity", text, CrossActivity.class);
    }
}
