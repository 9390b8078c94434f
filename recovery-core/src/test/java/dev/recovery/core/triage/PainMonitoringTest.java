package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.PainScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pain-monitoring model of docs/reference/triage.md (Silbernagel et al. 2007). */
class PainMonitoringTest {

    private static PainMonitoring classify(int pain, boolean settled) {
        return PainMonitoring.classify(PainScore.of(pain), settled);
    }

    @Test
    void noPainDuringActivityIsSafe() {
        assertEquals(ActivityPain.SAFE, classify(0, true).verdict());
    }

    @Test
    void painTwoThatSettledIsSafe() {
        assertEquals(ActivityPain.SAFE, classify(2, true).verdict());
    }

    @Test
    void painThreeThatSettledIsAcceptable() {
        assertEquals(ActivityPain.ACCEPTABLE, classify(3, true).verdict());
    }

    @Test
    void painFiveThatSettledIsAcceptable() {
        assertEquals(ActivityPain.ACCEPTABLE, classify(5, true).verdict());
    }

    @Test
    void painSixIsNotAcceptableEvenIfItSettled() {
        PainMonitoring result = classify(6, true);
        assertEquals(ActivityPain.NOT_ACCEPTABLE, result.verdict());
        assertEquals("pain-monitoring-above-5", result.reasons().get(0).ruleId());
    }

    @Test
    void acceptablePainThatHasNotSettledByMorningIsNotAcceptable() {
        PainMonitoring result = classify(4, false);
        assertEquals(ActivityPain.NOT_ACCEPTABLE, result.verdict());
        assertEquals("pain-monitoring-not-settled", result.reasons().get(0).ruleId());
    }

    @Test
    void lowPainThatHasNotSettledByMorningIsNotAcceptable() {
        assertEquals(ActivityPain.NOT_ACCEPTABLE, classify(1, false).verdict());
    }

    @Test
    void highPainThatHasNotSettledGivesBothReasons() {
        List<String> ids = classify(8, false).reasons().stream().map(r -> r.ruleId()).toList();
        assertEquals(List.of("pain-monitoring-above-5", "pain-monitoring-not-settled"), ids);
    }

    @Test
    void everyVerdictCitesSilbernagel() {
        qt().forAll(integers().between(0, 10), booleans().all())
                .check((pain, settled) -> classify(pain, settled).reasons().stream()
                        .allMatch(r -> r.source().equals(Sources.SILBERNAGEL_2007)));
    }

    @Test
    void morePainDuringActivityNeverGivesABetterVerdict() {
        qt().forAll(integers().between(0, 10), integers().between(0, 10), booleans().all())
                .check((a, other, settled) -> {
                    int b = Math.max(a, other);
                    return classify(a, settled).verdict().compareTo(classify(b, settled).verdict()) <= 0;
                });
    }

    @Test
    void missingPainIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PainMonitoring.classify(null, true));
        assertTrue(e.getMessage().startsWith("pain during activity: nothing is not allowed"), e.getMessage());
    }
}
