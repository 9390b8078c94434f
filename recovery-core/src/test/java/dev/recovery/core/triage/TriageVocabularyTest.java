package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The words a runner types for a check-in, and the words the triage answers with. */
class TriageVocabularyTest {

    @Test
    void trendsParseFromTheirIds() {
        for (Trend trend : Trend.values()) {
            assertEquals(trend, Trend.parse(" " + trend.id().toUpperCase(java.util.Locale.ROOT) + " "));
        }
        assertEquals("improving", Trend.IMPROVING.id());
    }

    @Test
    void anUnknownTrendNamesTheFieldAndTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trend.parse("better"));
        assertEquals("trend: 'better' is not allowed; expected one of improving, unchanged, worse", e.getMessage());
    }

    @Test
    void movementResponsesParseFromTheirIds() {
        for (MovementResponse m : MovementResponse.values()) {
            assertEquals(m, MovementResponse.parse(m.id()));
        }
        assertEquals("eases", MovementResponse.EASES.id());
    }

    @Test
    void anUnknownMovementResponseNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MovementResponse.parse("hurts"));
        assertEquals("movement: 'hurts' is not allowed; expected one of eases, unchanged, worse", e.getMessage());
    }

    @Test
    void onsetsParseFromTheirIds() {
        for (Onset o : Onset.values()) {
            assertEquals(o, Onset.parse(o.id()));
        }
        assertEquals("delayed", Onset.DELAYED.id());
    }

    @Test
    void anUnknownOnsetNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Onset.parse("before"));
        assertEquals("onset: 'before' is not allowed; expected one of during, after, delayed", e.getMessage());
    }

    @Test
    void spreadsParseFromTheirIdsAndTheBritishSpellingAndSpot() {
        assertEquals(Spread.WIDESPREAD, Spread.parse("widespread"));
        assertEquals(Spread.LOCALIZED, Spread.parse(Spread.LOCALIZED.id()));
        assertEquals(Spread.LOCALIZED, Spread.parse(" Localised "));
        assertEquals(Spread.LOCALIZED, Spread.parse("SPOT"));
    }

    @Test
    void anUnknownSpreadNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spread.parse("everywhere"));
        assertEquals("spread: 'everywhere' is not allowed; expected one of widespread, localized", e.getMessage());
    }

    @Test
    void aMissingSpreadIsRefusedNotAStackTraceOfANullPointer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spread.parse(null));
        assertTrue(e.getMessage().startsWith("spread: "), e.getMessage());
    }

    @Test
    void everyPlainWordForADullOrTightPainParses() {
        for (String word : new String[] {"dull", "ACHY", "aching", " ache ", "dull/achy"}) {
            assertEquals(PainQuality.DULL_ACHY, PainQuality.parse(word), word);
        }
        for (String word : new String[] {"tight", "Stiff", "tight/stiff"}) {
            assertEquals(PainQuality.TIGHT_STIFF, PainQuality.parse(word), word);
        }
    }

    @Test
    void everyQualityParsesFromItsId() {
        for (PainQuality q : PainQuality.values()) {
            assertEquals(q, PainQuality.parse(q.id()));
        }
        assertEquals("dull-achy", PainQuality.DULL_ACHY.id());
    }

    @Test
    void aMissingQualityIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PainQuality.parse(null));
        assertTrue(e.getMessage().startsWith("quality: "), e.getMessage());
    }

    @Test
    void onlyADullAcheAndTightnessAreTheQualitiesOfOrdinarySoreness() {
        Set<PainQuality> dull = Arrays.stream(PainQuality.values()).filter(PainQuality::isDull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PainQuality.class)));
        assertEquals(EnumSet.of(PainQuality.DULL_ACHY, PainQuality.TIGHT_STIFF), dull);
    }

    @Test
    void symptomsParseFromTheirIds() {
        for (Symptom s : Symptom.values()) {
            assertEquals(s, Symptom.parse(s.id()));
        }
        assertEquals("cannot-bear-weight", Symptom.CANNOT_BEAR_WEIGHT.id());
        assertEquals(Symptom.PAIN_AT_REST, Symptom.parse(" AT-REST "));
    }

    @Test
    void anUnknownSymptomNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Symptom.parse("itching"));
        assertTrue(e.getMessage().startsWith("symptom: 'itching' is not allowed; expected one of pain-at-rest, "),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Symptom.parse(null));
    }

    @Test
    void theBoneSignsAndTheNextMorningAreNotRedFlagsOnTheirOwn() {
        Set<Symptom> notRed = Arrays.stream(Symptom.values()).filter(s -> !s.isRedFlag())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class)));
        assertEquals(EnumSet.of(Symptom.BONE_TENDER, Symptom.HOP_PAIN, Symptom.WORSE_NEXT_MORNING), notRed);
    }

    @Test
    void theMoreSeriousLevelWins() {
        assertEquals(TriageLevel.AMBER, TriageLevel.GREEN.atLeast(TriageLevel.AMBER));
        assertEquals(TriageLevel.AMBER, TriageLevel.AMBER.atLeast(TriageLevel.GREEN));
        assertEquals(TriageLevel.RED, TriageLevel.AMBER.atLeast(TriageLevel.RED));
        assertEquals(TriageLevel.RED, TriageLevel.RED.atLeast(TriageLevel.GREEN));
        assertEquals(TriageLevel.GREEN, TriageLevel.GREEN.atLeast(TriageLevel.GREEN));
    }

    @Test
    void eachLevelTellsTheRunnerWhatToDo() {
        assertTrue(TriageLevel.GREEN.action().startsWith("Train as planned"), TriageLevel.GREEN.action());
        assertTrue(TriageLevel.AMBER.action().startsWith("Modify"), TriageLevel.AMBER.action());
        assertTrue(TriageLevel.RED.action().startsWith("Stop running and see a physical therapist or doctor"),
                TriageLevel.RED.action());
    }

    @Test
    void theMoreUrgentUrgencyWins() {
        assertEquals(Urgency.SAME_DAY, Urgency.SOON.atLeast(Urgency.SAME_DAY));
        assertEquals(Urgency.SAME_DAY, Urgency.SAME_DAY.atLeast(Urgency.SOON));
        assertEquals(Urgency.SOON, Urgency.SOON.atLeast(Urgency.SOON));
    }

    @Test
    void eachUrgencyHasItsIdAndItsAction() {
        assertEquals("same-day", Urgency.SAME_DAY.id());
        assertEquals("soon", Urgency.SOON.id());
        assertTrue(Urgency.SAME_DAY.action().startsWith("Seek care today"), Urgency.SAME_DAY.action());
        assertTrue(Urgency.SOON.action().contains("within the next few days"), Urgency.SOON.action());
        assertFalse(Urgency.SOON.action().contains("today"), Urgency.SOON.action());
    }
}
