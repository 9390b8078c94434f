package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Folding at the exact edges of UTF-8's lengths (RFC 5545 section 3.1: at most 75 octets a line, never
 * inside a character): U+0080 is the first 2-octet character, U+0800 the first 3-octet one and
 * U+10000 the first 4-octet one, and U+007F, U+07FF and U+FFFF the last of the shorter lengths.
 */
class IcsTextFoldingTest {

    private static final String CRLF = "\r\n";

    @Test
    void theFirstTwoOctetCharacterPastSeventyFourOctetsFolds() {
        String line = "X".repeat(74) + "\u0080";
        assertEquals("X".repeat(74) + CRLF + " \u0080" + CRLF, IcsText.fold(line));
    }

    @Test
    void theLastOneOctetCharacterFillsTheSeventyFifthOctet() {
        String line = "X".repeat(74) + "\u007F";
        assertEquals(line + CRLF, IcsText.fold(line));
    }

    @Test
    void theFirstThreeOctetCharacterPastSeventyThreeOctetsFolds() {
        String line = "X".repeat(73) + "\u0800";
        assertEquals("X".repeat(73) + CRLF + " \u0800" + CRLF, IcsText.fold(line));
    }

    @Test
    void theLastTwoOctetCharacterFillsTheLastTwoOctets() {
        String line = "X".repeat(73) + "\u07FF";
        assertEquals(line + CRLF, IcsText.fold(line));
    }

    @Test
    void theLastThreeOctetCharacterFillsTheLastThreeOctets() {
        String line = "X".repeat(72) + "\uFFFD";
        assertEquals(line + CRLF, IcsText.fold(line));
    }

    @Test
    void theFirstFourOctetCharacterPastSeventyTwoOctetsFolds() {
        String line = "X".repeat(72) + new String(Character.toChars(0x10000));
        assertEquals("X".repeat(72) + CRLF + " " + new String(Character.toChars(0x10000)) + CRLF, IcsText.fold(line));
    }

    @Test
    void aContinuationLineHoldsASpaceAndSeventyFourOctets() {
        String line = "X".repeat(75) + "Y".repeat(74) + "Z";
        assertEquals("X".repeat(75) + CRLF + " " + "Y".repeat(74) + CRLF + " Z" + CRLF, IcsText.fold(line));
    }
}
