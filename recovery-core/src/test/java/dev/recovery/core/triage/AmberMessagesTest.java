package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.BodyRegion;
import org.junit.jupiter.api.Test;

/** The AMBER sentences name what the runner reported, not a stock phrase. */
class AmberMessagesTest {

    private static String message(String ruleId, CheckIn checkIn) {
        return Triage.of(checkIn).reasons().stream().filter(r -> r.ruleId().equals(ruleId)).map(Reason::message)
                .findFirst().orElseThrow(() -> new AssertionError(ruleId + " did not fire"));
    }

    private static CheckIn.Builder ordinary() {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 30).toBuilder();
    }

    @Test
    void sorenessFromDuringTheRunSaysItBeganDuringTheRun() {
        String m = message("amber-not-resolved-within-24h", ordinary().onset(Onset.DURING).hoursSinceRun(30).build());
        assertTrue(m.startsWith("It began during the run and is still there 30 h later."), m);
    }

    @Test
    void sorenessFromRightAfterTheRunSaysSo() {
        String m = message("amber-not-resolved-within-24h", ordinary().onset(Onset.AFTER).hoursSinceRun(30.5).build());
        assertTrue(m.startsWith("It began right after the run and is still there 30.5 h later."), m);
    }

    @Test
    void aTenderBoneIsNamedAsSuch() {
        String m = message("amber-bone-sign", ordinary().symptom(Symptom.BONE_TENDER).build());
        assertTrue(m.startsWith("Pressing on the bone hurts."), m);
    }

    @Test
    void painfulHoppingIsNamedAsSuch() {
        String m = message("amber-bone-sign", ordinary().symptom(Symptom.HOP_PAIN).build());
        assertTrue(m.startsWith("Hopping on that leg hurts."), m);
    }
}
