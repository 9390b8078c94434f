package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The timing patterns (Olsen 2023): acute soreness versus DOMS. */
class SorenessPatternTest {

    private static SorenessPattern pattern(CheckIn.Builder builder) {
        return Triage.of(builder.build()).pattern();
    }

    @Test
    void sorenessFromDuringTheRunWithinHoursIsAcute() {
        assertEquals(SorenessPattern.ACUTE, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().onset(Onset.DURING).hoursSinceRun(3)));
    }

    @Test
    void sorenessFromRightAfterTheRunAt24HoursIsStillAcute() {
        assertEquals(SorenessPattern.ACUTE, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().onset(Onset.AFTER).hoursSinceRun(24)));
    }

    @Test
    void sorenessFromRightAfterTheRunAt25HoursIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().onset(Onset.AFTER).hoursSinceRun(25)));
    }

    @Test
    void acuteSorenessThatIsGettingWorseIsNeither() {
        assertEquals(SorenessPattern.NEITHER,
                pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().onset(Onset.AFTER).hoursSinceRun(4).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessAtADayAndAHalfIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(36)));
    }

    @Test
    void domsStillBuildingBeforeItsPeakIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(48).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessWorseAfterThePeakIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(73).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessUpToSevenDaysIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(168)));
    }

    @Test
    void delayedSorenessBeyondSevenDaysIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(169)));
    }

    @Test
    void aDelayedOnsetReportedBefore12HoursIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(6)));
    }

    @Test
    void thePatternDoesNotSoftenARedFlag() {
        Triage triage = Triage.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(36).symptom(Symptom.SWELLING).build());
        assertEquals(SorenessPattern.DOMS, triage.pattern());
        assertEquals(TriageLevel.RED, triage.level());
    }

    @Test
    void delayedSorenessAtExactlyTwelveHoursIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(12)));
    }

    @Test
    void delayedSorenessJustBeforeTwelveHoursIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(11.5)));
    }

    @Test
    void delayedSorenessStillWorseningAtTheSeventyTwoHourPeakIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(72).trend(Trend.WORSE)));
    }
}
