package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training paces. Published reference: Daniels' Running Formula tables (Daniels 2014): VDOT 50 has
 * M 4:31/km (7:17/mi), T 4:15/km (6:51/mi), I 3:55/km, R 88 s per 400 m (3:40/km); VDOT 60 has
 * T 3:40/km (5:54/mi), I 3:23/km. Compared within {@value #TABLE_TOLERANCE_SECONDS_PER_KM} s/km,
 * the rounding of the published table.
 */
class TrainingPacesTest {

    static final double TABLE_TOLERANCE_SECONDS_PER_KM = 2;
    private static final double NINETY_SECONDS_PER_MILE_IN_SECONDS_PER_KM = 90 / 1.609344;

    private static void assertNear(String published, Pace computed) {
        assertEquals(Pace.parse(published).secondsPerKm(), computed.secondsPerKm(), TABLE_TOLERANCE_SECONDS_PER_KM,
                "published " + published + ", computed " + computed);
    }

    @Test
    void vdotFiftyMarathonPaceMatchesDanielsTable() {
        assertNear("4:31/km", TrainingPaces.of(Vdot.of(50)).marathon());
    }

    @Test
    void vdotFiftyThresholdPaceMatchesDanielsTable() {
        assertNear("4:15/km", TrainingPaces.of(Vdot.of(50)).threshold());
    }

    @Test
    void vdotFiftyIntervalPaceMatchesDanielsTable() {
        assertNear("3:55/km", TrainingPaces.of(Vdot.of(50)).interval());
    }

    @Test
    void vdotFiftyRepetitionPaceMatchesDanielsTable() {
        assertNear("3:40/km", TrainingPaces.of(Vdot.of(50)).repetition());
    }

    @Test
    void vdotSixtyThresholdAndIntervalPacesMatchDanielsTable() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(60));
        assertNear("3:40/km", paces.threshold());
        assertNear("3:23/km", paces.interval());
    }

    @Test
    void thresholdPaceCostsEightyEightPercentOfVdot() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        assertEquals(0.88 * 50, DanielsGilbert.oxygenCost(paces.threshold().metresPerMinute()), 1e-9);
    }

    @Test
    void marathonPaceIsThePredictedMarathonsAveragePace() {
        Vdot vdot = Vdot.of(45);
        assertEquals(vdot.marathonTime().toMillis() / 1000.0 / 42.195, vdot.trainingPaces().marathon().secondsPerKm(), 1e-6);
    }

    @Test
    void easyRangeStartsNinetySecondsPerMileSlowerThanMarathonPaceAtVdotFifty() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        assertEquals(paces.marathon().secondsPerKm() + NINETY_SECONDS_PER_MILE_IN_SECONDS_PER_KM,
                paces.easy().fast().secondsPerKm(), 1e-9);
    }

    @Test
    void clampingTheEasyRangeIsExplainedWithChungsRule() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        assertTrue(paces.easyWasClamped());
        Reason clamp = paces.reasons().stream().filter(r -> r.ruleId().equals(TrainingPaces.EASY_CLAMP_RULE_ID)).findFirst()
                .orElseThrow();
        assertEquals(Sources.POSTMA_CHUNG, clamp.source());
        assertTrue(clamp.message().startsWith("Easy pace starts at 5:27/km (8:46/mi), 90 s/mile slower than marathon pace 4:31/km"),
                clamp.message());
    }

    @Test
    void derivationIsAlwaysExplainedWithDaniels() {
        Reason first = TrainingPaces.of(Vdot.of(50)).reasons().get(0);
        assertEquals(TrainingPaces.RULE_ID, first.ruleId());
        assertEquals(Sources.DANIELS_2014, first.source());
    }

    @Test
    void easyRangeSlowEndIsTheDanielsSlowEndWhenThatLeavesFifteenSecondsOfRoom() {
        // VDOT 30: E at 0.63 of VDOT is 8:17/km, more than 15 s/km slower than the clamped fast end 7:48/km.
        TrainingPaces paces = TrainingPaces.of(Vdot.of(30));
        assertEquals(DanielsGilbert.speedFor(0.63 * 30), paces.easy().slow().metresPerMinute(), 1e-9);
    }

    @Test
    void easyRangeIsAtLeastFifteenSecondsPerKmWide() {
        // VDOT 50: E at 0.63 of VDOT is 5:34/km, only about 6 s/km slower than the clamped 5:27/km.
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        assertEquals(TrainingPaces.EASY_MIN_SPREAD_SECONDS_PER_KM,
                paces.easy().slow().secondsPerKm() - paces.easy().fast().secondsPerKm(), 1e-9);
    }

    @Test
    void goalMarathonTimeGivesTheSameMarathonPace() {
        TrainingPaces paces = TrainingPaces.forGoal(Durations.parse("3:30:00"));
        assertEquals(12_600.0 / 42.195, paces.marathon().secondsPerKm(), 0.03);
    }

    @Test
    void pacesAreOrderedRepetitionIntervalThresholdMarathonEasy() {
        qt().forAll(doubles().between(Vdot.MIN, Vdot.MAX)).check(value -> {
            TrainingPaces p = TrainingPaces.of(Vdot.of(value));
            return p.repetition().isFasterThan(p.interval()) && p.interval().isFasterThan(p.threshold())
                    && p.threshold().isFasterThan(p.marathon()) && p.marathon().isFasterThan(p.easy().fast())
                    && !p.easy().slow().isFasterThan(p.easy().fast());
        });
    }

    @Test
    void easyFastEndIsNeverWithinNinetySecondsPerMileOfMarathonPace() {
        qt().forAll(doubles().between(Vdot.MIN, Vdot.MAX)).check(value -> {
            TrainingPaces p = TrainingPaces.of(Vdot.of(value));
            return p.easy().fast().secondsPerKm() - p.marathon().secondsPerKm() >= NINETY_SECONDS_PER_MILE_IN_SECONDS_PER_KM - 1e-9;
        });
    }

    @Test
    void aHigherVdotGivesFasterPacesInEveryZone() {
        qt().forAll(doubles().between(Vdot.MIN, Vdot.MAX - 1), doubles().between(0.1, 1)).check((value, more) -> {
            TrainingPaces low = TrainingPaces.of(Vdot.of(value));
            TrainingPaces high = TrainingPaces.of(Vdot.of(value + more));
            for (TrainingZone zone : TrainingZone.values()) {
                if (!high.pace(zone).fast().isFasterThan(low.pace(zone).fast())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void singleZonesAreSingleRanges() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        assertTrue(paces.pace(TrainingZone.THRESHOLD).isSingle());
        assertFalse(paces.pace(TrainingZone.EASY).isSingle());
    }

    @Test
    void outOfOrderPacesAreRefused() {
        TrainingPaces p = TrainingPaces.of(Vdot.of(50));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainingPaces(p.vdot(), p.easy(),
                p.marathon(), p.interval(), p.threshold(), p.repetition(), p.reasons()));
        assertTrue(e.getMessage().startsWith("paces: "), e.getMessage());
    }

    @Test
    void pacesWithoutReasonsAreRefused() {
        TrainingPaces p = TrainingPaces.of(Vdot.of(50));
        assertThrows(IllegalArgumentException.class, () -> new TrainingPaces(p.vdot(), p.easy(), p.marathon(), p.threshold(),
                p.interval(), p.repetition(), List.of()));
    }

    @Test
    void marathonZoneHasNoFixedFractionButThresholdHasEightyEightPercent() {
        assertTrue(TrainingZone.MARATHON.fastFraction().isEmpty());
        assertEquals(0.88, TrainingZone.THRESHOLD.fastFraction().getAsDouble(), 0);
    }

    @Test
    void zonesParseByLetterAndId() {
        assertEquals(TrainingZone.THRESHOLD, TrainingZone.parse("t"));
        assertEquals(TrainingZone.REPETITION, TrainingZone.parse("repetition"));
        assertThrows(IllegalArgumentException.class, () -> TrainingZone.parse("x"));
    }
}
