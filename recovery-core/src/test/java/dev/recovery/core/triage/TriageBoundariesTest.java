package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of every threshold of docs/reference/triage.md: pain 3/4 and 6/7, hours 24/25, 72/73 and 168/169. */
class TriageBoundariesTest {

    private static CheckIn.Builder ordinary() {
        return CheckIn.builder().pain(2);
    }

    private static TriageLevel level(CheckIn.Builder builder) {
        return Triage.of(builder.build()).level();
    }

    @Test
    void painThreeIsStillGreen() {
        assertEquals(TriageLevel.GREEN, level(ordinary().pain(3)));
    }

    @Test
    void painFourIsAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().pain(4)));
    }

    @Test
    void painSixIsStillAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().pain(6)));
    }

    @Test
    void painSevenIsRed() {
        assertEquals(TriageLevel.RED, level(ordinary().pain(7)));
    }

    @Test
    void acuteSorenessAt24HoursIsStillGreen() {
        assertEquals(TriageLevel.GREEN, level(ordinary().onset(Onset.AFTER).hoursSinceRun(24)));
    }

    @Test
    void acuteSorenessAt25HoursIsAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().onset(Onset.AFTER).hoursSinceRun(25)));
    }

    @Test
    void acuteSorenessHalfAnHourPast24HoursIsAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().onset(Onset.DURING).hoursSinceRun(24.5)));
    }

    @Test
    void delayedSorenessAt25HoursIsGreenAsDoms() {
        assertEquals(TriageLevel.GREEN, level(ordinary().onset(Onset.DELAYED).hoursSinceRun(25)));
    }

    @Test
    void domsAt72HoursIsStillGreen() {
        assertEquals(TriageLevel.GREEN, level(ordinary().trend(Trend.UNCHANGED).hoursSinceRun(72)));
    }

    @Test
    void domsAt73HoursIsAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().trend(Trend.UNCHANGED).hoursSinceRun(73)));
    }

    @Test
    void worseAt72HoursIsAmberAtMost() {
        Triage triage = Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(72).build());
        assertEquals(TriageLevel.AMBER, triage.level());
        assertEquals(List.of("amber-worsening-within-doms-window"), triage.ruleIds());
    }

    @Test
    void worseAt73HoursIsRed() {
        assertEquals(TriageLevel.RED, level(ordinary().trend(Trend.WORSE).hoursSinceRun(73)));
    }

    @Test
    void worseHalfAnHourPast72HoursIsRed() {
        assertEquals(TriageLevel.RED, level(ordinary().trend(Trend.WORSE).hoursSinceRun(72.5)));
    }

    @Test
    void unchangedAt168HoursIsStillAmber() {
        assertEquals(TriageLevel.AMBER, level(ordinary().trend(Trend.UNCHANGED).hoursSinceRun(168)));
    }

    @Test
    void unchangedAt169HoursIsRed() {
        Triage triage = Triage.of(ordinary().trend(Trend.UNCHANGED).hoursSinceRun(169).build());
        assertEquals(TriageLevel.RED, triage.level());
        assertEquals(List.of("red-not-settling"), triage.ruleIds());
    }

    @Test
    void worseAt168HoursIsRedForThePeakButNotYetNotSettling() {
        Triage triage = Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(168).build());
        assertEquals(List.of("red-worse-after-doms-peak"), triage.ruleIds());
    }

    @Test
    void worseAt169HoursFiresBothTimeFlags() {
        Triage triage = Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(169).build());
        assertEquals(List.of("red-worse-after-doms-peak", "red-not-settling"), triage.ruleIds());
    }

    @Test
    void improvingAfterSevenDaysIsNotNotSettling() {
        Triage triage = Triage.of(ordinary().hoursSinceRun(200).build());
        assertFalse(triage.fired("red-not-settling"));
        assertTrue(triage.fired("amber-beyond-doms-window"));
    }
}
