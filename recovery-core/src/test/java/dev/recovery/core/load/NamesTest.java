package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The names a runner types and reads for the load package's choices, and their sources. */
class NamesTest {

    @Test
    void everyConventionParsesFromItsOwnIdAndCitesItsApp() {
        for (Convention c : Convention.values()) {
            assertEquals(c, Convention.parse(c.id()));
        }
        assertEquals("trainingpeaks", Convention.TRAININGPEAKS.id());
        assertEquals("goldencheetah", Convention.GOLDENCHEETAH.source().id());
        assertEquals("runalyze", Convention.RUNALYZE.source().id());
    }

    @Test
    void sexParsesShortAndLongForms() {
        assertEquals(Sex.FEMALE, Sex.parse(" F "));
        assertEquals(Sex.MALE, Sex.parse("m"));
        assertEquals(Sex.FEMALE, Sex.parse("female"));
        assertEquals("male", Sex.MALE.id());
        assertThrows(IllegalArgumentException.class, () -> Sex.parse("x"));
    }

    @Test
    void everyTrimpVariantParsesFromItsIdAndCitesItsSource() {
        for (TrimpVariant v : TrimpVariant.values()) {
            assertEquals(v, TrimpVariant.parse(v.id()));
            assertEquals(v.id(), v.source().id());
        }
    }

    @Test
    void everyRunTypeParsesFromItsId() {
        for (RunType t : RunType.values()) {
            assertEquals(t, RunType.parse(t.id()));
        }
        assertEquals("marathon-pace", RunType.MARATHON_PACE.id());
    }

    @Test
    void anEstimatedRpeIsTheTypesUsualEffort() {
        Session easy = dev.recovery.core.log.Run.of(LocalDate.of(2026, 5, 1), Distance.ofKm(8), Duration.ofMinutes(48), RunType.EASY);
        assertEquals(EstimatedRpe.forRun(RunType.EASY), EstimatedRpe.of(easy).value());
    }

    @Test
    void theAcwrZonesAndFormBandsHaveStableRuleIds() {
        assertEquals("load-acwr-danger", AcwrZone.DANGER.ruleId());
        assertEquals("load-acwr-under-loaded", AcwrZone.UNDER_LOADED.ruleId());
        assertEquals("load-form-high-risk", FormBand.HIGH_RISK.ruleId());
        assertEquals("load-form-not-established", FormBand.NOT_ESTABLISHED.ruleId());
    }

    @Test
    void withNoFitnessAnyFatigueIsInfinitelyFarBelowAndNoneIsZero() {
        assertEquals(Double.NEGATIVE_INFINITY, FormBand.percentOfFitness(-5, 0));
        assertEquals(0, FormBand.percentOfFitness(0, 0));
        assertEquals(-25, FormBand.percentOfFitness(-10, 40), 1e-12);
    }

    @Test
    void aRatedFormBandShowsTheNumbersAndTheUnratedOneDoesNot() {
        String rated = FormBand.PRODUCTIVE.reason(-10, 40).message();
        assertTrue(rated.endsWith(" (form -10.0, -25% of fitness 40.0)"), rated);
        String unrated = FormBand.NOT_ESTABLISHED.reason(-10, 40).message();
        assertTrue(!unrated.contains("(form"), unrated);
    }
}
