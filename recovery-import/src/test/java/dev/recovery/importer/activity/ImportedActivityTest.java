package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What an imported activity becomes in the log: its session, date, distance, heart rates and id. */
class ImportedActivityTest {

    private static final Instant START = Instant.parse("2024-03-05T20:30:00Z");

    private static ImportedActivity of(ActivityKind kind, Optional<Distance> distance, OptionalInt avg, OptionalInt max) {
        return ImportedActivity.of(null, START, ZoneOffset.UTC, kind, Duration.ofMinutes(50), distance, Optional.empty(), avg, max,
                Optional.of("  Evening  "), "a.gpx");
    }

    private static ImportedActivity heartRates(int avg, int max) {
        return of(ActivityKind.BIKE, Optional.empty(), OptionalInt.of(avg), OptionalInt.of(max));
    }

    @Test
    void heartRatesAtTheEdgesOfThePlausibleRangeAreKept() {
        ImportedActivity a = heartRates(ImportedActivity.MIN_PLAUSIBLE_BPM, ImportedActivity.MAX_PLAUSIBLE_BPM);
        assertEquals(25, a.avgHeartRate().orElseThrow());
        assertEquals(250, a.maxHeartRate().orElseThrow());
    }

    @Test
    void heartRatesJustOutsideThePlausibleRangeAreDropped() {
        ImportedActivity a = heartRates(24, 251);
        assertTrue(a.avgHeartRate().isEmpty());
        assertTrue(a.maxHeartRate().isEmpty());
    }

    @Test
    void aMaximumBelowTheAverageIsDropped() {
        ImportedActivity a = heartRates(150, 149);
        assertEquals(150, a.avgHeartRate().orElseThrow());
        assertTrue(a.maxHeartRate().isEmpty());
    }

    @Test
    void aMaximumEqualToTheAverageIsKept() {
        assertEquals(150, heartRates(150, 150).maxHeartRate().orElseThrow());
    }

    @Test
    void aMaximumWithoutAnAverageIsKept() {
        ImportedActivity a = of(ActivityKind.BIKE, Optional.empty(), OptionalInt.empty(), OptionalInt.of(170));
        assertEquals(170, a.maxHeartRate().orElseThrow());
    }

    @Test
    void theSessionsDateIsTheStartsDateInTheRunnersZone() {
        ImportedActivity a = ImportedActivity.of(null, START, ZoneId.of("Australia/Sydney"), ActivityKind.YOGA, Duration.ofMinutes(30),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "a.gpx");
        assertEquals(LocalDate.of(2024, 3, 6), a.session().date());
    }

    @Test
    void eachKindBecomesItsSession() {
        Optional<Distance> tenK = Optional.of(Distance.ofKm(10));
        assertTrue(of(ActivityKind.RUN, tenK, OptionalInt.empty(), OptionalInt.empty()).session() instanceof Run);
        assertTrue(of(ActivityKind.STRENGTH, tenK, OptionalInt.empty(), OptionalInt.empty()).session() instanceof StrengthSession);
        assertTrue(of(ActivityKind.YOGA, tenK, OptionalInt.empty(), OptionalInt.empty()).session() instanceof YogaSession);
        assertEquals(CrossActivity.SWIM, ((CrossTraining) of(ActivityKind.SWIM, tenK, OptionalInt.empty(), OptionalInt.empty()).session()).activity());
        assertEquals(CrossActivity.ELLIPTICAL,
                ((CrossTraining) of(ActivityKind.ELLIPTICAL, tenK, OptionalInt.empty(), OptionalInt.empty()).session()).activity());
        assertEquals(CrossActivity.WALK, ((CrossTraining) of(ActivityKind.WALK, tenK, OptionalInt.empty(), OptionalInt.empty()).session()).activity());
    }

    @Test
    void aCrossTrainingSessionKeepsItsAverageHeartRate() {
        CrossTraining ride = (CrossTraining) heartRates(140, 170).session();
        assertEquals(140, ride.avgHeartRate().orElseThrow());
    }

    @Test
    void aRunKeepsItsDistanceTypeRpeAndHeartRates() {
        ImportedActivity a = ImportedActivity.of("strava:9", START, ZoneOffset.UTC, ActivityKind.RUN, RunType.TEMPO, Duration.ofMinutes(50),
                Optional.of(Distance.ofKm(10)), Optional.of(Rpe.of(7)), OptionalInt.of(160), OptionalInt.of(180), Optional.empty(), "a.csv");
        Run run = (Run) a.session();
        assertEquals(RunType.TEMPO, run.type());
        assertEquals(10_000, run.distance().metres(), 1e-9);
        assertEquals(7, run.rpe().orElseThrow().value());
        assertEquals(Duration.ofMinutes(50), a.duration());
        assertEquals("strava:9", a.sourceId());
    }

