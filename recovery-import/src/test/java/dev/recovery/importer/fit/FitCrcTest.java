package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The FIT CRC is CRC-16/ARC, whichever way it is computed. */
class FitCrcTest {

    @Test
    void theStandardCheckStringGivesTheArcCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xBB3D, FitCrc.of(check, 0, check.length));
    }

    @Test
    void byteByByteAndWholeRangeAgree() {
        qt().forAll(integers().between(0, 0xFFFF), integers().between(0, 255), integers().between(0, 255))
                .check((crc, a, b) -> FitCrc.update(FitCrc.update(crc, a), b) == FitCrc.update(crc, new byte[] {(byte) (int) a, (byte) (int) b}, 0, 2));
    }

    @Test
    void aFileEndingInItsOwnCrcChecksToZero() {
        byte[] bytes = FitWorkoutEncoder.encode(FitWorkoutEncoderTest.intervals());
        assertEquals(0, FitCrc.of(bytes, 0, bytes.length));
    }
}
