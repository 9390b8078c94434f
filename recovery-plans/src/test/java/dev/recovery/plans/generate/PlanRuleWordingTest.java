package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import org.junit.jupiter.api.Test;

/** A plan rule explains itself with its id, its summary and its source (Postma and Chung for the rest day). */
class PlanRuleWordingTest {

    @Test
    void aRulesOwnReasonCarriesItsIdSummaryAndSource() {
        Reason reason = PlanRule.REST_DAY.reason();
        assertEquals(new Reason("plan-rest-day", "At least one full rest day a week.", PlanRule.REST_DAY.source()), reason);
        assertEquals("At least one full rest day a week.", PlanRule.REST_DAY.summary());
        assertEquals(Sources.POSTMA_CHUNG, PlanRule.REST_DAY.source());
    }
}
