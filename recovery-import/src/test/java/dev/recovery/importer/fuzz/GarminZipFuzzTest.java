package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Garmin Connect account export zips: DI_CONNECT, the nested upload zips and the FIT files in them.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/GarminZipFuzzTestInputs/anyGarminAccountExportImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class GarminZipFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyGarminAccountExportImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "garmin-export.zip");
    }
}
