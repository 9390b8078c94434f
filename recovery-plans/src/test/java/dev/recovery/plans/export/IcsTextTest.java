package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsTextTest {

    @Test
    void escapesBackslashSemicolonCommaAndNewline() {
        assertEquals("a\\\\b\\;c\\,d\\ne", IcsText.escape("a\\b;c,d\r\ne"));
    }

    @Test
    void shortLinesAreNotFolded() {
        assertEquals("SUMMARY:Easy run\r\n", IcsText.fold("SUMMARY:Easy run"));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertEquals(line + "\r\n", IcsText.fold(line));
    }

    @Test
    void aLineOf76OctetsFoldsWithCrlfAndSpace() {
        String line = "X".repeat(76);
        assertEquals("X".repeat(75) + "\r\n X\r\n", IcsText.fold(line));
    }

    @Test
    void neverCutsInsideAMultiByteCharacter() {
        // 74 ASCII octets then a 3-octet character: it cannot fit in the first line's last octet.
        String line = "X".repeat(74) + "€";
        assertEquals("X".repeat(74) + "\r\n €\r\n", IcsText.fold(line));
    }

    @Test
    void foldedLinesAreAtMost75OctetsAndUnfoldToTheOriginal() {
        qt().forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 400)).check(text -> {
            String line = "DESCRIPTION:" + text.replace("\r", "").replace("\n", "");
            String folded = IcsText.fold(line);
            for (String physical : folded.split("\r\n", -1)) {
                if (physical.getBytes(StandardCharsets.UTF_8).length > IcsText.MAX_OCTETS) {
                    return false;
                }
            }
            String unfolded = folded.replace("\r\n ", "");
            return unfolded.equals(line + "\r\n");
        });
    }

    @Test
    void everyPhysicalLineIsValidUtf8() {
        qt().forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 200)).check(text -> {
            for (String physical : IcsText.fold("SUMMARY:" + text).split("\r\n")) {
                byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
                if (!new String(bytes, StandardCharsets.UTF_8).equals(physical)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void neverSplitsAFourOctetEmoji() {
        String line = "X".repeat(73) + "\uD83D\uDE00";
        assertEquals("X".repeat(73) + "\r\n \uD83D\uDE00\r\n", IcsText.fold(line));
    }

    @Test
    void octetsCountsUtf8() {
        assertTrue(IcsText.octets("é") == 2 && IcsText.octets("€") == 3 && IcsText.octets("😀") == 4);
    }
}
