package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.load.Sex;
import dev.recovery.core.unit.DistanceUnit;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static String rejection(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void defaultsAreKilometresAndNothingElseKnown() {
        Profile p = Profile.defaults();
        assertEquals(DistanceUnit.KM, p.units());
        assertEquals(Profile.DEFAULT_NAME, p.name());
        assertTrue(p.goalMarathonTime().isEmpty() && p.sex().isEmpty() && p.restingHeartRate().isEmpty() && p.maxHeartRate().isEmpty());
    }

    @Test
    void nameIsTrimmedAndMustNotBeBlank() {
        assertEquals("Ann", Profile.defaults().withName("  Ann ").name());
        assertEquals("name: '  ' is not allowed; expected a name of 1 to 60 characters", rejection(() -> Profile.defaults().withName("  ")));
    }

    @Test
    void nameLongerThanSixtyCharactersIsRefused() {
        assertEquals(60, Profile.defaults().withName("a".repeat(60)).name().length());
        assertTrue(rejection(() -> Profile.defaults().withName("a".repeat(61))).startsWith("name: "));
    }

    @Test
    void goalMarathonTimeBoundaries() {
        assertEquals(Optional.of(Duration.ofMinutes(110)), Profile.defaults().withGoalMarathonTime(Duration.ofMinutes(110)).goalMarathonTime());
        assertEquals(Optional.of(Duration.ofHours(10)), Profile.defaults().withGoalMarathonTime(Duration.ofHours(10)).goalMarathonTime());
        assertEquals("goal: 1:49:59 is not allowed; expected a marathon time from 1:50:00 to 10:00:00",
                rejection(() -> Profile.defaults().withGoalMarathonTime(Duration.ofMinutes(110).minusSeconds(1))));
        assertTrue(rejection(() -> Profile.defaults().withGoalMarathonTime(Duration.ofHours(10).plusSeconds(1))).startsWith("goal: 10:00:01"));
    }

    @Test
    void restingHeartRateBoundaries() {
        assertEquals(OptionalInt.of(25), Profile.defaults().withRestingHeartRate(25).restingHeartRate());
        assertEquals(OptionalInt.of(120), Profile.defaults().withRestingHeartRate(120).restingHeartRate());
        assertEquals("resting-hr: 24 is not allowed; expected a whole number from 25 to 120",
                rejection(() -> Profile.defaults().withRestingHeartRate(24)));
        assertTrue(rejection(() -> Profile.defaults().withRestingHeartRate(121)).startsWith("resting-hr: 121"));
    }

    @Test
    void maxHeartRateBoundaries() {
        assertEquals(OptionalInt.of(100), Profile.defaults().withMaxHeartRate(100).maxHeartRate());
        assertEquals(OptionalInt.of(250), Profile.defaults().withMaxHeartRate(250).maxHeartRate());
        assertEquals("max-hr: 99 is not allowed; expected a whole number from 100 to 250",
                rejection(() -> Profile.defaults().withMaxHeartRate(99)));
        assertTrue(rejection(() -> Profile.defaults().withMaxHeartRate(251)).startsWith("max-hr: 251"));
    }

    @Test
    void restingHeartRateMustBeBelowTheMaximum() {
        assertEquals("resting-hr: 110 is not allowed; expected below the maximum heart rate 110",
                rejection(() -> Profile.defaults().withMaxHeartRate(110).withRestingHeartRate(110)));
    }

    @Test
    void anyRestingRateBelowAnyMaximumIsAcceptedAndNoOtherPair() {
        qt().forAll(integers().between(Profile.MIN_RESTING_HR, Profile.MAX_RESTING_HR), integers().between(Profile.MIN_MAX_HR, Profile.MAX_MAX_HR))
                .check((rest, max) -> {
                    try {
                        Profile p = Profile.defaults().withMaxHeartRate(max).withRestingHeartRate(rest);
                        return rest < max && p.restingHeartRate().getAsInt() == rest;
                    } catch (IllegalArgumentException e) {
                        return rest >= max;
                    }
                });
    }

    @Test
    void sexParsesWordsAndInitials() {
        assertEquals(Sex.FEMALE, Sex.parse("F"));
        assertEquals(Sex.MALE, Sex.parse(" male "));
        assertEquals("sex: 'x' is not allowed; expected one of female, male", rejection(() -> Sex.parse("x")));
    }
}
