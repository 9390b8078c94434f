package dev.recovery.plans.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.recovery.Modality;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryItem;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.export.PlanSheet;
import dev.recovery.plans.generate.PlanBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan day's recovery respects the runner's open soreness episodes (no rolling or stretching there). */
class OpenEpisodesInPlanDaysTest {

    private static final Set<Modality> HANDS_ON = EnumSet.of(Modality.FOAM_ROLLING, Modality.STATIC_STRETCHING);

    private static boolean worksOn(Prescription p, BodyRegion region) {
        for (RecoveryItem item : p.items()) {
            if (HANDS_ON.contains(item.modality()) && item.targets().contains(region)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aLongRunDayRollsTheCalfUnlessItHasAnOpenAmberEpisode() {
        Plan plan = PlanBuilder.build(PlanRequests.fromSeed(1), PlanRequests.TODAY);
        Week week = plan.weeks().get(1);
        Day longRunDay = week.days().stream().filter(d -> d.runs().stream().anyMatch(r -> r.workout().kind().id().startsWith("long")))
                .findFirst().orElseThrow();
        assertTrue(worksOn(week.recovery(longRunDay), BodyRegion.CALF), "without an episode the calf is rolled or stretched");
        assertFalse(worksOn(week.recovery(longRunDay, Map.of(BodyRegion.CALF, TriageLevel.AMBER)), BodyRegion.CALF),
                "an open AMBER episode keeps hands off the calf");
    }

    @Test
    void noPlanDayWorksOnARegionWithAnOpenEpisode() {
        qt().withExamples(20).forAll(integers().between(1, 10_000), integers().between(0, BodyRegion.values().length - 1))
                .checkAssert((seed, r) -> {
                    Plan plan = PlanBuilder.build(PlanRequests.fromSeed(seed), PlanRequests.TODAY);
                    BodyRegion region = BodyRegion.values()[r];
                    for (Week week : plan.weeks()) {
                        for (Day day : week.days()) {
                            assertFalse(worksOn(week.recovery(day, Map.of(region, TriageLevel.RED)), region), day.date() + " " + region);
                        }
                    }
                });
    }

    @Test
    void thePrintedSheetTakesTheOpenEpisodesPerDate() {
        Plan plan = PlanBuilder.build(PlanRequests.fromSeed(1), PlanRequests.TODAY);
        PlanSheet plain = PlanSheet.of(plan);
        PlanSheet sore = PlanSheet.of(plan, date -> Map.of(BodyRegion.CALF, TriageLevel.AMBER));
        boolean differs = false;
        for (int w = 0; w < plain.weeks().size(); w++) {
            for (int d = 0; d < plain.weeks().get(w).days().size(); d++) {
                differs |= !plain.weeks().get(w).days().get(d).recovery().equals(sore.weeks().get(w).days().get(d).recovery());
            }
        }
        assertTrue(differs, "an open calf episode changes some day's recovery");
    }
}
