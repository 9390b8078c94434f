package dev.recovery.plans.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.unit.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A tune-up race is a 10K or a half given as date:distance; the volume limits differ by unit. */
class TuneUpAndVolumeLimitsTest {

    private static String refusal(Runnable make) {
        return assertThrows(IllegalArgumentException.class, make::run).getMessage();
    }

    @Test
    void aHalfMarathonTuneUpParsesFromDateAndDistance() {
        TuneUp tuneUp = TuneUp.parse(" 2027-03-14 : half ");
        assertEquals(LocalDate.of(2027, 3, 14), tuneUp.date());
        assertEquals(RaceDistance.HALF_MARATHON, tuneUp.distance());
    }

    @Test
    void aHalfMarathonTuneUpIsRunOverItsWholeMetres() {
        assertEquals(21_098, new TuneUp(LocalDate.of(2027, 3, 14), RaceDistance.HALF_MARATHON).metres());
    }

    @Test
    void aTenKTuneUpIsTenThousandMetres() {
        assertEquals(10_000, TuneUp.parse("2027-03-14:10k").metres());
    }

    @Test
    void aTuneUpWithoutAColonIsRefusedShowingTheForm() {
        String message = refusal(() -> TuneUp.parse("2027-03-14 half"));
        assertTrue(message.contains("tune-up") && message.contains("e.g. 2027-03-14:half"), message);
    }

    @Test
    void aMissingTuneUpIsRefusedShowingTheForm() {
        assertTrue(refusal(() -> TuneUp.parse(null)).contains("e.g. 2027-03-14:half"));
    }

    @Test
    void aTuneUpWithAnUnreadableDateIsRefusedShowingTheForm() {
        String message = refusal(() -> TuneUp.parse("14/03/2027:half"));
        assertTrue(message.contains("14/03/2027:half") && message.contains("e.g. 2027-03-14:half"), message);
    }

    @Test
    void aMarathonTuneUpIsRefusedWhenParsed() {
        String message = refusal(() -> TuneUp.parse("2027-03-14:marathon"));
        assertTrue(message.contains("2027-03-14:marathon") && message.contains("10k or half"), message);
    }

    @Test
    void aMarathonTuneUpIsRefusedWhenMade() {
        String message = refusal(() -> new TuneUp(LocalDate.of(2027, 3, 14), RaceDistance.MARATHON));
        assertTrue(message.contains("a 10k or half marathon tune-up"), message);
    }

    @Test
    void aFiveKTuneUpIsRefusedWhenMade() {
        String message = refusal(() -> new TuneUp(LocalDate.of(2027, 3, 14), RaceDistance.FIVE_K));
        assertTrue(message.contains("a 10k or half marathon tune-up"), message);
    }

    @Test
    void theLeastCurrentWeekIsSixteenKilometresOrTenMiles() {
        assertEquals(16, VolumeLimits.minCurrent(DistanceUnit.KM));
        assertEquals(10, VolumeLimits.minCurrent(DistanceUnit.MI));
    }

    @Test
    void theLargestPeakIsTwoHundredFortyKilometresOrOneHundredFiftyMiles() {
        assertEquals(240, VolumeLimits.maxPeak(DistanceUnit.KM));
        assertEquals(150, VolumeLimits.maxPeak(DistanceUnit.MI));
    }

    @Test
    void theLeastAverageRunIsFiveKilometresOrThreeMiles() {
        assertEquals(5, VolumeLimits.minAverageRun(DistanceUnit.KM));
        assertEquals(3, VolumeLimits.minAverageRun(DistanceUnit.MI));
    }
}
