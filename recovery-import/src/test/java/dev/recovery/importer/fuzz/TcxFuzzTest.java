package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * TCX files (Garmin Training Center), seeded from small real-shaped activities.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/TcxFuzzTestInputs/anyTcxFileImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class TcxFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyTcxFileImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "activity.tcx");
    }
}
