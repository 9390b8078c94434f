package dev.recovery.core.recovery;

import dev.recovery.core.unit.Checks;

/**
 * Where a week sits in the marathon cycle (RULES.md 5). The recovery prescription needs it because
 * some modalities help or hurt depending on whether the week is meant to build fitness or to absorb
 * it: cold slows the repair that makes a build week pay off, so it is kept for lighter weeks.
 * The plans module maps its own phases onto these.
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
     * response after a hard session should not be blunted (RULES.md 4, cold plunge: Postma, seed 000).
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
     * {@code race-week} ({@code cutback} is accepted for {@link #DELOAD}).
     *
     * @throws IllegalArgumentException naming {@code phase}, the text and the accepted values
     */
    public static TrainingPhase parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("cutback")) {
            return DELOAD;
        }
        return Checks.parseEnum("phase", text, TrainingPhase.class);
    }
}
