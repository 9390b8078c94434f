package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * FIT files (activities, workouts, monitoring, chained files), seeded from the FIT corpus.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/FitFuzzTestInputs/anyFitFileImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class FitFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyFitFileImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "activity.fit");
    }
}
