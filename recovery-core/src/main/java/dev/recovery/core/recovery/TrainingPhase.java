package dev.recovery.core.recovery;

import dev.recovery.core.unit.Checks;

/**
 * Where a week sits in the marathon cycle (Pfitzinger &amp; Douglas, Advanced Marathoning). The recovery prescription needs it because
 * some modalities help or hurt depending on whether the week is meant to build fitness or to absorb
 * it: cold slows the repair that makes a build week pay off, so it is kept for lighter weeks.
 * Plans use it for their weeks too (a plan's cutback week keeps its phase and is
 * {@link #DELOAD} for the prescription).
  *
 * @since 0.1.0
 */
public enum TrainingPhase {
    /** Base building: steady easy mileage, strength started. */
    BASE,
    /** Build: mileage and intensity rising. */
    BUILD,
    /** Peak: the highest-mileage weeks, held for 2-3 weeks, where soreness and injury concentrate. */
    PEAK,
    /** A cutback (step-back) week, about 20-30% below the week before. */
    DELOAD,
    /** The taper: volume cut 41-60% over the final 2-3 weeks, intensity kept. */
    TAPER,
    /** The week of the race. */
    RACE_WEEK;

    /**
     * True in the weeks meant to build fitness (base, build, peak), where the body's own repair
     * response after a hard session should not be blunted (cold plunge: Postma and Chung, physical therapists, interviewed on peak-mileage aches).
     */
    public boolean buildsFitness() {
        return this == BASE || this == BUILD || this == PEAK;
    }

    /** The id shown to users: {@code base}, {@code race-week}, ... */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code base}, {@code build}, {@code peak}, {@code deload}, {@code taper} or
     * {@code race-week} ({@code cutback} is accepted for {@link #DELOAD}, and {@code race}, the plans'
     * name for the week, for {@link #RACE_WEEK}).
     *
     * @throws IllegalArgumentException naming {@code phase}, the text and the accepted values
     */
    public static TrainingPhase parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("cutback")) {
            return DELOAD;
        }
        if (text != null && text.strip().equalsIgnoreCase("race")) {
            return RACE_WEEK;
        }
        return Checks.parseEnum("phase", text, TrainingPhase.class);
    }
}
