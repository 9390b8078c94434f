package dev.recovery.shell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.unit.BodyRegion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainJsonTest {

    private static final Reason REASON = Reason.of("test-rule", "Pain is 2.", Sources.POSTMA_CHUNG);
    private static final Triage GREEN_TRIAGE = Triage.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 30));

    @Test
    void aReasonCarriesRuleMessageCitationAndSourceId() {
        assertEquals(List.of("rule", "message", "source", "sourceId"), List.copyOf(DomainJson.reason(REASON).keySet()));
        assertEquals(Sources.POSTMA_CHUNG.id(), DomainJson.reason(REASON).get("sourceId"));
    }

    @Test
    void aTriageOnlyEvaluatedHasNoRecordedAt() {
        Map<String, Object> json = DomainJson.triage(GREEN_TRIAGE, Optional.empty());
        assertEquals(List.of("level", "action", "pattern", "reasons"), List.copyOf(json.keySet()));
    }

    @Test
    void aRecordedTriageSaysWhen() {
        Map<String, Object> json = DomainJson.triage(GREEN_TRIAGE,
                Optional.of(Instant.parse("2026-11-22T07:00:00Z")));
        assertEquals("2026-11-22T07:00:00Z", json.get("recordedAt"));
    }

    @Test
    void aTriagesReasonsHaveTheSameShapeAsAnyReason() {
        Map<String, Object> json = DomainJson.triage(GREEN_TRIAGE, Optional.empty());
        assertEquals(GREEN_TRIAGE.reasons().stream().map(DomainJson::reason).toList(), json.get("reasons"));
    }
}
