package dev.recovery.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule set as data: one value per rule, evaluated in a fixed order, vetoes after. */
class RecoveryRulesTest {

    @Test
    void everyAddingRuleHasItsOwnId() {
        List<String> ids = RecoveryRules.IN_ORDER.stream().map(PrescriptionRule::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void everyItemCitesTheRuleThatAddedIt() {
        RecoveryDay day = Days.day(TrainingPhase.PEAK, Days.longRun()).plusSoreness(Days.sore(BodyRegion.CALF, TriageLevel.GREEN));
        DayFacts facts = DayFacts.of(day);
        for (PrescriptionRule rule : RecoveryRules.IN_ORDER) {
            for (RecoveryItem item : rule.apply(facts).items()) {
                assertEquals(rule.id(), item.reason().ruleId(), item.text());
            }
        }
    }

    @Test
    void aRuleWhoseConditionFailsAddsNothing() {
        DayFacts restDay = DayFacts.of(RecoveryDay.of(Days.DATE, TrainingPhase.BASE));
        assertEquals(Contribution.NONE, RecoveryRules.HYDRATE_BEFORE_RUN.apply(restDay));
    }

    @Test
    void theHeatVetoDropsASecondHeatItemOnly() {
        DayFacts facts = DayFacts.of(RecoveryDay.of(Days.DATE, TrainingPhase.BUILD));
        RecoveryItem bath = RecoveryRules.WARM_BATH_FOR_SORENESS.adds().apply(
                DayFacts.of(RecoveryDay.of(Days.DATE, TrainingPhase.BUILD).plusSoreness(Days.sore(BodyRegion.CALF, TriageLevel.GREEN))))
                .items().get(0);
        assertFalse(RecoveryRules.ONE_HEAT_ITEM_A_DAY.forbids().test(facts, bath, List.of()));
        assertTrue(RecoveryRules.ONE_HEAT_ITEM_A_DAY.forbids().test(facts, bath, List.of(bath)));
    }

    @Test
    void dayFactsSplitRunsIntoKeptAndReplacedByTriage() {
        RecoveryDay day = Days.day(TrainingPhase.BUILD, Days.longRun());
        assertEquals(1, DayFacts.of(day).keptRuns().size());
        DayFacts amber = DayFacts.of(day.plusSoreness(Days.sore(BodyRegion.SHIN, TriageLevel.AMBER)));
        assertTrue(amber.keptRuns().isEmpty());
        assertEquals(1, amber.replacedRuns().size());
    }
}
