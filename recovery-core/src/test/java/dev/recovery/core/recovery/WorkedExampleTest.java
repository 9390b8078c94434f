package dev.recovery.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/recovery.md: a 32 km long run in a peak week, with sore calves (GREEN). */
class WorkedExampleTest {

    private final Prescription example = Prescriber.prescribe(Days.day(TrainingPhase.PEAK, Days.longRun())
            .plusSoreness(Days.sore(BodyRegion.CALF, TriageLevel.GREEN)));

    @Test
    void longRunInPeakWeekWithSoreCalvesFollowsTheDocumentedTimeline() {
        List<String> ids = example.items().stream().map(i -> i.slot() + " " + i.modality()).toList();
        assertEquals(List.of(
                "BEFORE_RUN HYDRATION", "BEFORE_RUN DYNAMIC_WARM_UP",
                "RIGHT_AFTER ACTIVE_RECOVERY_WALK", "RIGHT_AFTER REFUEL", "RIGHT_AFTER HYDRATION",
                "RIGHT_AFTER STATIC_STRETCHING", "RIGHT_AFTER WALL_DORSIFLEXION_STRETCH",
                "RIGHT_AFTER WALL_ANKLE_ISOMETRIC",
                "LATER_THAT_DAY ACTIVE_RECOVERY_WALK", "LATER_THAT_DAY COMPRESSION_BOOTS",
                "EVENING SLEEP"), ids);
    }

    @Test
    void threeHourLongRunLeavesDeepRollingAndHeatForLater() {
        assertTrue(example.itemsOf(Modality.FOAM_ROLLING).isEmpty() && example.itemsOf(Modality.SAUNA_HEAT).isEmpty(), example.format());
        assertTrue(example.notes().stream().anyMatch(n -> n.ruleId().equals("gentle-care-after-long-effort")), example.format());
    }

    @Test
    void foamRollingReadsLikeACoachWouldSayIt() {
        Prescription tempo = Prescriber.prescribe(Days.day(TrainingPhase.PEAK, Days.tempo()));
        assertEquals("Foam roll calves, quads, hamstrings and glutes 2-3 min each, pause 30 s on tender spots.",
                tempo.itemsOf(Modality.FOAM_ROLLING).get(0).text());
    }

    @Test
    void totalTimeIsTheDocumentedRange() {
        assertEquals(DoseRange.of(55, 83.5), example.totalMinutes());
    }

    @Test
    void formattedPrescriptionListsSlotsTotalAndSources() {
        String text = example.format();
        assertTrue(text.contains("Right after:"), text);
        assertTrue(text.contains("Total time: 55-83.5 min"), text);
        assertTrue(text.contains("[refuel-within-30-min]"), text);
        assertTrue(text.contains("Postma"), text);
    }
}
