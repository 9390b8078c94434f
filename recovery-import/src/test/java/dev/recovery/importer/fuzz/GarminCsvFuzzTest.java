package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Garmin Connect's activity list (Activities.csv) in English and German.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/GarminCsvFuzzTestInputs/anyGarminActivityListImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class GarminCsvFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyGarminActivityListImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "Activities.csv");
    }
}
