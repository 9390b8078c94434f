package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.BodyRegion;
import org.junit.jupiter.api.Test;

/**
 * The green conditions hold only on a muscle region: the same ordinary-looking ache of a tendon or
 * joint region never meets them, whatever the other rules say about its level.
 */
class GreenConditionsRegionTest {

    @Test
    void anOrdinaryAcheOfTheCalfMeetsEveryGreenCondition() {
        assertTrue(GreenConditions.allHold(CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 24)));
    }

    @Test
    void theSameAcheOfTheAchillesDoesNotMeetTheGreenConditions() {
        CheckIn achilles = CheckIn.ordinaryDoms(BodyRegion.ACHILLES, 2, 24);
        assertFalse(GreenConditions.regionAllowsGreen(achilles));
        assertFalse(GreenConditions.allHold(achilles));
    }

    @Test
    void theSameAcheOfTheKneeDoesNotMeetTheGreenConditions() {
        assertFalse(GreenConditions.allHold(CheckIn.ordinaryDoms(BodyRegion.KNEE, 2, 24)));
    }
}
