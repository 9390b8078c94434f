package dev.recovery.shell.journal;

import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.Sex;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who the runner is, as far as the console needs to know: the unit they read distances in, their
 * name, goal and the heart rates that heart-rate-based load models need.
 *
 * @param units              kilometres or miles for everything shown (the journal stores metres whatever this says)
 * @param name               the runner's name, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param goalMarathonTime   the goal marathon finishing time, from 1:50:00 to 10:00:00, if set
 * @param sex                female or male, if given
 * @param restingHeartRate   resting heart rate in beats per minute, {@value #MIN_RESTING_HR}-{@value #MAX_RESTING_HR}, if known
 * @param maxHeartRate       maximum heart rate in beats per minute, {@value #MIN_MAX_HR}-{@value #MAX_MAX_HR}, above the resting rate, if known
 */
public record Profile(DistanceUnit units, String name, Optional<Duration> goalMarathonTime, Optional<Sex> sex,
        OptionalInt restingHeartRate, OptionalInt maxHeartRate) {

    /** The longest name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 60;
    /** The name used until the runner sets one. */
    public static final String DEFAULT_NAME = "Runner";
    /** The fastest goal accepted: a little under the marathon world record (2:00:35, 2023), to catch typos such as 0:35:00. */
    public static final Duration FASTEST_GOAL = Duration.ofMinutes(110);
    /** The slowest goal accepted: 10 hours, beyond the longest course cut-offs, so walkers can still set one. */
    public static final Duration SLOWEST_GOAL = Duration.ofHours(10);
    /** The lowest resting heart rate accepted (bpm): the load library's, so a profile always makes a heart-rate profile. */
    public static final int MIN_RESTING_HR = HeartRateProfile.MIN_RESTING;
    /** The highest resting heart rate accepted (bpm): the load library's. */
    public static final int MAX_RESTING_HR = HeartRateProfile.MAX_RESTING;
    /** The lowest maximum heart rate accepted (bpm): the load library's. */
    public static final int MIN_MAX_HR = HeartRateProfile.MIN_MAX;
    /** The highest maximum heart rate accepted (bpm): the load library's, the ceiling the session records use too. */
    public static final int MAX_MAX_HR = HeartRateProfile.MAX_MAX;

    /** @throws IllegalArgumentException naming the first missing or invalid field, its value and what is allowed */
    public Profile {
        Checks.required("units", units, "km or mi");
        Checks.required("name", name, "a name");
        String given = name;
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw Checks.invalid("name", given, "a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Checks.required("goal", goalMarathonTime, "a marathon time such as 3:30:00, or none");
        goalMarathonTime.ifPresent(goal -> {
            if (goal.compareTo(FASTEST_GOAL) < 0 || goal.compareTo(SLOWEST_GOAL) > 0) {
                throw Checks.invalidFormatted("goal", Durations.format(goal), "a marathon time from 1:50:00 to 10:00:00");
            }
        });
        Checks.required("sex", sex, "female or male, or none");
        Checks.required("resting-hr", restingHeartRate, "a heart rate in beats per minute, or none");
        restingHeartRate.ifPresent(v -> Checks.inRange("resting-hr", v, MIN_RESTING_HR, MAX_RESTING_HR));
        Checks.required("max-hr", maxHeartRate, "a heart rate in beats per minute, or none");
        maxHeartRate.ifPresent(v -> Checks.inRange("max-hr", v, MIN_MAX_HR, MAX_MAX_HR));
        if (restingHeartRate.isPresent() && maxHeartRate.isPresent()
                && restingHeartRate.getAsInt() >= maxHeartRate.getAsInt()) {
            throw Checks.invalid("resting-hr", restingHeartRate.getAsInt(), "below the maximum heart rate " + maxHeartRate.getAsInt());
        }
    }

    /** The profile before the runner sets anything: kilometres, named "Runner", nothing else known. */
    public static Profile defaults() {
        return new Profile(DistanceUnit.KM, DEFAULT_NAME, Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** A copy reading distances in {@code value}. */
    public Profile withUnits(DistanceUnit value) {
        return new Profile(value, name, goalMarathonTime, sex, restingHeartRate, maxHeartRate);
    }

    /** A copy named {@code value}. */
    public Profile withName(String value) {
        return new Profile(units, value, goalMarathonTime, sex, restingHeartRate, maxHeartRate);
    }

    /** A copy with the goal marathon time {@code value}, or none if {@code null}. */
    public Profile withGoalMarathonTime(Duration value) {
        return new Profile(units, name, Optional.ofNullable(value), sex, restingHeartRate, maxHeartRate);
    }

    /** A copy with the sex {@code value}, or none if {@code null}. */
    public Profile withSex(Sex value) {
        return new Profile(units, name, goalMarathonTime, Optional.ofNullable(value), restingHeartRate, maxHeartRate);
    }

    /** A copy with the resting heart rate {@code bpm}. */
    public Profile withRestingHeartRate(int bpm) {
        return new Profile(units, name, goalMarathonTime, sex, OptionalInt.of(bpm), maxHeartRate);
    }

    /** A copy with the maximum heart rate {@code bpm}. */
    public Profile withMaxHeartRate(int bpm) {
        return new Profile(units, name, goalMarathonTime, sex, restingHeartRate, OptionalInt.of(bpm));
    }
}
