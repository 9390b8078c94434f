package dev.recovery.core.readiness;

import dev.recovery.core.unit.BodyRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Readiness over real triage results (Triage.of), not hand-made ones. */
class ReadinessWithTriageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void ordinarySorenessWithALoadSpikeIsAmberAndKeepsTheTriageReasons() {
        Triage triage = Triage.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().pain(2).build());
        assertEquals(TriageLevel.GREEN, triage.level());
        Readiness r = Readiness.of(DAY, Optional.of(DatedTriage.of(DAY, triage)), List.of(ReadinessTest.SPIKE));
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.reasons().containsAll(triage.reasons()));
    }

    @Test
    void painAtRestStaysRedWhateverTheLoad() {
        Triage triage = Triage.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().pain(2).symptom(Symptom.PAIN_AT_REST).build());
        assertEquals(TriageLevel.RED, triage.level());
        assertEquals(TriageLevel.RED, Readiness.of(DAY, Optional.of(DatedTriage.of(DAY.minusDays(1), triage)), List.of()).level());
    }
}
