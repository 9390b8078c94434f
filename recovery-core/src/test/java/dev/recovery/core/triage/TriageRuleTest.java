package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.BodyRegion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A triage rule is well formed: a kebab-case id, and an urgency exactly when it is RED. */
class TriageRuleTest {

    @Test
    void aRuleIdThatIsNotKebabCaseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TriageRule("Amber Pain",
                TriageLevel.AMBER, "Pain.", Sources.POSTMA_CHUNG, c -> true, c -> "Pain."));
        assertTrue(e.getMessage().startsWith("rule id: 'Amber Pain' is not allowed"), e.getMessage());
    }

    @Test
    void aMissingRuleIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TriageRule(null, TriageLevel.AMBER, "Pain.",
                Sources.POSTMA_CHUNG, c -> true, c -> "Pain."));
    }

    @Test
    void aRedRuleWithoutAnUrgencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TriageRule("red-test",
                TriageLevel.RED, "Red.", Sources.POSTMA_CHUNG, c -> true, c -> "Red."));
        assertEquals("urgency of red-test: 'none' is not allowed; expected same-day or soon for a RED rule", e.getMessage());
    }

    @Test
    void anAmberRuleWithAnUrgencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TriageRule("amber-test",
                TriageLevel.AMBER, "Amber.", Sources.POSTMA_CHUNG, c -> true, c -> "Amber.", Optional.of(Urgency.SOON)));
        assertEquals("urgency of amber-test: 'soon' is not allowed; expected none: only RED rules have an urgency",
                e.getMessage());
    }

    @Test
    void aRedRuleKeepsItsUrgency() {
        TriageRule rule = TriageRule.red("red-test", Urgency.SAME_DAY, "Red.", Sources.POSTMA_CHUNG, c -> true, c -> "Red.");
        assertEquals(Optional.of(Urgency.SAME_DAY), rule.urgency());
        assertEquals(TriageLevel.RED, rule.level());
    }

    @Test
    void aRuleThatFiresGivesItsReasonAndOneThatDoesNotGivesNone() {
        TriageRule rule = new TriageRule("amber-test", TriageLevel.AMBER, "Amber.", Sources.POSTMA_CHUNG,
                c -> c.pain().value() > 3, c -> "Pain " + c.pain() + ".");
        CheckIn five = CheckIn.ordinaryDoms(BodyRegion.CALF, 5, 30);
        assertEquals("Pain 5/10.", rule.apply(five).orElseThrow().message());
        assertEquals("amber-test", rule.apply(five).orElseThrow().ruleId());
        assertEquals(Optional.empty(), rule.apply(CheckIn.ordinaryDoms(BodyRegion.CALF, 3, 30)));
    }
}
