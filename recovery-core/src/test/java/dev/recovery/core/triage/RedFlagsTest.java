package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One example per red flag of docs/reference/triage.md, each added to an otherwise ordinary, GREEN check-in. */
class RedFlagsTest {

    /** Ordinary soreness: calf, both sides, 2/10, dull, widespread, delayed, 24 h, improving, eases. */
    private static CheckIn.Builder ordinary() {
        return CheckIn.builder().pain(2);
    }

    private static void assertRedBecause(String ruleId, CheckIn checkIn) {
        Triage triage = Triage.of(checkIn);
        assertEquals(TriageLevel.RED, triage.level(), () -> "reasons: " + triage.ruleIds());
        assertTrue(triage.fired(ruleId), () -> ruleId + " should have fired; fired " + triage.ruleIds());
    }

    @Test
    void theOrdinaryBaselineIsGreen() {
        assertEquals(TriageLevel.GREEN, Triage.of(ordinary().build()).level());
    }

    @Test
    void painAtRestIsAlwaysRed() {
        assertRedBecause("red-pain-at-rest", ordinary().symptom(Symptom.PAIN_AT_REST).build());
    }

    @Test
    void painThatPersistsDespiteTimeOffIsRed() {
        assertRedBecause("red-persists-after-rest", ordinary().symptom(Symptom.PERSISTS_AFTER_REST).build());
    }

    @ParameterizedTest
    @EnumSource(value = PainQuality.class, names = {"SHARP", "STABBING", "SHOOTING", "BURNING", "THROBBING"})
    void sharpKindsOfPainOnOneSpotAreRed(PainQuality quality) {
        assertRedBecause("red-localized-sharp-pain", ordinary().quality(quality).spread(Spread.LOCALIZED).build());
    }

    @Test
    void aDullAcheOnOneSpotIsNotTheSharpPainFlag() {
        Triage triage = Triage.of(ordinary().spread(Spread.LOCALIZED).build());
        assertFalse(triage.fired("red-localized-sharp-pain"));
    }

    @Test
    void swellingIsRed() {
        assertRedBecause("red-swelling", ordinary().symptom(Symptom.SWELLING).build());
    }

    @Test
    void rednessIsRed() {
        assertRedBecause("red-redness", ordinary().symptom(Symptom.REDNESS).build());
    }

    @Test
    void warmthIsRed() {
        assertRedBecause("red-warmth", ordinary().symptom(Symptom.WARMTH).build());
    }

    @Test
    void numbnessOrTinglingIsRed() {
        assertRedBecause("red-numbness", ordinary().symptom(Symptom.NUMBNESS).build());
    }

    @Test
    void beingUnableToBearWeightIsRed() {
        assertRedBecause("red-cannot-bear-weight", ordinary().symptom(Symptom.CANNOT_BEAR_WEIGHT).build());
    }

    @Test
    void aVisibleDeformityIsRed() {
        assertRedBecause("red-deformity", ordinary().symptom(Symptom.DEFORMITY).build());
    }

    @Test
    void gettingWorseAfterTheDomsPeakIsRed() {
        assertRedBecause("red-worse-after-doms-peak", ordinary().trend(Trend.WORSE).hoursSinceRun(96).build());
    }

    @Test
    void notSettlingAfterSevenDaysIsRed() {
        assertRedBecause("red-not-settling", ordinary().trend(Trend.UNCHANGED).hoursSinceRun(200).build());
    }

    @Test
    void severePainIsRed() {
        assertRedBecause("red-severe-pain", ordinary().pain(8).build());
    }

    @ParameterizedTest
    @EnumSource(value = BodyRegion.class, names = {"SHIN", "FOOT", "HIP", "THIGH"})
    void localizedPainOverABoneStressSiteThatWorsensWithMovementIsRed(BodyRegion site) {
        assertRedBecause("red-bone-stress-site",
                ordinary().region(site).spread(Spread.LOCALIZED).movement(MovementResponse.WORSE).build());
    }

    @Test
    void theSameLocalizedPainOverAMuscleIsNotABoneStressFlag() {
        Triage triage = Triage.of(ordinary().region(BodyRegion.CALF).spread(Spread.LOCALIZED)
                .movement(MovementResponse.WORSE).build());
        assertEquals(TriageLevel.AMBER, triage.level());
    }

    @Test
    void localizedBoneStressPainThatEasesWithMovementIsNotABoneStressFlag() {
        Triage triage = Triage.of(ordinary().region(BodyRegion.SHIN).spread(Spread.LOCALIZED).build());
        assertFalse(triage.fired("red-bone-stress-site"));
    }

    @Test
    void everyRedFlagPresentIsListedNotJustTheFirst() {
        Triage triage = Triage.of(ordinary().pain(9).symptom(Symptom.SWELLING, Symptom.WARMTH).build());
        assertEquals(List.of("red-swelling", "red-warmth", "red-severe-pain"), triage.ruleIds());
    }

    @Test
    void aRedResultListsOnlyRedFlagsNotTheFailedGreenConditions() {
        Triage triage = Triage.of(ordinary().side(dev.recovery.core.unit.Side.LEFT).symptom(Symptom.NUMBNESS).build());
        assertEquals(List.of("red-numbness"), triage.ruleIds());
    }

    @Test
    void eachRedFlagCarriesItsSource() {
        Triage triage = Triage.of(ordinary().symptom(Symptom.PAIN_AT_REST).build());
        assertEquals(Sources.POSTMA_CHUNG, triage.reasons().get(0).source());
    }

    @Test
    void aRedResultTellsTheRunnerToStopAndSeeAProfessional() {
        Triage triage = Triage.of(ordinary().symptom(Symptom.SWELLING).build());
        assertTrue(triage.action().startsWith("Stop running"));
    }

    @ParameterizedTest
    @EnumSource(Symptom.class)
    void everySymptomHasItsOwnRedFlag(Symptom symptom) {
        TriageRule rule = RedFlags.forSymptom(symptom);
        assertTrue(rule.fires().test(ordinary().symptom(symptom).build()));
        assertFalse(rule.fires().test(ordinary().build()));
    }
}
