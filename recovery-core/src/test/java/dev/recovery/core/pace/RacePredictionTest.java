package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RacePredictionTest {

    @Test
    void aRaceGivesPredictionsForTheFourStandardDistancesInOrder() {
        List<RacePrediction> predictions = RacePrediction.fromRace(Distance.ofKm(10), Durations.parse("41:21"));
        assertEquals(List.of(RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF_MARATHON, RaceDistance.MARATHON),
                predictions.stream().map(RacePrediction::race).toList());
    }

    @Test
    void bothMethodsGiveTheRaceTimeAtTheRaceDistance() {
        RacePrediction tenK = RacePrediction.fromRace(Distance.ofKm(10), Durations.parse("41:21")).get(1);
        assertEquals(Durations.parse("41:21").toMillis(), tenK.time().toMillis(), 1_000);
        assertEquals(Durations.parse("41:21"), tenK.riegel());
    }

    @Test
    void riegelFromAFiveKIsWithinAMinuteOfVdotForTheMarathon() {
        // 19:57 5K: VDOT predicts 3:10:40, Riegel 3:11:21; the cross-check agrees closely here.
        RacePrediction marathon = RacePrediction.fromRace(Distance.ofKm(5), Durations.parse("19:57")).get(3);
        assertTrue(Math.abs(marathon.riegelDifference().toSeconds()) < 60, marathon.toString());
    }

    @Test
    void eachPredictionCitesDanielsAndGilbert() {
        RacePrediction prediction = RacePrediction.fromRace(Distance.ofKm(5), Duration.ofMinutes(25)).get(0);
        assertEquals(RacePrediction.RULE_ID, prediction.reason().ruleId());
        assertEquals(Sources.DANIELS_GILBERT_1979, prediction.reason().source());
    }

    @Test
    void raceDistancesParseByLabel() {
        assertEquals(RaceDistance.HALF_MARATHON, RaceDistance.parse("Half"));
        assertEquals(RaceDistance.FIVE_K, RaceDistance.parse("5k"));
        assertEquals(RaceDistance.MARATHON, RaceDistance.parse("marathon"));
    }

    @Test
    void anUnknownRaceIsRefusedListingTheRaces() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RaceDistance.parse("15k"));
        assertEquals("race: '15k' is not allowed; expected one of 5K, 10K, half, marathon", e.getMessage());
    }
}
