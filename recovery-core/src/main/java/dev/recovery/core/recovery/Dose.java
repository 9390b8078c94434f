package dev.recovery.core.recovery;

import dev.recovery.core.unit.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much of a recovery modality: the minutes it takes out of the runner's day, plus any other
 * quantities (seconds per area, hold length, millilitres, hours of sleep).
 *
 * @param minutes  the time it asks for today, in minutes; 0 for things that fit into the day anyway
 *                 (sleep, eating, drinking) or that are for another day
 * @param measures the other quantities, by kind; empty if none
 * @since 0.1.0
 */
public record Dose(DoseRange minutes, Map<Measure, DoseRange> measures) {

    /** @throws IllegalArgumentException if a part is missing */
    public Dose {
        Checks.required("minutes", minutes, "a range of minutes");
        Checks.required("measures", measures, "a map of measures, empty if none");
        measures = measures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(measures));
    }

    /** A dose of {@code minutes} with no other quantities. */
    public static Dose ofMinutes(DoseRange minutes) {
        return new Dose(minutes, Map.of());
    }

    /** A dose of {@code min}-{@code max} minutes with no other quantities. */
    public static Dose ofMinutes(double min, double max) {
        return ofMinutes(DoseRange.of(min, max));
    }

    /** A dose that takes no time of its own (sleep, refuelling, drinking). */
    public static Dose noTime() {
        return ofMinutes(DoseRange.NONE);
    }

    /** A copy with {@code measure} set to {@code range}. */
    public Dose with(Measure measure, DoseRange range) {
        EnumMap<Measure, DoseRange> more = new EnumMap<>(Measure.class);
        more.putAll(measures);
        more.put(Checks.required("measure", measure, "a measure"), Checks.required("range", range, "a range"));
        return new Dose(minutes, more);
    }

    /** A copy with {@code measure} set to {@code min}-{@code max}. */
    public Dose with(Measure measure, double min, double max) {
        return with(measure, DoseRange.of(min, max));
    }

    /** A copy taking {@code range} minutes. */
    public Dose withMinutes(DoseRange range) {
        return new Dose(range, measures);
    }

    /** The quantity of {@code measure}, if this dose has one. */
    public Optional<DoseRange> get(Measure measure) {
        return Optional.ofNullable(measures.get(measure));
    }

    /**
     * True if this dose stays inside {@code limits}: its minutes within the limits' minutes, and each
     * of its measures present in the limits and within them.
     */
    public boolean within(Dose limits) {
        if (!minutes.within(limits.minutes)) {
            return false;
        }
        for (Map.Entry<Measure, DoseRange> e : measures.entrySet()) {
            DoseRange limit = limits.measures.get(e.getKey());
            if (limit == null || !e.getValue().within(limit)) {
                return false;
            }
        }
        return true;
    }
}
