package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KindFromSpeedTest {

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    @Test
    void exactlyTheMarathonRecordIsStillARun() {
        assertEquals(ActivityKind.RUN, KindFromSpeed.decide(42_195, Duration.ofSeconds(7_235)).kind());
    }

    @Test
    void aMarathonFasterThanTheRecordIsARide() {
        assertEquals(ActivityKind.BIKE, KindFromSpeed.decide(42_195, Duration.ofSeconds(7_230)).kind());
    }

    @Test
    void tenKilometresFasterThanTheTenThousandMetreRecordIsARide() {
        assertEquals(ActivityKind.BIKE, KindFromSpeed.decide(10_000, Duration.ofSeconds(1_560)).kind());
        assertEquals(ActivityKind.RUN, KindFromSpeed.decide(10_000, Duration.ofSeconds(1_580)).kind());
    }

    @Test
    void shorterThanFifteenHundredMetresNothingIsJudged() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(1_499, Duration.ofSeconds(60));
        assertEquals(ActivityKind.RUN, d.kind());
        assertTrue(d.reason().message().contains("too short or untimed"), d.reason().message());
    }

    @Test
    void anUntimedActivityIsARun() {
        assertEquals(ActivityKind.RUN, KindFromSpeed.decide(40_000, Duration.ZERO).kind());
    }

    @Test
    void theReasonNamesTheRuleAndTheRecord() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(40_000, Duration.ofMinutes(96));
        assertEquals(KindFromSpeed.RULE_ID, d.reason().ruleId());
        assertTrue(d.reason().message().contains("10,000 m world record"), d.reason().message());
        assertEquals(KindFromSpeed.RECORD_10000_M.source(), d.reason().source());
    }

    @Test
    void noSpeedAtOrBelowTheMarathonRecordIsEverARide() {
        double marathon = KindFromSpeed.RECORD_MARATHON.metresPerSecond();
        qt().forAll(doubles().between(1_500, 300_000), doubles().between(0.1, marathon * 0.999)).check((metres, speed) ->
                KindFromSpeed.decide(metres, seconds(metres / speed)).kind() == ActivityKind.RUN);
    }

    @Test
    void everySpeedAboveTheFifteenHundredMetreRecordIsARide() {
        double fastest = KindFromSpeed.RECORD_1500_M.metresPerSecond();
        qt().forAll(doubles().between(1_500, 300_000), doubles().between(fastest * 1.01, 30)).check((metres, speed) ->
                KindFromSpeed.decide(metres, seconds(metres / speed)).kind() == ActivityKind.BIKE);
    }
}
