package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenPercentRuleTest {

    @Test
    void exactlyTenPercentMoreIsWithinTheGuideline() {
        assertTrue(TenPercentRule.check(Distance.ofKm(50), Distance.ofKm(55)).isEmpty());
    }

    @Test
    void moreThanTenPercentIsFlaggedAsAGuideline() {
        Reason r = TenPercentRule.check(Distance.ofKm(50), Distance.ofKm(56)).get();
        assertEquals("load-ten-percent-rule", r.ruleId());
        assertEquals("ten-percent-rule", r.source().id());
        assertTrue(r.message().contains("up 12%"), r.message());
        assertTrue(r.message().contains("Buist 2008"), r.message());
    }

    @Test
    void moreThanThirtyPercentCitesNielsen() {
        Reason r = TenPercentRule.check(Distance.ofKm(40), Distance.ofKm(53)).get();
        assertEquals("nielsen-2014", r.source().id());
    }

    @Test
    void noPreviousWeekGivesNoPercentage() {
        assertTrue(TenPercentRule.check(Distance.ZERO, Distance.ofKm(30)).isEmpty());
    }

    @Test
    void returningToTheLevelBeforeACutbackWeekIsNotAJump() {
        assertTrue(TenPercentRule.check(List.of(Distance.ofKm(60), Distance.ofKm(66), Distance.ofKm(48)), Distance.ofKm(66)).isEmpty());
    }

    @Test
    void aStepUpOnTheLargestOfTheThreeWeeksBeforeIsStillFlagged() {
        Reason r = TenPercentRule.check(List.of(Distance.ofKm(60), Distance.ofKm(66), Distance.ofKm(48)), Distance.ofKm(73)).get();
        assertTrue(r.message().contains("largest of the last 3 weeks"), r.message());
    }

    @Test
    void onlyTheThreeWeeksBeforeCount() {
        assertTrue(TenPercentRule.check(List.of(Distance.ofKm(90), Distance.ofKm(40), Distance.ofKm(40), Distance.ofKm(40)),
                Distance.ofKm(50)).isPresent());
    }
}
