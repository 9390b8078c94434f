package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * GPX files through the byte scanner, seeded from a GPSBabel course and GPX in several shapes.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/GpxFuzzTestInputs/anyGpxFileImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class GpxFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyGpxFileImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "track.gpx");
    }
}
