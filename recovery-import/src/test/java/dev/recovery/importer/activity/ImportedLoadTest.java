package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.load.EstimatedRpe;
import dev.recovery.core.load.LoadMethod;
import dev.recovery.core.load.LoadModel;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How an imported session's load is determined: RPE, else heart rate, else an estimate (recovery-core's load model). */
class ImportedLoadTest {

    private static ImportedActivity activity(ActivityKind kind, Optional<Rpe> rpe, OptionalInt avgHr) {
        Optional<Distance> distance = kind.hasDistance() ? Optional.of(Distance.ofKm(10)) : Optional.empty();
        return ImportedActivity.of(null, Instant.parse("2024-01-01T07:00:00Z"), ZoneOffset.UTC, kind, Duration.ofHours(1),
                distance, rpe, avgHr, OptionalInt.empty(), Optional.empty(), "test");
    }

    @Test
    void aRecordedRpeGivesTheLoad() {
        ImportedLoad load = activity(ActivityKind.RUN, Optional.of(Rpe.of(6)), OptionalInt.of(150)).load();
        assertEquals(LoadMethod.SESSION_RPE, load.method());
        assertEquals(ImportedLoad.RULE_RPE, load.reason().ruleId());
    }

    @Test
    void withoutRpeTheHeartRateGivesTheLoad() {
        ImportedLoad load = activity(ActivityKind.RUN, Optional.empty(), OptionalInt.of(150)).load();
        assertEquals(LoadMethod.TRIMP, load.method());
        assertFalse(load.isEstimated());
        assertEquals("banister-1975", load.reason().source().id());
    }

    @Test
    void withNeitherTheLoadIsEstimatedFromDurationAndType() {
        ImportedActivity a = activity(ActivityKind.RUN, Optional.empty(), OptionalInt.empty());
        assertEquals(LoadMethod.ESTIMATED, a.load().method());
        assertTrue(a.load().isEstimated());
        assertEquals(EstimatedRpe.EASY_RUN, a.load().assumedRpe().value());
        assertTrue(a.load().reason().message().contains("an estimate"), a.load().reason().message());
    }

    @Test
    void aStrengthSessionsHeartRateDoesNotGiveItsLoad() {
        ImportedActivity a = activity(ActivityKind.STRENGTH, Optional.empty(), OptionalInt.of(120));
        assertEquals(LoadMethod.ESTIMATED, a.load().method(), "the load model uses heart rate for runs and cross-training only");
        assertEquals(120, a.avgHeartRate().getAsInt());
    }

    @Test
    void theStatedMethodIsTheOneTheLoadModelUsesWithoutAProfileUnlessItIsTrimp() {
        qt().forAll(integers().between(0, ActivityKind.values().length - 1), integers().between(0, 10), integers().between(0, 1))
                .check((k, rpe, hr) -> {
                    ImportedActivity a = activity(ActivityKind.values()[k], rpe == 0 ? Optional.empty() : Optional.of(Rpe.of(rpe)),
                            hr == 0 ? OptionalInt.empty() : OptionalInt.of(150));
                    LoadMethod withoutProfile = LoadModel.sessionRpe().method(a.session());
                    return a.load().method() == LoadMethod.TRIMP ? withoutProfile == LoadMethod.ESTIMATED
                            : a.load().method() == withoutProfile;
                });
    }
}
