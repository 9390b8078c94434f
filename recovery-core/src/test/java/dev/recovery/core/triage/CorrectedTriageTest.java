package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Region classes, the wider bone-stress rule, run-pain inputs, urgency, pain-free GREEN and the hardened API. */
class CorrectedTriageTest {

    private static CheckIn doms(BodyRegion region) {
        return CheckIn.ordinaryDoms(region, 2, 30);
    }

    @ParameterizedTest
    @EnumSource(value = BodyRegion.class, names = {"CALF", "QUADRICEPS", "HAMSTRING", "GLUTE"})
    void anOrdinaryAcheOfAMuscleRegionIsGreen(BodyRegion region) {
        assertEquals(TriageLevel.GREEN, Triage.of(doms(region)).level());
    }

    @ParameterizedTest
    @EnumSource(value = BodyRegion.class, names = {"ACHILLES", "KNEE", "ANKLE", "IT_BAND"})
    void anOrdinaryLookingAcheOfATendonOrJointIsAmberAtMost(BodyRegion region) {
        Triage t = Triage.of(doms(region));
        assertEquals(TriageLevel.AMBER, t.level());
        assertEquals(List.of("amber-tendon-or-joint-region"), t.ruleIds());
    }

    @ParameterizedTest
    @EnumSource(value = BodyRegion.class, names = {"SHIN", "FOOT", "THIGH", "HIP", "GROIN", "LOWER_BACK"})
    void anOrdinaryLookingAcheOfABoneStressSiteIsAmberAtMost(BodyRegion region) {
        Triage t = Triage.of(doms(region));
        assertEquals(TriageLevel.AMBER, t.level());
        assertEquals(List.of("amber-bone-stress-site"), t.ruleIds());
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"BONE_TENDER", "HOP_PAIN"})
    void aLocalizedGroinPainWithABoneSignIsRed(Symptom sign) {
        CheckIn c = doms(BodyRegion.GROIN).toBuilder().spread(Spread.LOCALIZED).symptom(sign).build();
        assertTrue(Triage.of(c).fired("red-bone-stress-site"));
    }

    @Test
    void aLocalizedLowerBackPainWorseWithMovementIsRed() {
        CheckIn c = doms(BodyRegion.LOWER_BACK).toBuilder().spread(Spread.LOCALIZED).movement(MovementResponse.WORSE).build();
        assertEquals(TriageLevel.RED, Triage.of(c).level());
    }

    @Test
    void aLocalizedShinAcheWithNoBoneSignIsAmber() {
        CheckIn c = doms(BodyRegion.SHIN).toBuilder().spread(Spread.LOCALIZED).build();
        assertEquals(TriageLevel.AMBER, Triage.of(c).level());
    }

    @Test
    void aTenderBoneWithoutASingleSpotIsAmber() {
        Triage t = Triage.of(doms(BodyRegion.SHIN).withSymptom(Symptom.BONE_TENDER));
        assertEquals(TriageLevel.AMBER, t.level());
        assertTrue(t.fired("amber-bone-sign"));
    }

    @Test
    void aTenderBoneOnOneSpotOfAMuscleRegionIsNotABoneStressRed() {
        CheckIn c = doms(BodyRegion.CALF).toBuilder().spread(Spread.LOCALIZED).symptom(Symptom.BONE_TENDER).build();
        assertFalse(Triage.of(c).fired("red-bone-stress-site"));
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"SUDDEN", "STOPPED_RUN", "ALTERED_GAIT"})
    void painThatCameSuddenlyStoppedTheRunOrChangedTheGaitIsRed(Symptom sign) {
        Triage t = Triage.of(doms(BodyRegion.CALF).withSymptom(sign));
        assertEquals(TriageLevel.RED, t.level());
        assertEquals(Optional.of(Urgency.SOON), t.urgency());
    }

    @Test
    void painDuringTheRunOfFiveIsAcceptable() {
        assertEquals(TriageLevel.GREEN, Triage.of(doms(BodyRegion.CALF).withPainDuringRun(PainScore.of(5))).level());
    }

    @Test
    void painDuringTheRunAboveFiveIsAmber() {
        Triage t = Triage.of(doms(BodyRegion.CALF).withPainDuringRun(PainScore.of(6)));
        assertEquals(TriageLevel.AMBER, t.level());
        assertEquals(List.of("amber-pain-during-run-above-5"), t.ruleIds());
    }

    @Test
    void painWorseTheNextMorningIsAmber() {
        Triage t = Triage.of(doms(BodyRegion.CALF).withSymptom(Symptom.WORSE_NEXT_MORNING));
        assertEquals(List.of("amber-worse-next-morning"), t.ruleIds());
    }

    @Test
    void painZeroWithNoSignIsGreenWhateverTheRegionSideOrPattern() {
        CheckIn c = doms(BodyRegion.SHIN).toBuilder().pain(0).side(Side.LEFT).spread(Spread.LOCALIZED)
                .quality(PainQuality.SHARP).hoursSinceRun(200).trend(Trend.WORSE).build();
        Triage t = Triage.of(c);
        assertEquals(TriageLevel.GREEN, t.level());
        assertEquals(List.of("green-pain-free"), t.ruleIds());
    }

    @Test
    void painZeroWithASignIsTriagedNormally() {
        assertEquals(TriageLevel.RED, Triage.of(doms(BodyRegion.CALF).toBuilder().pain(0).symptom(Symptom.NUMBNESS).build()).level());
    }

    @Test
    void painZeroAfterARunThatHurtAboveFiveIsNotPainFree() {
        CheckIn c = doms(BodyRegion.CALF).toBuilder().pain(0).painDuringRun(7).build();
        assertEquals(TriageLevel.AMBER, Triage.of(c).level());
    }

    @Test
    void swellingWithWarmthOfTheCalfIsAPossibleClotToBeSeenTheSameDay() {
        Triage t = Triage.of(doms(BodyRegion.CALF).toBuilder().symptom(Symptom.SWELLING, Symptom.WARMTH).build());
        assertTrue(t.fired("red-possible-clot"));
        assertEquals(Optional.of(Urgency.SAME_DAY), t.urgency());
        Reason clot = t.reasons().stream().filter(r -> r.ruleId().equals("red-possible-clot")).findFirst().orElseThrow();
        assertTrue(clot.message().contains("seek care today") && clot.message().contains("do not massage"), clot.message());
    }

    @Test
    void swellingWithRednessOfTheThighIsAPossibleClot() {
        assertTrue(Triage.of(doms(BodyRegion.HAMSTRING).toBuilder().symptom(Symptom.SWELLING, Symptom.REDNESS).build())
                .fired("red-possible-clot"));
    }

    @Test
    void swellingWithWarmthOfTheKneeIsRedSoonNotAClot() {
        Triage t = Triage.of(doms(BodyRegion.KNEE).toBuilder().symptom(Symptom.SWELLING, Symptom.WARMTH).build());
        assertFalse(t.fired("red-possible-clot"));
        assertEquals(Optional.of(Urgency.SOON), t.urgency());
    }

    @ParameterizedTest
    @EnumSource(value = Symptom.class, names = {"CANNOT_BEAR_WEIGHT", "DEFORMITY", "NUMBNESS_SPREADING"})
    void signsThatCannotWaitAreSameDay(Symptom sign) {
        assertEquals(Optional.of(Urgency.SAME_DAY), Triage.of(doms(BodyRegion.CALF).withSymptom(sign)).urgency());
    }

    @Test
    void amberAndGreenHaveNoUrgency() {
        assertTrue(Triage.of(doms(BodyRegion.CALF)).urgency().isEmpty());
        assertTrue(Triage.of(doms(BodyRegion.KNEE)).urgency().isEmpty());
    }

    @Test
    void redWordingNeverStatesADiagnosis() {
        for (TriageRule rule : RedFlags.ALL) {
            CheckIn c = doms(BodyRegion.SHIN).toBuilder().spread(Spread.LOCALIZED).quality(PainQuality.SHARP).pain(8)
                    .trend(Trend.WORSE).hoursSinceRun(200).movement(MovementResponse.WORSE).build();
            String text = rule.message().apply(c).toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains(" is a stress fracture") || text.contains(" is an injury") || text.contains("classic"),
                    rule.id() + ": " + text);
        }
    }

    @Test
    void aBuilderWithOnlyAPainFillsInNothingAndNamesTheFirstMissingAnswer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckIn.builder().pain(2).build());
        assertTrue(e.getMessage().startsWith("hours-since-run: nothing is not allowed"), e.getMessage());
    }

    @Test
    void aBuilderWithoutTheYesNoAnswersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckIn.builder()
                .region(BodyRegion.CALF).side(Side.BOTH).pain(2).quality(PainQuality.DULL_ACHY).spread(Spread.WIDESPREAD)
                .onset(Onset.DELAYED).hoursSinceRun(30).trend(Trend.IMPROVING).movement(MovementResponse.EASES).build());
        assertTrue(e.getMessage().startsWith("symptoms: nothing is not allowed"), e.getMessage());
    }

    @Test
    void aBuilderWithoutARegionNamesTheRegion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckIn.ordinaryDoms(BodyRegion.CALF,
                2, 30).toBuilder().region(null).build());
        assertTrue(e.getMessage().startsWith("region: nothing is not allowed"), e.getMessage());
    }

    @Test
    void aTriageCannotBeBuiltWithAReasonOfAnotherLevel() {
        Reason amber = Triage.of(doms(BodyRegion.KNEE)).reasons().get(0);
        assertThrows(IllegalArgumentException.class, () -> new Triage(TriageLevel.GREEN, SorenessPattern.DOMS, List.of(amber)));
    }

    @Test
    void aTriageCannotBeBuiltWithAReasonThatIsNoTriageRule() {
        Reason made = Reason.of("red-made-up", "Made up.", Sources.POSTMA_CHUNG);
        assertThrows(IllegalArgumentException.class, () -> new Triage(TriageLevel.RED, SorenessPattern.NEITHER, List.of(made)));
    }
}
