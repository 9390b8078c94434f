package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The fast timestamp parser agrees with java.time on every shape GPX and TCX write. */
class IsoTimesTest {

    /** 1970-01-01 to 2100-01-01 in milliseconds: every recorded run lies inside. */
    private static final long LAST_MILLIS = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Test
    void utcWithMillisecondsAgreesWithJavaTime() {
        qt().forAll(longs().between(0, LAST_MILLIS)).checkAssert(millis ->
                assertEquals(millis, IsoTimes.epochMillis(Instant.ofEpochMilli(millis).toString())));
    }

    @Test
    void anOffsetIsSubtractedToReachUtc() {
        qt().forAll(longs().between(0, LAST_MILLIS / 1000), integers().between(-14 * 4, 14 * 4)).checkAssert((seconds, quarters) -> {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
            OffsetDateTime local = Instant.ofEpochSecond(seconds).atOffset(offset);
            String text = local.format(SECONDS) + offset.getId().replace("Z", "+00:00");
            assertEquals(seconds * 1000, IsoTimes.epochMillis(text), text);
        });
    }

    @Test
    void aTimeWithoutAZoneIsUtc() {
        assertEquals(Instant.parse("2020-10-07T14:43:11Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07T14:43:11"));
    }

    @Test
    void aSpaceMaySeparateDateAndTime() {
        assertEquals(Instant.parse("2020-10-07T14:43:11Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07 14:43:11Z"));
    }

    @Test
    void fractionsShorterThanMillisecondsScale() {
        assertEquals(Instant.parse("2020-10-07T14:43:11.500Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07T14:43:11.5Z"));
        assertEquals(Instant.parse("2020-10-07T14:43:11.050Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07T14:43:11.05Z"));
    }

    @Test
    void digitsBeyondMillisecondsAreDropped() {
        assertEquals(Instant.parse("2020-10-07T14:43:11.123Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07T14:43:11.123999Z"));
    }

    @Test
    void theLastMomentOfADayIsRead() {
        assertEquals(Instant.parse("2020-12-31T23:59:59.999Z").toEpochMilli(), IsoTimes.epochMillis("2020-12-31T23:59:59.999Z"));
    }

    @Test
    void aLeapDayIsReadInALeapYear() {
        assertEquals(Instant.parse("2024-02-29T06:00:00Z").toEpochMilli(), IsoTimes.epochMillis("2024-02-29T06:00:00Z"));
    }

    @Test
    void aLeapDayIsRefusedInACommonYear() {
        assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis("2023-02-29T06:00:00Z"));
    }

    @Test
    void theThirtyFirstIsRefusedInAThirtyDayMonth() {
        assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis("2023-04-31T06:00:00Z"));
    }

    @Test
    void monthThirteenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis("2023-13-01T06:00:00Z"));
    }

    /** ISO 8601 allows 24:00:00 for the end of a day; like java.time, it is the next midnight. */
    @Test
    void hourTwentyFourIsTheNextMidnight() {
        assertEquals(Instant.parse("2023-01-02T00:00:00Z").toEpochMilli(), IsoTimes.epochMillis("2023-01-01T24:00:00Z"));
    }

    @Test
    void textThatIsNoTimestampIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis("yesterday"));
    }

    @Test
    void theEpochDayMatchesJavaTimeAcrossCenturies() {
        qt().forAll(longs().between(java.time.LocalDate.of(1600, 1, 1).toEpochDay(), java.time.LocalDate.of(2400, 12, 31).toEpochDay()))
                .checkAssert(day -> {
                    java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
                    assertEquals((long) day, IsoTimes.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), date.toString());
                });
    }
}
