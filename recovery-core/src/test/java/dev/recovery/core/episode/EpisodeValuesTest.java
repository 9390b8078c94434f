package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values of the episode package refuse what cannot be, naming the field. */
class EpisodeValuesTest {

    private static EpisodeChange opening() {
        return new EpisodeChange(MON, TriageLevel.AMBER, EpisodeStatus.OPEN, EpisodeRules.OPENED.reason("Opened."));
    }

    @Test
    void anEpisodeOfBothSidesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Episode(BodyRegion.CALF,
                Side.BOTH, MON, List.of(), List.of(), List.of(opening()), false, Optional.empty()));
        assertTrue(e.getMessage().startsWith("side: 'both' is not allowed"), e.getMessage());
    }

    @Test
    void anEpisodeWithoutACourseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Episode(BodyRegion.CALF,
                Side.LEFT, MON, List.of(), List.of(), List.of(), false, Optional.empty()));
        assertTrue(e.getMessage().startsWith("course: "), e.getMessage());
    }

    @Test
    void aClearanceKeepsTheProfessionalsWordsWithoutSurroundingSpace() {
        assertEquals("back to running", Clearance.of(BodyRegion.SHIN, Side.LEFT, MON, "  back to running ").note());
    }

    @Test
    void aClearanceNoteOfFiveHundredCharactersIsKeptAndOneMoreIsRefused() {
        assertEquals(Clearance.MAX_NOTE_LENGTH, Clearance.of(BodyRegion.SHIN, Side.LEFT, MON, "a".repeat(500)).note().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Clearance.of(BodyRegion.SHIN, Side.LEFT, MON, "a".repeat(501)));
        assertEquals("note: 501 characters is not allowed; expected at most 500 characters", e.getMessage());
    }

    @Test
    void aClearanceOfBothSidesCoversEitherAndOfOneSideOnlyThatSide() {
        assertTrue(Clearance.of(BodyRegion.SHIN, Side.BOTH, MON, "").covers(Side.LEFT));
        assertTrue(Clearance.of(BodyRegion.SHIN, Side.BOTH, MON, "").covers(Side.RIGHT));
        assertTrue(Clearance.of(BodyRegion.SHIN, Side.LEFT, MON, "").covers(Side.LEFT));
        assertFalse(Clearance.of(BodyRegion.SHIN, Side.LEFT, MON, "").covers(Side.RIGHT));
    }

    @Test
    void anEpisodeRuleIdMustBeKebabCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EpisodeRule("Episode_Opened", "Opened.", Sources.EPISODE_RULES));
        assertTrue(e.getMessage().startsWith("rule id: 'Episode_Opened' is not allowed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EpisodeRule(null, "Opened.", Sources.EPISODE_RULES));
    }

    @Test
    void anEpisodeRuleGivesItsIdAndSourceWithEachReason() {
        var reason = EpisodeRules.RED_STICKY.reason("Stays RED.");
        assertEquals("episode-red-sticky", reason.ruleId());
        assertEquals("Stays RED.", reason.message());
        assertEquals(EpisodeRules.RED_STICKY.source(), reason.source());
    }

    @Test
    void aWalkRunStepDescribesItsRepeatsAndItsTotal() {
        ReturnToRunStep first = ReturnToRun.STEPS.get(0);
        assertFalse(first.isContinuous());
        assertEquals("run 1 min, walk 4 min, 6 times (30 min), running at an easy pace", first.describe());
    }

    @Test
    void aContinuousStepDescribesItsMinutes() {
        ReturnToRunStep twenty = ReturnToRun.STEPS.get(4);
        assertTrue(twenty.isContinuous());
        assertEquals(20, twenty.totalMinutes());
        assertEquals("run 20 min continuously at an easy pace", twenty.describe());
        assertEquals("run 30 min continuously at an easy pace", new ReturnToRunStep(9, 10, 0, 3).describe());
    }

    @Test
    void aStepOutOfRangeIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReturnToRunStep(1, 0, 4, 6));
        assertTrue(e.getMessage().startsWith("run minutes: 0 is not allowed"), e.getMessage());
    }

    @Test
    void aDayOnAStepMustSayWhichStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReturnToRunDay(MON, 2, 7, Optional.empty(), true, "Run.", Optional.empty()));
        assertEquals("step to do: none is not allowed; expected step 2", e.getMessage());
    }

    @Test
    void aDayBeforeTheEntryQuestionsHasNoStepToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReturnToRunDay(MON, 0, 7, Optional.of(ReturnToRun.STEPS.get(0)), false, "Walk.", Optional.empty()));
        assertEquals("step to do: step 1 is not allowed; expected none before the entry questions", e.getMessage());
    }

    @Test
    void aDayBeyondTheLastStepIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReturnToRunDay(MON, 8, 7, Optional.of(ReturnToRun.STEPS.get(0)), true, "Run.", Optional.empty()));
    }

    @Test
    void aCheckInDatedTodayIsAccepted() {
        DatedCheckIn today = Histories.on(MON, Histories.greenCalf());
        assertEquals(today, today.notAfter(MON));
    }

    @Test
    void theStatusIdsAreTheOnesInTheJournal() {
        assertEquals(List.of("open", "cleared", "return-to-run", "resolved"),
                java.util.Arrays.stream(EpisodeStatus.values()).map(EpisodeStatus::id).toList());
        assertFalse(EpisodeStatus.RESOLVED.isOpen());
        assertTrue(EpisodeStatus.CLEARED.isOpen());
    }
}
