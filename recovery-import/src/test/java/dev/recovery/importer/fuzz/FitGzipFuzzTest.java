package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Gzipped FIT files as Strava and Garmin store them: the gzip layer and the FIT decoder under it.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/FitGzipFuzzTestInputs/anyGzippedFitFileImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class FitGzipFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyGzippedFitFileImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "activity.fit.gz");
    }
}
