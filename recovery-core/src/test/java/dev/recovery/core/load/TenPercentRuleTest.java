package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void oneMetreMoreThanTenPercentIsFlagged() {
        assertTrue(TenPercentRule.check(Distance.ofKm(50), Distance.ofMetres(55_001)).isPresent());
    }

    @Test
    void oneMillimetreMoreThanTenPercentIsFlagged() {
        assertTrue(TenPercentRule.check(new Distance(50_000_000), new Distance(55_000_001)).isPresent());
    }

    @Test
    void exactlyTenPercentIsAllowedWhereFloatingPointWouldRoundTheLimitDown() {
        // 40,000.34 m x 1.1 is 44,000.373999999996 in double arithmetic, below the true 44,000.374 m.
        assertTrue(TenPercentRule.check(new Distance(40_000_340), new Distance(44_000_374)).isEmpty());
        assertTrue(TenPercentRule.check(new Distance(40_000_340), new Distance(44_000_375)).isPresent());
    }

    @Test
    void exactlyThirtyPercentIsStillTheTenPercentGuideline() {
        Reason r = TenPercentRule.check(Distance.ofKm(40), Distance.ofKm(52)).get();
        assertEquals("ten-percent-rule", r.source().id());
        assertTrue(r.message().contains("Buist 2008"), r.message());
    }

    @Test
    void oneMetreAboveThirtyPercentCitesNielsen() {
        Reason r = TenPercentRule.check(Distance.ofKm(40), Distance.ofMetres(52_001)).get();
        assertEquals("nielsen-2014", r.source().id());
        assertTrue(r.message().contains("Nielsen 2014"), r.message());
        assertFalse(r.message().contains("Buist"), r.message());
    }

    @Test
    void theNoteShowsBothWeeksAndThePercentage() {
        Reason r = TenPercentRule.check(Distance.ofKm(40), Distance.ofKm(50)).get();
        assertTrue(r.message().contains("up 25% on last week (50.0 km after 40.0 km)"), r.message());
    }

    @Test
    void aShorterWeekIsNeverFlagged() {
        assertTrue(TenPercentRule.check(Distance.ofKm(50), Distance.ofKm(30)).isEmpty());
    }

    @Test
    void withOneWeekBeforeTheNoteComparesWithLastWeek() {
        Reason r = TenPercentRule.check(List.of(Distance.ofKm(40)), Distance.ofKm(50)).get();
        assertTrue(r.message().contains("on last week"), r.message());
    }

    @Test
    void withTwoWeeksBeforeTheNoteNamesBoth() {
        Reason r = TenPercentRule.check(List.of(Distance.ofKm(40), Distance.ofKm(30)), Distance.ofKm(50)).get();
        assertTrue(r.message().contains("on the largest of the last 2 weeks (50.0 km after 40.0 km)"), r.message());
    }

    @Test
    void theLargestOfTheWeeksBeforeIsTheBaseEvenWhenItIsTheOldest() {
        List<Distance> before = List.of(Distance.ofKm(50), Distance.ofKm(40), Distance.ofKm(45));
        assertTrue(TenPercentRule.check(before, Distance.ofKm(55)).isEmpty());
        assertTrue(TenPercentRule.check(before, Distance.ofMetres(55_001)).isPresent());
    }

    @Test
    void noWeeksBeforeGiveNoNote() {
        assertTrue(TenPercentRule.check(List.of(), Distance.ofKm(50)).isEmpty());
    }

    @Test
    void aMissingWeekIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TenPercentRule.check(Distance.ofKm(40), null));
        assertTrue(e.getMessage().contains("this week"), e.getMessage());
        IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                () -> TenPercentRule.check((Distance) null, Distance.ofKm(40)));
        assertTrue(before.getMessage().contains("previous week"), before.getMessage());
    }

    @Test
    void theFractionsMatchTheWholePercentages() {
        assertEquals(0.10, TenPercentRule.MAX_WEEKLY_INCREASE);
        assertEquals(0.30, TenPercentRule.NIELSEN_PROGRESSION);
    }
}
