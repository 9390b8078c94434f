package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.source.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the GREEN level of docs/reference/triage.md and its two routes. */
class GreenRulesTest {

    private static CheckIn.Builder ordinary() {
        return CheckIn.builder().pain(2);
    }

    @Test
    void lowDullSymmetricalSorenessWithinADayIsGreen() {
        Triage triage = Triage.of(ordinary().onset(Onset.AFTER).hoursSinceRun(6).build());
        assertEquals(TriageLevel.GREEN, triage.level());
        assertEquals(List.of("green-ordinary-soreness"), triage.ruleIds());
    }

    @Test
    void delayedSorenessNotGettingWorseWithinThreeDaysIsGreenAsDoms() {
        Triage triage = Triage.of(ordinary().hoursSinceRun(60).build());
        assertEquals(TriageLevel.GREEN, triage.level());
        assertEquals(List.of("green-doms-pattern"), triage.ruleIds());
    }

    @Test
    void unchangedDomsWithinThreeDaysIsGreen() {
        assertEquals(TriageLevel.GREEN, Triage.of(ordinary().trend(Trend.UNCHANGED).hoursSinceRun(48).build()).level());
    }

    @Test
    void sorenessThatMovementLeavesUnchangedCanBeGreen() {
        assertEquals(TriageLevel.GREEN, Triage.of(ordinary().movement(MovementResponse.UNCHANGED).build()).level());
    }

    @Test
    void tightnessCountsAsOrdinarySoreness() {
        assertEquals(TriageLevel.GREEN, Triage.of(ordinary().quality(PainQuality.TIGHT_STIFF).build()).level());
    }

    @Test
    void withinADayTheTrendDoesNotDecideGreen() {
        // docs/reference/triage.md: "either hours since run <= 24, or the DOMS pattern"; the trend only limits the DOMS route.
        assertEquals(TriageLevel.GREEN, Triage.of(ordinary().trend(Trend.WORSE).hoursSinceRun(20).build()).level());
    }

    @Test
    void noPainAtAllIsGreen() {
        assertEquals(TriageLevel.GREEN, Triage.of(CheckIn.builder().pain(0).build()).level());
    }

    @Test
    void aGreenResultCarriesItsReasonAndSource() {
        Triage triage = Triage.of(ordinary().hoursSinceRun(60).build());
        assertEquals(Sources.OLSEN_2023, triage.reasons().get(0).source());
    }

    @Test
    void aGreenResultSaysTrainAsPlanned() {
        assertEquals(TriageLevel.GREEN.action(), Triage.of(ordinary().build()).action());
    }
}
