package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How an imported session's load is determined: RPE, else heart rate, else an estimate. */
class ImportedLoadTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aRecordedRpeGivesTheLoad() {
        ImportedLoad load = ImportedLoad.choose(ActivityKind.RUN, HOUR, Optional.of(Rpe.of(6)), OptionalInt.of(150));
        assertEquals(LoadBasis.RPE, load.basis());
        assertEquals(ImportedLoad.RULE_RPE, load.reason().ruleId());
        assertEquals(360, load.sessionRpeLoad(HOUR, Optional.of(Rpe.of(6))).orElseThrow(), 1e-9);
    }

    @Test
    void withoutRpeTheHeartRateGivesTheLoad() {
        ImportedLoad load = ImportedLoad.choose(ActivityKind.RUN, HOUR, Optional.empty(), OptionalInt.of(150));
        assertEquals(LoadBasis.HEART_RATE, load.basis());
        assertFalse(load.isEstimated());
        assertTrue(load.sessionRpeLoad(HOUR, Optional.empty()).isEmpty(), "the caller computes TRIMP");
        assertEquals("banister-1975", load.reason().source().id());
    }

    @Test
    void withNeitherTheLoadIsEstimatedFromDurationAndType() {
        ImportedLoad load = ImportedLoad.choose(ActivityKind.RUN, HOUR, Optional.empty(), OptionalInt.empty());
        assertEquals(LoadBasis.ESTIMATE, load.basis());
        assertTrue(load.isEstimated());
        assertEquals(60.0 * LoadEstimates.RUN_RPE, load.sessionRpeLoad(HOUR, Optional.empty()).orElseThrow(), 1e-9);
        assertTrue(load.reason().message().contains("an estimate"), load.reason().message());
    }

    @Test
    void walkingIsEstimatedEasierThanRunning() {
        assertTrue(LoadEstimates.assumedRpe(ActivityKind.WALK).value() < LoadEstimates.assumedRpe(ActivityKind.RUN).value());
    }

    @Test
    void anEstimatedLoadGrowsWithDurationForEveryKind() {
        qt().forAll(integers().between(1, 600), integers().between(0, ActivityKind.values().length - 1)).check((minutes, k) -> {
            ActivityKind kind = ActivityKind.values()[k];
            ImportedLoad load = ImportedLoad.choose(kind, Duration.ofMinutes(minutes), Optional.empty(), OptionalInt.empty());
            double one = load.sessionRpeLoad(Duration.ofMinutes(minutes), Optional.empty()).orElseThrow();
            double more = load.sessionRpeLoad(Duration.ofMinutes(minutes + 1), Optional.empty()).orElseThrow();
            return more > one && one > 0;
        });
    }
}
