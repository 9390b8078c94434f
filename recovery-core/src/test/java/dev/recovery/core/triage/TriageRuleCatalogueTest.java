package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule ids are a contract: stable, unique, and documented for runners in docs/triage.md. */
class TriageRuleCatalogueTest {

    private static final List<String> IDS = List.of(
            "red-pain-at-rest", "red-persists-after-rest", "red-localized-sharp-pain", "red-swelling", "red-redness",
            "red-warmth", "red-numbness", "red-cannot-bear-weight", "red-deformity", "red-worse-after-doms-peak",
            "red-not-settling", "red-severe-pain", "red-bone-stress-site", "red-sudden-during-run", "red-stopped-run",
            "red-altered-gait", "red-numbness-spreading", "red-possible-clot",
            "amber-pain-above-3", "amber-quality-not-dull", "amber-localized", "amber-one-sided",
            "amber-worse-with-movement", "amber-not-resolved-within-24h", "amber-worsening-within-doms-window",
            "amber-beyond-doms-window", "amber-unchanged-after-doms-peak", "amber-tendon-or-joint-region",
            "amber-bone-stress-site", "amber-bone-sign", "amber-pain-during-run-above-5", "amber-worse-next-morning",
            "green-ordinary-soreness", "green-doms-pattern", "green-pain-free");

    @Test
    void ruleIdsAreStable() {
        assertEquals(IDS, TriageRules.all().stream().map(TriageRule::id).collect(Collectors.toList()));
    }

    @Test
    void ruleIdsAreUnique() {
        assertEquals(TriageRules.all().size(), new HashSet<>(IDS).size());
    }

    @Test
    void eachRuleIdStartsWithItsLevel() {
        for (TriageRule rule : TriageRules.all()) {
            assertTrue(rule.id().startsWith(rule.level().name().toLowerCase(java.util.Locale.ROOT) + "-"), rule.id());
        }
    }

    @Test
    void everyRuleIsExplainedInTheRunnersDocs() throws IOException {
        Path docs = Path.of("..", "docs", "triage.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        for (TriageRule rule : TriageRules.all()) {
            assertTrue(text.contains("`" + rule.id() + "`"), () -> rule.id() + " is missing from " + docs);
        }
    }

    @Test
    void everyPainMonitoringRuleIsExplainedInTheRunnersDocs() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "triage.md"), StandardCharsets.UTF_8);
        for (String id : List.of("pain-monitoring-safe", "pain-monitoring-acceptable", "pain-monitoring-above-5",
                "pain-monitoring-not-settled")) {
            assertTrue(text.contains("`" + id + "`"), id);
        }
    }
}
