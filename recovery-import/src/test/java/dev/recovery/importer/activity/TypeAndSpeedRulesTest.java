package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Session;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The speed rule's wording and boundaries, the stated types of track files, and the load reasons' wording. */
class TypeAndSpeedRulesTest {

    @Test
    void fortyKilometresAtTwentyFiveKmhIsARideInTheDocumentedWords() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(40_000, Duration.ofMinutes(96));
        assertEquals(ActivityKind.BIKE, d.kind());
        assertEquals("The file does not say what the activity was; 40.0 km at 25.0 km/h is faster than the 10,000 m world record's"
                + " 22.9 km/h, so it was taken as a ride.", d.reason().message());
    }

    @Test
    void aRunWithinTheRecordSaysWhichRecordBoundIt() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(5_000, Duration.ofMinutes(25));
        assertEquals(ActivityKind.RUN, d.kind());
        assertEquals("The file does not say what the activity was; 5.0 km at 12.0 km/h is within the 5,000 m world record's"
                + " 23.8 km/h, so it was taken as a run.", d.reason().message());
        assertEquals(KindFromSpeed.RECORD_5000_M.source(), d.reason().source());
    }

    @Test
    void exactlyFifteenHundredMetresIsJudgedByTheFifteenHundredMetreRecord() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(1_500, Duration.ofSeconds(200));
        assertEquals(ActivityKind.BIKE, d.kind(), "27 km/h over 1,500 m beats 3:26.00");
        assertEquals(KindFromSpeed.RECORD_1500_M.source(), d.reason().source());
    }

    @Test
    void exactlyTheFifteenHundredMetreRecordIsStillARun() {
        assertEquals(ActivityKind.RUN, KindFromSpeed.decide(1_500, Duration.ofMillis(206_000)).kind());
    }

    @Test
    void theLongestRecordDistanceCoveredSetsTheBound() {
        assertEquals(KindFromSpeed.RECORD_10000_M.source(), KindFromSpeed.decide(42_194, Duration.ofHours(3)).reason().source());
        assertEquals(KindFromSpeed.RECORD_MARATHON.source(), KindFromSpeed.decide(42_195, Duration.ofHours(3)).reason().source());
        assertEquals(KindFromSpeed.RECORD_5000_M.source(), KindFromSpeed.decide(9_999, Duration.ofHours(1)).reason().source());
    }

    @Test
    void aTooShortActivityIsARunByTheLogsDefault() {
        KindFromSpeed.Decision d = KindFromSpeed.decide(1_499.9, Duration.ofSeconds(10));
        assertEquals(ActivityKind.RUN, d.kind());
        assertEquals(KindFromSpeed.RULE_ID, d.reason().ruleId());
        assertEquals("runners-log-default", d.reason().source().id());
        assertEquals("The file does not say what the activity was; taken as a run (too short or untimed to judge from its speed).",
                d.reason().message());
    }

    @Test
    void aNegativeOrZeroTimeIsUntimed() {
        assertEquals("runners-log-default", KindFromSpeed.decide(40_000, Duration.ofSeconds(-5)).reason().source().id());
        assertEquals("runners-log-default", KindFromSpeed.decide(40_000, Duration.ZERO).reason().source().id());
        assertEquals(ActivityKind.BIKE, KindFromSpeed.decide(40_000, Duration.ofMillis(1)).kind());
    }

    @Test
    void theRecordsAreShortestFirstWithTheirSpeeds() {
        assertEquals(4, KindFromSpeed.RECORDS.size());
        assertEquals(26.2, KindFromSpeed.RECORD_1500_M.metresPerSecond() * 3.6, 0.05);
        assertEquals(23.8, KindFromSpeed.RECORD_5000_M.metresPerSecond() * 3.6, 0.05);
        assertEquals(22.9, KindFromSpeed.RECORD_10000_M.metresPerSecond() * 3.6, 0.05);
        assertEquals(21.0, KindFromSpeed.RECORD_MARATHON.metresPerSecond() * 3.6, 0.05);
    }

    @Test
    void typesThatSayNothingAreUnstatedWhateverTheirCaseAndBlanks() {
        for (String t : new String[] {"", "  ", "Other", "GENERIC", "uncategorized", " Unknown ", "all", "none"}) {
            assertTrue(TrackTypes.isUnstated(Optional.of(t)), t);
        }
        assertTrue(TrackTypes.isUnstated(Optional.empty()));
        assertFalse(TrackTypes.isUnstated(Optional.of("running")));
        assertFalse(TrackTypes.isUnstated(Optional.of("Kayaking")));
    }

    @Test
    void stravasNumbersAreARunAndARide() {
        assertEquals(Optional.of(ActivityKind.RUN), TrackTypes.kind(" 9 "));
        assertEquals(Optional.of(ActivityKind.BIKE), TrackTypes.kind("1"));
        assertEquals(Optional.empty(), TrackTypes.kind("2"));
        assertEquals(Optional.of(ActivityKind.WALK), TrackTypes.kind("hiking"));
        assertEquals(Optional.empty(), TrackTypes.kind("kayaking"));
    }

    private static ImportedActivity yoga(Optional<Rpe> rpe) {
        return ImportedActivity.of(null, Instant.parse("2024-01-01T07:00:00Z"), ZoneOffset.UTC, ActivityKind.YOGA, Duration.ofMinutes(45),
                Optional.empty(), rpe, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "test");
    }

    @Test
    void theRpeReasonNamesTheDurationAndTheEffort() {
        ImportedLoad load = yoga(Optional.of(Rpe.of(3))).load();
        assertEquals("Load from your recorded effort: 45:00 at RPE 3.", load.reason().message());
        assertFalse(load.isEstimated());
    }

    @Test
    void theEstimateReasonNamesTheDurationAndTheAssumedEffort() {
        ImportedLoad load = yoga(Optional.empty()).load();
        assertEquals("No RPE or heart rate recorded; load estimated from 45:00 at an assumed RPE of " + load.assumedRpe()
                + " for this kind of session (an estimate).", load.reason().message());
        assertEquals(ImportedLoad.RULE_ESTIMATE, load.reason().ruleId());
    }

    @Test
    void theHeartRateReasonSaysWhatHappensWithoutAProfile() {
        ImportedLoad load = ImportedActivity.of(null, Instant.parse("2024-01-01T07:00:00Z"), ZoneOffset.UTC, ActivityKind.RUN,
                Duration.ofMinutes(50), Optional.of(Distance.ofKm(10)), Optional.empty(), OptionalInt.of(150), OptionalInt.empty(),
                Optional.empty(), "test").load();
        assertEquals(ImportedLoad.RULE_HEART_RATE, load.reason().ruleId());
        assertEquals("No RPE recorded; load from the average heart rate (TRIMP) with your resting and maximum heart rate,"
                + " or estimated at RPE " + load.assumedRpe() + " if your profile has none.", load.reason().message());
    }

    @Test
    void aLoadNeedsItsMethodRpeAndReason() {
        ImportedLoad load = yoga(Optional.empty()).load();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ImportedLoad(null, load.assumedRpe(), load.reason()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ImportedLoad(load.method(), null, load.reason()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ImportedLoad(load.method(), load.assumedRpe(), null));
        Session s = new YogaSession(LocalDate.of(2024, 1, 1), Duration.ofMinutes(45), Optional.empty());
        assertEquals(load, ImportedLoad.of(s));
    }
}
