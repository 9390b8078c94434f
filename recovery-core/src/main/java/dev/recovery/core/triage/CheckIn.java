package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A soreness check-in: what hurts, how, since when, the yes/no signs, and the pain felt during the
 * run if the runner ran. It is the only input of the triage, which is a pure function of it.
 *
 * @param region        where it hurts
 * @param side          left, right or both (symmetrical)
 * @param pain          pain now, 0-10
 * @param quality       what it feels like
 * @param spread        over a muscle group, or on one spot
 * @param onset         during, right after, or 12-24 h after the run
 * @param hoursSinceRun hours since the run that brought it on, from 0 to {@value #MAX_HOURS_SINCE_RUN}
 * @param trend         improving, unchanged or worse since it began
 * @param movement      what light movement does to it
 * @param symptoms      the yes/no signs present (an empty set means none)
 * @param painDuringRun the worst pain during the last run, 0-10, or empty if not reported
  *
 * @since 0.1.0
 */
public record CheckIn(BodyRegion region, Side side, PainScore pain, PainQuality quality, Spread spread, Onset onset,
        double hoursSinceRun, Trend trend, MovementResponse movement, Set<Symptom> symptoms,
        Optional<PainScore> painDuringRun) {

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
        Checks.required("pain-during-run", painDuringRun, "a whole number from 0 to 10, or none");
        symptoms = symptoms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(symptoms));
    }

    /**
     * A check-in without pain during the run: the form journals kept before the pain-monitoring
     * inputs, and the form of a check-in on a day without a run.
     *
     * @param region        where it hurts
     * @param side          left, right or both
     * @param pain          pain now
     * @param quality       what it feels like
     * @param spread        over a muscle group, or on one spot
     * @param onset         when it began
     * @param hoursSinceRun hours since the run that brought it on
     * @param trend         improving, unchanged or worse
     * @param movement      what light movement does to it
     * @param symptoms      the yes/no signs present
     * @throws IllegalArgumentException naming the first field that is missing or out of range
     */
    public CheckIn(BodyRegion region, Side side, PainScore pain, PainQuality quality, Spread spread, Onset onset,
            double hoursSinceRun, Trend trend, MovementResponse movement, Set<Symptom> symptoms) {
        this(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, symptoms, Optional.empty());
    }

    /**
     * The named preset of ordinary delayed soreness: both sides, a dull ache spread over the muscle,
     * delayed onset, improving, easing with movement, no yes/no sign, no pain during a run reported.
     * Use {@link #toBuilder()} to change any answer.
     *
     * @param region        where it aches
     * @param pain          pain now, 0-10
     * @param hoursSinceRun hours since the run
     * @return the check-in
     * @throws IllegalArgumentException if the region is missing, the pain is outside 0-10 or the hours out of range
     */
    public static CheckIn ordinaryDoms(BodyRegion region, int pain, double hoursSinceRun) {
        return new CheckIn(region, Side.BOTH, PainScore.of(pain), PainQuality.DULL_ACHY, Spread.WIDESPREAD, Onset.DELAYED,
                hoursSinceRun, Trend.IMPROVING, MovementResponse.EASES, Set.of());
    }

    /**
     * True if {@code symptom} was reported.
     *
     * @param symptom the sign
     * @return whether it is present
     */
    public boolean has(Symptom symptom) {
        return symptoms.contains(symptom);
    }

    /**
     * A copy with a different pain score.
     *
     * @param newPain the pain now
     * @return the copy
     */
    public CheckIn withPain(PainScore newPain) {
        return toBuilder().pain(newPain).build();
    }

    /**
     * A copy with a different number of hours since the run.
     *
     * @param hours hours since the run
     * @return the copy
     */
    public CheckIn withHoursSinceRun(double hours) {
        return toBuilder().hoursSinceRun(hours).build();
    }

    /**
     * A copy with {@code symptom} added.
     *
     * @param symptom the sign to add
     * @return the copy
     */
    public CheckIn withSymptom(Symptom symptom) {
        return toBuilder().symptom(symptom).build();
    }

    /**
     * A copy with the pain felt during the run.
     *
     * @param during the worst pain during the run, 0-10
     * @return the copy
     */
    public CheckIn withPainDuringRun(PainScore during) {
        return toBuilder().painDuringRun(during).build();
    }

    /**
     * True if no yes/no sign was reported and the pain now is 0: nothing is left to triage (the
     * pain during a run is judged separately).
     *
     * @return whether the check-in is pain-free with no sign
     */
    public boolean isPainFreeWithoutSigns() {
        return pain.value() == 0 && symptoms.isEmpty();
    }

    /**
     * An empty builder: every answer must be given ({@link Builder#build()} names the first one
     * missing); the yes/no signs through {@link Builder#symptom(Symptom...)} or
     * {@link Builder#noSymptoms()}. Nothing is filled in for the runner.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every answer of this check-in, to change some.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().region(region).side(side).pain(pain).quality(quality).spread(spread).onset(onset)
                .hoursSinceRun(hoursSinceRun).trend(trend).movement(movement).noSymptoms();
        b.symptoms.addAll(symptoms);
        b.painDuringRun = painDuringRun;
        return b;
    }

    /** Builds a {@link CheckIn} answer by answer; {@link #build()} validates and names what is missing. */
    public static final class Builder {
        private BodyRegion region;
        private Side side;
        private PainScore pain;
        private PainQuality quality;
        private Spread spread;
        private Onset onset;
        private Double hoursSinceRun;
        private Trend trend;
        private MovementResponse movement;
        private EnumSet<Symptom> symptoms;
        private Optional<PainScore> painDuringRun = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the region.
         *
         * @param value where it hurts
         * @return this builder
         */
        public Builder region(BodyRegion value) {
            region = value;
            return this;
        }

        /**
         * Sets the side.
         *
         * @param value left, right or both
         * @return this builder
         */
        public Builder side(Side value) {
            side = value;
            return this;
        }

        /**
         * Sets the pain now.
         *
         * @param value 0-10
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is outside 0-10
         */
        public Builder pain(int value) {
            return pain(PainScore.of(value));
        }

        /**
         * Sets the pain now.
         *
         * @param value the score
         * @return this builder
         */
        public Builder pain(PainScore value) {
            pain = value;
            return this;
        }

        /**
         * Sets the quality.
         *
         * @param value what it feels like
         * @return this builder
         */
        public Builder quality(PainQuality value) {
            quality = value;
            return this;
        }

        /**
         * Sets the spread.
         *
         * @param value widespread or localized
         * @return this builder
         */
        public Builder spread(Spread value) {
            spread = value;
            return this;
        }

        /**
         * Sets the onset.
         *
         * @param value during, after or delayed
         * @return this builder
         */
        public Builder onset(Onset value) {
            onset = value;
            return this;
        }

        /**
         * Sets the hours since the run.
         *
         * @param value 0 to {@value CheckIn#MAX_HOURS_SINCE_RUN}
         * @return this builder
         */
        public Builder hoursSinceRun(double value) {
            hoursSinceRun = value;
            return this;
        }

        /**
         * Sets the trend.
         *
         * @param value improving, unchanged or worse
         * @return this builder
         */
        public Builder trend(Trend value) {
            trend = value;
            return this;
        }

        /**
         * Sets what light movement does.
         *
         * @param value eases, unchanged or worse
         * @return this builder
         */
        public Builder movement(MovementResponse value) {
            movement = value;
            return this;
        }

        /**
         * Adds yes/no signs (and so answers the yes/no questions).
         *
         * @param values the signs present
         * @return this builder
         */
        public Builder symptom(Symptom... values) {
            noSymptoms();
            symptoms.addAll(List.of(values));
            return this;
        }

        /**
         * Answers every yes/no question with no (keeps any sign already added).
         *
         * @return this builder
         */
        public Builder noSymptoms() {
            if (symptoms == null) {
                symptoms = EnumSet.noneOf(Symptom.class);
            }
            return this;
        }

        /**
         * Sets the worst pain during the last run.
         *
         * @param value 0-10
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is outside 0-10
         */
        public Builder painDuringRun(int value) {
            return painDuringRun(PainScore.of(value));
        }

        /**
         * Sets the worst pain during the last run.
         *
         * @param value the score
         * @return this builder
         */
        public Builder painDuringRun(PainScore value) {
            painDuringRun = Optional.ofNullable(value);
            return this;
        }

        /**
         * Builds the check-in.
         *
         * @return the check-in
         * @throws IllegalArgumentException naming the first missing or invalid answer
         */
        public CheckIn build() {
            if (hoursSinceRun == null) {
                throw Checks.invalid("hours-since-run", null, "hours from 0 to " + (long) MAX_HOURS_SINCE_RUN);
            }
            if (symptoms == null) {
                throw Checks.invalid("symptoms", null, "the yes/no signs present, or none (noSymptoms())");
            }
            return new CheckIn(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, symptoms,
                    painDuringRun);
        }
    }
}
