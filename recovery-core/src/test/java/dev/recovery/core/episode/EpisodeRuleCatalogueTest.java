package dev.recovery.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The episode and return-to-run rule ids are a contract: stable, unique, and documented. */
class EpisodeRuleCatalogueTest {

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        EpisodeRules.ALL.forEach(r -> ids.add(r.id()));
        ReturnToRun.RULES.forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Test
    void ruleIdsAreStable() {
        assertEquals(List.of("episode-opened", "episode-level-from-check-in", "episode-red-sticky",
                "episode-amber-escalated-72h", "episode-recheck-due", "episode-resolved-pain-free",
                "episode-resolved-two-quiet-days", "episode-recurrence-within-14-days", "episode-third-within-6-weeks",
                "episode-run-pain", "episode-cleared", "episode-red-again", "rtr-entry-passed", "rtr-entry-not-passed",
                "rtr-step-done", "rtr-step-back", "rtr-complete", "rtr-after-break"), ids());
    }

    @Test
    void ruleIdsAreUnique() {
        assertEquals(ids().size(), new HashSet<>(ids()).size());
    }

    @Test
    void everyRuleIsExplainedInTheRunnersDocs() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "triage.md"), StandardCharsets.UTF_8);
        for (String id : ids()) {
            assertTrue(text.contains("`" + id + "`"), id);
        }
    }

    @Test
    void everyReadinessRuleIsExplainedInTheReadinessDocs() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "readiness.md"), StandardCharsets.UTF_8);
        for (String id : List.of("readiness-no-check-in", "readiness-no-open-episode", "readiness-return-to-run",
                "readiness-check-in-stale", "readiness-load-raised", "readiness-amber-recheck-due", "episode-recheck-due")) {
            assertTrue(text.contains("`" + id + "`"), id);
        }
    }
}
