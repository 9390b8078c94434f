package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Strava bulk export zips: the zip reader, entry names and the CSV and track files inside.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/StravaZipFuzzTestInputs/anyStravaExportZipImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class StravaZipFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyStravaExportZipImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "export.zip");
    }
}
