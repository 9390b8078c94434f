package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The GPX scanner's shortcut, reading a timestamp from the file's bytes, gives what the text
 * parser gives, and leaves every other shape to it.
 */
class IsoTimesFromBytesTest {

    /** 1970-01-01 to 2100-01-01 in milliseconds: every recorded run lies inside. */
    private static final long LAST_MILLIS = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    private static long fromBytes(String text) {
        byte[] padded = ("<time>" + text + "</time>").getBytes(StandardCharsets.UTF_8);
        return IsoTimes.epochMillis(padded, "<time>".length(), padded.length - "</time>".length());
    }

    @Test
    void wholeSecondsAgreeWithTheTextParser() {
        qt().forAll(longs().between(0, LAST_MILLIS / 1000)).checkAssert(seconds -> {
            String text = Instant.ofEpochSecond(seconds).toString();
            assertEquals(IsoTimes.epochMillis(text), fromBytes(text), text);
        });
    }

    @Test
    void fractionsOfASecondAgreeWithTheTextParser() {
        qt().forAll(longs().between(0, LAST_MILLIS)).checkAssert(millis -> {
            String text = Instant.ofEpochMilli(millis).toString().replace("Z", "").concat(".000").substring(0, 23) + "Z";
            assertEquals(IsoTimes.epochMillis(text), fromBytes(text), text);
        });
    }

    @Test
    void anOffsetIsLeftToTheTextParser() {
        assertEquals(Long.MIN_VALUE, fromBytes("2020-10-07T16:43:11+02:00"));
    }

    @Test
    void surroundingBlanksAreLeftToTheTextParser() {
        assertEquals(Long.MIN_VALUE, fromBytes(" 2020-10-07T14:43:11Z"));
    }

    @Test
    void aDayPastTheMonthsEndIsLeftToTheTextParser() {
        assertEquals(Long.MIN_VALUE, fromBytes("2021-02-29T10:00:00Z"));
    }

    @Test
    void aLeapDayIsRead() {
        assertEquals(Instant.parse("2020-02-29T10:00:00Z").toEpochMilli(), fromBytes("2020-02-29T10:00:00Z"));
    }

    @Test
    void aNonDigitIsLeftToTheTextParser() {
        assertEquals(Long.MIN_VALUE, fromBytes("2020-10-07T14:4x:11Z"));
    }
}
