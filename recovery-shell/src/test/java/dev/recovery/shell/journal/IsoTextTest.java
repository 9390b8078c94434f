package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoTextTest {

    @Test
    void anyInstantReadsBackAsWritten() {
        qt().forAll(longs().between(-2_208_988_800L, 4_133_980_799L), integers().between(0, 999_999_999))
                .check((seconds, nanos) -> {
                    Instant instant = Instant.ofEpochSecond(seconds, nanos);
                    return IsoText.instant(instant.toString()).equals(instant);
                });
    }

    @Test
    void anyDateReadsBackAsWritten() {
        qt().forAll(longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay()))
                .check(day -> IsoText.date(LocalDate.ofEpochDay(day).toString()).equals(LocalDate.ofEpochDay(day)));
    }

    @Test
    void otherIsoFormsFallBackToJavaTime() {
        assertEquals(Instant.parse("2026-11-22T04:00:00.5Z"), IsoText.instant("2026-11-22T04:00:00.5Z"));
        assertEquals(Instant.parse("+12026-11-22T04:00:00Z"), IsoText.instant("+12026-11-22T04:00:00Z"));
    }

    @Test
    void impossibleDatesAndInstantsAreRefused() {
        assertThrows(DateTimeException.class, () -> IsoText.date("2026-02-30"));
        assertThrows(DateTimeException.class, () -> IsoText.date("2026-1-01"));
        assertThrows(DateTimeException.class, () -> IsoText.instant("2026-11-22T25:00:00Z"));
        assertThrows(DateTimeException.class, () -> IsoText.instant("2026-11-22T04:60:00Z"));
        assertThrows(DateTimeException.class, () -> IsoText.instant("2026-11-22T04:00:00"));
    }
}
