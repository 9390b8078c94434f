package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.recovery.SorenessReport;
import dev.recovery.core.unit.BodyRegion;
import org.junit.jupiter.api.Test;

/** A soreness report computes its own triage and refuses another check-in's. */
class SorenessReportApiTest {

    @Test
    void aReportComputesTheTriageOfItsOwnCheckIn() {
        CheckIn knee = CheckIn.ordinaryDoms(BodyRegion.KNEE, 2, 30);
        assertEquals(Triage.of(knee), SorenessReport.of(knee).triage());
    }

    @Test
    void aReportRefusesTheTriageOfAnotherCheckIn() {
        CheckIn calf = CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 30);
        CheckIn shinAtRest = CheckIn.ordinaryDoms(BodyRegion.SHIN, 2, 30).withSymptom(Symptom.PAIN_AT_REST);
        assertThrows(IllegalArgumentException.class, () -> new SorenessReport(shinAtRest, Triage.of(calf)));
    }
}
