package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The timestamp parser at the edges of each field: the last valid value is read, the next is refused. */
class IsoTimesEdgesTest {

    private static long millis(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static void refused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis(text), text);
        assertEquals("time: '" + text + "' is not allowed; expected an ISO-8601 timestamp such as 2020-10-07T14:43:11Z", e.getMessage());
    }

    @Test
    void theLastDayOfEachMonthIsRead() {
        String[] last = {"01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31"};
        for (String day : last) {
            String iso = "2023-" + day + "T06:00:00Z";
            assertEquals(millis(iso), IsoTimes.epochMillis(iso), iso);
        }
    }

    @Test
    void theDayAfterTheLastOfEachThirtyDayMonthIsRefused() {
        for (String month : new String[] {"04", "06", "09", "11"}) {
            refused("2023-" + month + "-31T06:00:00Z");
        }
    }

    @Test
    void theTwentyNinthOfFebruaryFollowsTheGregorianLeapYears() {
        assertEquals(millis("2000-02-29T06:00:00Z"), IsoTimes.epochMillis("2000-02-29T06:00:00Z"));
        refused("2100-02-29T06:00:00Z");
        refused("2024-02-30T06:00:00Z");
    }

    @Test
    void dayAndMonthZeroAreRefused() {
        refused("2023-01-00T06:00:00Z");
        refused("2023-00-10T06:00:00Z");
        refused("2023-01-32T06:00:00Z");
    }

    @Test
    void theFirstMomentsOfTheYearAndDayAreRead() {
        assertEquals(millis("2023-01-01T00:00:00Z"), IsoTimes.epochMillis("2023-01-01T00:00:00Z"));
        assertEquals(millis("1970-01-01T00:00:00Z"), IsoTimes.epochMillis("1970-01-01T00:00:00Z"));
        assertEquals(millis("0000-01-01T00:00:00Z"), IsoTimes.epochMillis("0000-01-01T00:00:00Z"));
    }

    @Test
    void minuteAndSecondOutOfRangeAreRefused() {
        refused("2023-01-01T06:60:00Z");
        refused("2023-01-01T25:00:00Z");
        refused("2023-01-01T06:00:61Z");
        assertEquals(millis("2023-01-01T23:59:59Z"), IsoTimes.epochMillis("2023-01-01T23:59:59Z"));
    }

    @Test
    void aLetterWhereADigitBelongsIsRefused() {
        refused("2023-0a-01T06:00:00Z");
        refused("2023-01-01T06:0x:00Z");
        refused("20x3-01-01T06:00:00Z");
    }

    @Test
    void anythingAfterTheZoneIsRefused() {
        refused("2023-01-01T06:00:00Zjunk");
        refused("2023-01-01T06:00:00 Z");
    }

    @Test
    void aTimeTooShortToBeOneIsRefused() {
        refused("2023-01-01T06:00:0");
        refused("2023-01-01");
        refused("");
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertEquals(millis("2023-01-01T06:00:00Z"), IsoTimes.epochMillis("  2023-01-01T06:00:00Z\n"));
    }

    @Test
    void aNegativeOffsetIsAddedToReachUtc() {
        assertEquals(millis("2023-01-01T11:30:00Z"), IsoTimes.epochMillis("2023-01-01T06:00:00-05:30"));
        assertEquals(millis("2023-01-01T06:00:00Z"), IsoTimes.epochMillis("2023-01-01T06:00:00+00:00"));
    }

    @Test
    void millisecondsAreAddedAfterTheOffset() {
        assertEquals(millis("2023-01-01T04:00:00.250Z"), IsoTimes.epochMillis("2023-01-01T06:00:00.25+02:00"));
    }

    @Test
    void aLeapSecondIsReadAsJavaTimeReadsIt() {
        assertEquals(millis("2016-12-31T23:59:60Z"), IsoTimes.epochMillis("2016-12-31T23:59:60Z"));
        assertEquals(millis("2016-12-31T23:59:59Z"), IsoTimes.epochMillis("2016-12-31T23:59:60Z"));
    }

    @Test
    void secondSixtyAtAnyOtherTimeIsRefused() {
        refused("2023-01-01T06:00:60Z");
    }
}
