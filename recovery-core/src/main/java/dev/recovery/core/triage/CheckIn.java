package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A soreness check-in: what hurts, how, since when, and the yes/no signs (RULES.md 1.1). It is the
 * only input of the triage, which is a pure function of it.
 *
 * @param region       where it hurts
 * @param side         left, right or both (symmetrical)
 * @param pain         pain now, 0-10
 * @param quality      what it feels like
 * @param spread       over a muscle group, or on one spot
 * @param onset        during, right after, or 12-24 h after the run
 * @param hoursSinceRun hours since the run that brought it on, from 0 to {@value #MAX_HOURS_SINCE_RUN}
 * @param trend        improving, unchanged or worse since it began
 * @param movement     what light movement does to it
 * @param symptoms     the yes/no signs present (an empty set means none)
 * @since 0.1.0
 */
public record CheckIn(BodyRegion region, Side side, PainScore pain, PainQuality quality, Spread spread, Onset onset,
        double hoursSinceRun, Trend trend, MovementResponse movement, Set<Symptom> symptoms) {

    /** The most hours since a run a check-in accepts: one year. */
    public static final double MAX_HOURS_SINCE_RUN = 8_760;

    /** @throws IllegalArgumentException naming the first field that is missing or out of range */
    public CheckIn {
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("side", side, Side.class);
        Checks.required("pain", pain, "a whole number from 0 to 10");
        Checks.requiredOneOf("quality", quality, PainQuality.class);
        Checks.requiredOneOf("spread", spread, Spread.class);
        Checks.requiredOneOf("onset", onset, Onset.class);
        Checks.inRange("hours-since-run", hoursSinceRun, 0, MAX_HOURS_SINCE_RUN, "hours");
        Checks.requiredOneOf("trend", trend, Trend.class);
        Checks.requiredOneOf("movement", movement, MovementResponse.class);
        Checks.required("symptoms", symptoms, "a set of symptoms, empty if none");
        symptoms = symptoms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(symptoms));
    }

    /** True if {@code symptom} was reported. */
    public boolean has(Symptom symptom) {
        return symptoms.contains(symptom);
    }

    /** A copy with a different pain score. */
    public CheckIn withPain(PainScore newPain) {
        return new CheckIn(region, side, newPain, quality, spread, onset, hoursSinceRun, trend, movement, symptoms);
    }

    /** A copy with a different number of hours since the run. */
    public CheckIn withHoursSinceRun(double hours) {
        return new CheckIn(region, side, pain, quality, spread, onset, hours, trend, movement, symptoms);
    }

    /** A copy with {@code symptom} added. */
    public CheckIn withSymptom(Symptom symptom) {
        EnumSet<Symptom> more = EnumSet.noneOf(Symptom.class);
        more.addAll(symptoms);
        more.add(symptom);
        return new CheckIn(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, more);
    }

    /** A builder starting from the mildest check-in: calf, both sides, pain 0, dull, widespread, delayed onset, 24 h, improving, eases, no symptoms. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CheckIn} field by field; {@link #build()} validates. */
    public static final class Builder {
        private BodyRegion region = BodyRegion.CALF;
        private Side side = Side.BOTH;
        private PainScore pain = PainScore.of(0);
        private PainQuality quality = PainQuality.DULL_ACHY;
        private Spread spread = Spread.WIDESPREAD;
        private Onset onset = Onset.DELAYED;
        private double hoursSinceRun = 24;
        private Trend trend = Trend.IMPROVING;
        private MovementResponse movement = MovementResponse.EASES;
        private final EnumSet<Symptom> symptoms = EnumSet.noneOf(Symptom.class);

        private Builder() {
        }

        /** Sets the region. */
        public Builder region(BodyRegion value) {
            region = value;
            return this;
        }

        /** Sets the side. */
        public Builder side(Side value) {
            side = value;
            return this;
        }

        /** Sets the pain score, 0-10. */
        public Builder pain(int value) {
            pain = PainScore.of(value);
            return this;
        }

        /** Sets the quality. */
        public Builder quality(PainQuality value) {
            quality = value;
            return this;
        }

        /** Sets the spread. */
        public Builder spread(Spread value) {
            spread = value;
            return this;
        }

        /** Sets the onset. */
        public Builder onset(Onset value) {
            onset = value;
            return this;
        }

        /** Sets the hours since the run. */
        public Builder hoursSinceRun(double value) {
            hoursSinceRun = value;
            return this;
        }

        /** Sets the trend. */
        public Builder trend(Trend value) {
            trend = value;
            return this;
        }

        /** Sets what movement does. */
        public Builder movement(MovementResponse value) {
            movement = value;
            return this;
        }

        /** Adds symptoms. */
        public Builder symptom(Symptom... values) {
            symptoms.addAll(java.util.List.of(values));
            return this;
        }

        /**
         * Builds the check-in.
         *
         * @throws IllegalArgumentException naming the first invalid field
         */
        public CheckIn build() {
            return new CheckIn(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, symptoms);
        }
    }
}
