package dev.recovery.core.recovery;

/**
 * The quantities a recovery dose is measured in, besides the minutes it takes. Each has its unit in
 * its name, so a dose never leaves the reader guessing.
 *
 * @since 0.1.0
 */
public enum Measure {
    /** Time spent on each muscle group or area (rolling, massage gun), in seconds. */
    SECONDS_PER_AREA("s per area"),
    /** How long to pause on a tender spot, in seconds. */
    PAUSE_SECONDS("s pause on tender spots"),
    /** How long each stretch or isometric hold lasts, in seconds. */
    HOLD_SECONDS("s per hold"),
    /** How many holds or repetitions on each side. */
    REPS_PER_SIDE("reps per side"),
    /** How many sessions a week at most. */
    SESSIONS_PER_WEEK("sessions a week"),
    /** Start within this many minutes of finishing. */
    WITHIN_MINUTES("min after finishing"),
    /** Carbohydrate to protein, grams of carbohydrate per gram of protein. */
    CARB_TO_PROTEIN_RATIO(":1 carbohydrate:protein"),
    /** Fluid to drink, in millilitres. */
    MILLILITRES("ml"),
    /** How many hours before the run. */
    HOURS_BEFORE("h before"),
    /** Hours of sleep. */
    HOURS_OF_SLEEP("h of sleep"),
    /** Cups of Epsom salt in the bath (a cup is about 240 ml). */
    CUPS_EPSOM_SALT("cups of Epsom salt"),
    /** Length of a cross-training session, in minutes. */
    SESSION_MINUTES("min session"),
    /** The window after an acute injury, in hours. */
    FIRST_HOURS("h after the injury");

    private final String unit;

    Measure(String unit) {
        this.unit = unit;
    }

    /** The unit as shown after a number, e.g. {@code s per hold}. */
    public String unit() {
        return unit;
    }
}