    @Test
    void onlyKindsMeasuredInDistanceKeepOne() {
        Optional<Distance> tenK = Optional.of(Distance.ofKm(10));
        assertTrue(of(ActivityKind.STRENGTH, tenK, OptionalInt.empty(), OptionalInt.empty()).distance().isEmpty());
        assertTrue(of(ActivityKind.ELLIPTICAL, tenK, OptionalInt.empty(), OptionalInt.empty()).distance().isEmpty());
        assertEquals(tenK, of(ActivityKind.SWIM, tenK, OptionalInt.empty(), OptionalInt.empty()).distance());
    }

    @Test
    void aZeroDistanceIsNoDistance() {
        assertTrue(of(ActivityKind.BIKE, Optional.of(Distance.ofMetres(0)), OptionalInt.empty(), OptionalInt.empty()).distance().isEmpty());
    }

    @Test
    void theNameIsStrippedAndABlankOneIsNone() {
        assertEquals("Evening", heartRates(140, 150).name().orElseThrow());
        ImportedActivity blank = ImportedActivity.of(null, START, ZoneOffset.UTC, ActivityKind.YOGA, Duration.ofMinutes(30),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.of("   "), "a.gpx");
        assertTrue(blank.name().isEmpty());
    }

    @Test
    void withoutASourceIdTheStartAndDistanceAreHashed() {
        ImportedActivity a = of(ActivityKind.BIKE, Optional.of(Distance.ofKm(20)), OptionalInt.empty(), OptionalInt.empty());
        assertEquals(SourceIds.hash(START, 20_000), a.sourceId());
        ImportedActivity none = of(ActivityKind.YOGA, Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
        assertEquals(SourceIds.hash(START, 0), none.sourceId());
    }

    @Test
    void aMissingFieldIsNamed() {
        ImportedActivity a = heartRates(140, 150);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImportedActivity(a.sourceId(), a.start(), a.kind(),
                a.session(), a.distance(), a.avgHeartRate(), a.maxHeartRate(), a.load(), a.name(), null));
        assertTrue(e.getMessage().startsWith("origin:"), e.getMessage());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> new ImportedActivity(null, a.start(), a.kind(),
                a.session(), a.distance(), a.avgHeartRate(), a.maxHeartRate(), a.load(), a.name(), a.origin()));
        assertTrue(id.getMessage().startsWith("source-id:"), id.getMessage());
    }

    @Test
    void sourceIdsAreStravasOrAHashOfStartAndDistanceToTenMetres() {
        assertEquals("strava:123", SourceIds.strava(" 123 "));
        assertEquals(SourceIds.hash(START, 10_004), SourceIds.hash(START, 9_996));
        assertTrue(!SourceIds.hash(START, 10_004).equals(SourceIds.hash(START, 10_006)));
        assertTrue(!SourceIds.hash(START, 10_000).equals(SourceIds.hash(START.plusSeconds(1), 10_000)));
        assertEquals(SourceIds.hash(START, 10_000), SourceIds.hash(START.plusMillis(999), 10_000), "whole seconds");
        assertTrue(SourceIds.hash(START, 0).matches("hash:[0-9a-f]{16}"), SourceIds.hash(START, 0));
    }

    @Test
    void aRunningRecordRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RunningRecord("x", 0, 10, KindFromSpeed.RECORD_1500_M.source()));
        assertThrows(IllegalArgumentException.class, () -> new RunningRecord("x", 10, 0, KindFromSpeed.RECORD_1500_M.source()));
        assertThrows(IllegalArgumentException.class, () -> new RunningRecord(null, 10, 10, KindFromSpeed.RECORD_1500_M.source()));
        assertThrows(IllegalArgumentException.class, () -> new RunningRecord("x", 10, 10, null));
        assertEquals(5.0, new RunningRecord("x", 100, 20, KindFromSpeed.RECORD_1500_M.source()).metresPerSecond());
    }

    @Test
    void noticesAndProblemsReadAsOriginThenMessage() {
        assertEquals("a.csv line 3: no track file", new ImportNotice("a.csv line 3", "no track file").toString());
        assertEquals("a.csv line 4: date: bad", new ImportProblem("a.csv line 4", "date: bad").toString());
    }

    @Test
    void kindsHaveIdsAndDistances() {
        assertEquals("run", ActivityKind.RUN.id());
        assertEquals("elliptical", ActivityKind.ELLIPTICAL.id());
        assertTrue(ActivityKind.WALK.hasDistance());
        assertTrue(!ActivityKind.YOGA.hasDistance());
        assertTrue(ActivityKind.RUN.crossActivity().isEmpty());
        assertTrue(ActivityKind.STRENGTH.crossActivity().isEmpty());
        assertEquals(Optional.of(CrossActivity.BIKE), ActivityKind.BIKE.crossActivity());
    }
}
