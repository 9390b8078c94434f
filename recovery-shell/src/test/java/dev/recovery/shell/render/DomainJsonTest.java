package dev.recovery.shell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.SorenessPattern;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainJsonTest {

    private static final Reason REASON = Reason.of("green-ordinary-soreness", "Pain is 2.", Sources.POSTMA_CHUNG);

    @Test
    void aReasonCarriesRuleMessageCitationAndSourceId() {
        assertEquals(List.of("rule", "message", "source", "sourceId"), List.copyOf(DomainJson.reason(REASON).keySet()));
        assertEquals(Sources.POSTMA_CHUNG.id(), DomainJson.reason(REASON).get("sourceId"));
    }

    @Test
    void aTriageOnlyEvaluatedHasNoRecordedAt() {
        Map<String, Object> json = DomainJson.triage(new Triage(TriageLevel.GREEN, SorenessPattern.DOMS, List.of(REASON)), Optional.empty());
        assertEquals(List.of("level", "action", "pattern", "urgency", "reasons"), List.copyOf(json.keySet()));
    }

    @Test
    void aRecordedTriageSaysWhen() {
        Map<String, Object> json = DomainJson.triage(new Triage(TriageLevel.GREEN, SorenessPattern.DOMS, List.of(REASON)),
                Optional.of(Instant.parse("2026-11-22T07:00:00Z")));
        assertEquals("2026-11-22T07:00:00Z", json.get("recordedAt"));
    }

    @Test
    void aTriagesReasonsHaveTheSameShapeAsAnyReason() {
        Map<String, Object> json = DomainJson.triage(new Triage(TriageLevel.GREEN, SorenessPattern.DOMS, List.of(REASON)), Optional.empty());
        assertEquals(List.of(DomainJson.reason(REASON)), json.get("reasons"));
    }
}
