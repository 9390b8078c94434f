package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which muscle is rolled for a sore region (tendons, joints and bones never are; the muscle over
 * them is), and that only a region that actually hurts gets rolling and a warm bath.
 */
class RollingTargetsTest {

    /** A rest day with ordinary delayed soreness of {@code pain} in {@code region}, 24 h after the run. */
    private static Prescription restDayWithAche(BodyRegion region, int pain) {
        return Prescriber.prescribe(RecoveryDay.of(DATE, TrainingPhase.BUILD)
                .withSoreness(List.of(SorenessReport.of(CheckIn.ordinaryDoms(region, pain, 24)))));
    }

    private static RecoveryItem rolling(Prescription p) {
        return p.itemsOf(Modality.FOAM_ROLLING).get(0);
    }

    @Test
    void aSoreKneeRollsTheQuadsNotTheKnee() {
        assertEquals(Optional.of(BodyRegion.QUADRICEPS), Prescriber.rollTarget(BodyRegion.KNEE));
        RecoveryItem item = rolling(restDayWithAche(BodyRegion.KNEE, 2));
        assertEquals(Set.of(BodyRegion.QUADRICEPS), item.targets());
        assertTrue(item.text().startsWith("Foam roll quads"), item.text());
    }

    @Test
    void aSoreHipRollsTheGlutes() {
        assertEquals(Optional.of(BodyRegion.GLUTE), Prescriber.rollTarget(BodyRegion.HIP));
        assertEquals(Set.of(BodyRegion.GLUTE), rolling(restDayWithAche(BodyRegion.HIP, 2)).targets());
    }

    @Test
    void aSoreLowerBackRollsTheGlutes() {
        assertEquals(Optional.of(BodyRegion.GLUTE), Prescriber.rollTarget(BodyRegion.LOWER_BACK));
    }

    @Test
    void theItBandIsItsOwnRollingTargetAndIsOffLimitsWhenRed() {
        assertEquals(Optional.of(BodyRegion.IT_BAND), Prescriber.rollTarget(BodyRegion.IT_BAND));
        assertEquals(Set.of(BodyRegion.IT_BAND), Prescriber.offLimits(Set.of(BodyRegion.IT_BAND)));
    }

    @Test
    void aSoreItBandIsAmberAndSoNotRolled() {
        // Only muscle soreness can be GREEN: an aching IT band is AMBER, and nothing rolls an AMBER region.
        Prescription p = restDayWithAche(BodyRegion.IT_BAND, 2);
        assertFalse(p.has(Modality.FOAM_ROLLING), p.format());
        assertTrue(p.notes().stream().anyMatch(n -> n.message().contains("No foam rolling, massage gun, vibration or static "
                + "stretching on the it band while it is AMBER")), p.notes().toString());
    }

    @Test
    void theGroinIsItsOwnRollingTargetAndASoreGroinIsNotRolled() {
        assertEquals(Optional.of(BodyRegion.GROIN), Prescriber.rollTarget(BodyRegion.GROIN));
        assertFalse(restDayWithAche(BodyRegion.GROIN, 2).has(Modality.FOAM_ROLLING));
    }

    @Test
    void aSoreHamstringRollsTheHamstrings() {
        assertEquals(Optional.of(BodyRegion.HAMSTRING), Prescriber.rollTarget(BodyRegion.HAMSTRING));
        assertTrue(rolling(restDayWithAche(BodyRegion.HAMSTRING, 2)).text().contains("hamstrings"));
    }

    @Test
    void theFootAnkleAchillesAndShinRollTheCalf() {
        for (BodyRegion region : List.of(BodyRegion.FOOT, BodyRegion.ANKLE, BodyRegion.ACHILLES, BodyRegion.SHIN, BodyRegion.CALF)) {
            assertEquals(Optional.of(BodyRegion.CALF), Prescriber.rollTarget(region), region.id());
        }
        assertTrue(rolling(restDayWithAche(BodyRegion.SHIN, 2)).text().contains("calves"));
    }

    @Test
    void theQuadricepsAndGlutesRollThemselves() {
        assertEquals(Optional.of(BodyRegion.QUADRICEPS), Prescriber.rollTarget(BodyRegion.QUADRICEPS));
        assertEquals(Optional.of(BodyRegion.GLUTE), Prescriber.rollTarget(BodyRegion.GLUTE));
    }

    @Test
    void theThighBoneIsNeverRolled() {
        assertEquals(Optional.empty(), Prescriber.rollTarget(BodyRegion.THIGH));
        assertFalse(restDayWithAche(BodyRegion.THIGH, 2).has(Modality.FOAM_ROLLING));
    }

    @Test
    void aRedKneeTakesTheQuadsOffLimits() {
        assertEquals(Set.of(BodyRegion.KNEE, BodyRegion.QUADRICEPS), Prescriber.offLimits(Set.of(BodyRegion.KNEE)));
        assertEquals(Set.of(BodyRegion.THIGH), Prescriber.offLimits(Set.of(BodyRegion.THIGH)));
    }

    @Test
    void aPainZeroReportGetsNoRollingAndNoBath() {
        Prescription p = restDayWithAche(BodyRegion.CALF, 0);
        assertFalse(p.has(Modality.FOAM_ROLLING), p.format());
        assertFalse(p.has(Modality.WARM_BATH), p.format());
    }

    @Test
    void aPainOneReportIsSoreAndGetsRollingAndABath() {
        Prescription p = restDayWithAche(BodyRegion.CALF, 1);
        assertTrue(p.has(Modality.FOAM_ROLLING), p.format());
        assertTrue(p.has(Modality.WARM_BATH), p.format());
        assertEquals(Set.of(BodyRegion.CALF), p.itemsOf(Modality.WARM_BATH).get(0).targets());
    }

    @Test
    void oneSoreRegionIsRolledOneToTwoMinutesAndSeveralEach() {
        assertTrue(rolling(restDayWithAche(BodyRegion.CALF, 2)).text().contains(" min, pause 30 s on tender spots."),
                rolling(restDayWithAche(BodyRegion.CALF, 2)).text());
        Prescription two = Prescriber.prescribe(RecoveryDay.of(DATE, TrainingPhase.BUILD).withSoreness(List.of(
                SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 24)),
                SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.HAMSTRING, 2, 24)))));
        String text = rolling(two).text();
        assertTrue(text.startsWith("Foam roll calves and hamstrings "), text);
        assertTrue(text.contains(" min each, "), text);
    }
}
