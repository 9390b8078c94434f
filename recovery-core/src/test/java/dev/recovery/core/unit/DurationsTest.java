package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesMinutesAndSeconds() {
        assertEquals(Duration.ofMinutes(55), Durations.parse("55:00"));
    }

    @Test
    void parsesHoursMinutesAndSeconds() {
        assertEquals(Duration.ofSeconds(3_600 + 5 * 60 + 30), Durations.parse("1:05:30"));
    }

    @Test
    void parsesPlainMinutes() {
        assertEquals(Duration.ofMinutes(45), Durations.parse("45"));
        assertEquals(Duration.ofMinutes(45), Durations.parse("45min"));
    }

    @Test
    void parsesHoursWithMinutes() {
        assertEquals(Duration.ofMinutes(65), Durations.parse("1h05"));
    }

    @Test
    void parsesIso8601() {
        assertEquals(Duration.ofMinutes(45), Durations.parse("PT45M"));
    }

    @Test
    void refusesSixtySeconds() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("55:60"));
    }

    @Test
    void refusesSixtyMinutesAfterAnHour() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1:60:00"));
    }

    @Test
    void refusesZero() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("0:00"));
    }

    @Test
    void refusesMoreThanTwoDays() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("49:00:00"));
    }

    @Test
    void errorNamesFieldValueAndForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("goal", "fast"));
        assertEquals("goal: 'fast' is not allowed; expected a duration such as 55:00 (min:s), 1:05:30 (h:min:s), 45min or 1h05, up to 48 hours",
                e.getMessage());
    }

    @Test
    void formatsUnderAnHourAsMinutesAndSeconds() {
        assertEquals("55:00", Durations.format(Duration.ofMinutes(55)));
    }

    @Test
    void formatsOverAnHourWithHours() {
        assertEquals("3:30:00", Durations.format(Duration.ofMinutes(210)));
    }

    @Test
    void formatThenParseRoundTrips() {
        qt().forAll(integers().between(1, 48 * 3_600)).check(seconds ->
                Durations.parse(Durations.format(Duration.ofSeconds(seconds))).equals(Duration.ofSeconds(seconds)));
    }
}
