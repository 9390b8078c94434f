package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One example per failed green condition (the AMBER rules). */
class AmberRulesTest {

    /** Ordinary soreness: calf, both sides, 2/10, dull, widespread, delayed, 24 h, improving, eases. */
    private static CheckIn.Builder ordinary() {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().pain(2);
    }

    private static void assertAmberBecause(String ruleId, CheckIn checkIn) {
        Triage triage = Triage.of(checkIn);
        assertEquals(TriageLevel.AMBER, triage.level(), () -> "reasons: " + triage.ruleIds());
        assertTrue(triage.fired(ruleId), () -> ruleId + " should have fired; fired " + triage.ruleIds());
    }

    @Test
    void moderatePainIsAmber() {
        assertAmberBecause("amber-pain-above-3", ordinary().pain(5).build());
    }

    @Test
    void sharpPainSpreadOverAMuscleIsAmber() {
        assertAmberBecause("amber-quality-not-dull", ordinary().quality(PainQuality.SHARP).build());
    }

    @Test
    void aDullAcheOnOneSpotIsAmber() {
        assertAmberBecause("amber-localized", ordinary().spread(Spread.LOCALIZED).build());
    }

    @Test
    void sorenessOnOneSideOnlyIsAmber() {
        assertAmberBecause("amber-one-sided", ordinary().side(Side.RIGHT).build());
    }

    @Test
    void sorenessThatWorsensWithMovementIsAmber() {
        assertAmberBecause("amber-worse-with-movement", ordinary().movement(MovementResponse.WORSE).build());
    }

    @Test
    void acuteSorenessStillThereAfterADayIsAmber() {
        assertAmberBecause("amber-not-resolved-within-24h", ordinary().onset(Onset.AFTER).hoursSinceRun(30).build());
    }

    @Test
    void sorenessThatBeganDuringTheRunAndLastsTwoDaysIsAmber() {
        assertAmberBecause("amber-not-resolved-within-24h", ordinary().onset(Onset.DURING).hoursSinceRun(48).build());
    }

    @Test
    void worseningWithinTheDomsWindowIsAmberNotRed() {
        assertAmberBecause("amber-worsening-within-doms-window", ordinary().trend(Trend.WORSE).hoursSinceRun(48).build());
    }

    @Test
    void stillSoreButImprovingAfterTheDomsPeakIsAmber() {
        assertAmberBecause("amber-beyond-doms-window", ordinary().hoursSinceRun(96).build());
    }

    @Test
    void unchangedAfterTheDomsPeakIsAmberUntilSevenDays() {
        assertAmberBecause("amber-unchanged-after-doms-peak", ordinary().trend(Trend.UNCHANGED).hoursSinceRun(120).build());
    }

    @Test
    void everyFailedGreenConditionIsListed() {
        Triage triage = Triage.of(ordinary().pain(4).side(Side.LEFT).movement(MovementResponse.WORSE).build());
        assertEquals(List.of("amber-pain-above-3", "amber-one-sided", "amber-worse-with-movement"), triage.ruleIds());
    }

    @Test
    void anAmberResultTellsTheRunnerToModifyAndRecheck() {
        Triage triage = Triage.of(ordinary().pain(5).build());
        assertTrue(triage.action().startsWith("Modify"));
        assertTrue(triage.action().contains("re-check in 24 h"));
    }

    @Test
    void acuteSorenessStillThereAtExactlySeventyTwoHoursIsStillNotResolvedWithin24h() {
        assertAmberBecause("amber-not-resolved-within-24h", ordinary().onset(Onset.AFTER).hoursSinceRun(72).build());
    }

    @Test
    void acuteSorenessStillThereJustAfterSeventyTwoHoursIsBeyondTheDomsWindowInstead() {
        Triage triage = Triage.of(ordinary().onset(Onset.AFTER).hoursSinceRun(72.5).build());
        assertTrue(triage.fired("amber-beyond-doms-window"), () -> "fired " + triage.ruleIds());
        assertTrue(!triage.fired("amber-not-resolved-within-24h"), () -> "fired " + triage.ruleIds());
    }

    @Test
    void acuteSorenessAtExactlyTwentyFourHoursHasNotYetOutlastedADay() {
        Triage triage = Triage.of(ordinary().onset(Onset.AFTER).hoursSinceRun(24).build());
        assertTrue(!triage.fired("amber-not-resolved-within-24h"), () -> "fired " + triage.ruleIds());
    }

    @Test
    void worseningAtExactlySeventyTwoHoursIsStillWithinTheDomsWindow() {
        Triage triage = Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(72).build());
        assertAmberBecause("amber-worsening-within-doms-window", ordinary().trend(Trend.WORSE).hoursSinceRun(72).build());
        assertTrue(!triage.fired("red-worse-after-doms-peak"), () -> "fired " + triage.ruleIds());
    }

    @Test
    void delayedSorenessWorseningAtExactlyTwentyFourHoursIsOrdinary() {
        Triage triage = Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(24).build());
        assertEquals(TriageLevel.GREEN, triage.level(), () -> "fired " + triage.ruleIds());
    }
}
