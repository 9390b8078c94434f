package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.importer.activity.ActivityKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the log makes of a FIT sport and sub-sport. */
class FitSportTest {

    @Test
    void runningOfAnySubSportIsARun() {
        qt().forAll(integers().between(0, 254)).check(sub -> new FitSport(1, sub).kind().equals(Optional.of(ActivityKind.RUN)));
    }

    @Test
    void aTreadmillOnFitnessEquipmentIsARun() {
        assertEquals(Optional.of(ActivityKind.RUN), new FitSport(4, 1).kind());
    }

    @Test
    void theEllipticalIsCrossTrainingOnIt() {
        assertEquals(Optional.of(ActivityKind.ELLIPTICAL), new FitSport(4, 15).kind());
    }

    @Test
    void strengthTrainingIsAStrengthSession() {
        assertEquals(Optional.of(ActivityKind.STRENGTH), new FitSport(10, 20).kind());
    }

    @Test
    void yogaUnderTrainingIsYoga() {
        assertEquals(Optional.of(ActivityKind.YOGA), new FitSport(10, 43).kind());
    }

    @Test
    void hikingIsAWalk() {
        assertEquals(Optional.of(ActivityKind.WALK), new FitSport(17, 0).kind());
    }

    @Test
    void kayakingIsNotLoggedAndKeepsItsName() {
        FitSport kayak = new FitSport(41, 0);
        assertTrue(kayak.kind().isEmpty());
        assertEquals("kayaking", kayak.label());
    }

    @Test
    void transitionsAreRecognisedBySportOrSubSport() {
        assertTrue(new FitSport(3, 0).isTransition());
        assertTrue(new FitSport(0, 33).isTransition());
        assertFalse(new FitSport(1, 0).isTransition());
    }

    @Test
    void aTrailRunIsLabelledSo() {
        assertEquals("trail running", new FitSport(1, 3).label());
    }

    @Test
    void aSportNumberOutsideTheEnumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FitSport(255, 0));
    }

    @Test
    void anAbsentSportReadsAsGeneric() {
        assertEquals(new FitSport(0, 0), FitSport.of(-1, -1));
    }
}
