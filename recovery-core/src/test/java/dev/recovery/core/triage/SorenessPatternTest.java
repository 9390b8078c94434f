package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The timing patterns of docs/reference/triage.md: acute soreness versus DOMS. */
class SorenessPatternTest {

    private static SorenessPattern pattern(CheckIn.Builder builder) {
        return Triage.of(builder.build()).pattern();
    }

    @Test
    void sorenessFromDuringTheRunWithinHoursIsAcute() {
        assertEquals(SorenessPattern.ACUTE, pattern(CheckIn.builder().onset(Onset.DURING).hoursSinceRun(3)));
    }

    @Test
    void sorenessFromRightAfterTheRunAt24HoursIsStillAcute() {
        assertEquals(SorenessPattern.ACUTE, pattern(CheckIn.builder().onset(Onset.AFTER).hoursSinceRun(24)));
    }

    @Test
    void sorenessFromRightAfterTheRunAt25HoursIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.builder().onset(Onset.AFTER).hoursSinceRun(25)));
    }

    @Test
    void acuteSorenessThatIsGettingWorseIsNeither() {
        assertEquals(SorenessPattern.NEITHER,
                pattern(CheckIn.builder().onset(Onset.AFTER).hoursSinceRun(4).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessAtADayAndAHalfIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.builder().hoursSinceRun(36)));
    }

    @Test
    void domsStillBuildingBeforeItsPeakIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.builder().hoursSinceRun(48).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessWorseAfterThePeakIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.builder().hoursSinceRun(73).trend(Trend.WORSE)));
    }

    @Test
    void delayedSorenessUpToSevenDaysIsDoms() {
        assertEquals(SorenessPattern.DOMS, pattern(CheckIn.builder().hoursSinceRun(168)));
    }

    @Test
    void delayedSorenessBeyondSevenDaysIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.builder().hoursSinceRun(169)));
    }

    @Test
    void aDelayedOnsetReportedBefore12HoursIsNeither() {
        assertEquals(SorenessPattern.NEITHER, pattern(CheckIn.builder().hoursSinceRun(6)));
    }

    @Test
    void thePatternDoesNotSoftenARedFlag() {
        Triage triage = Triage.of(CheckIn.builder().hoursSinceRun(36).symptom(Symptom.SWELLING).build());
        assertEquals(SorenessPattern.DOMS, triage.pattern());
        assertEquals(TriageLevel.RED, triage.level());
    }
}
