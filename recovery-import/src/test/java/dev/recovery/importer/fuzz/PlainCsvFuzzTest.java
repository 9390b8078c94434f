package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The plain CSV (date,distance,duration,type,rpe) a runner writes by hand.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/PlainCsvFuzzTestInputs/anyPlainCsvImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class PlainCsvFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyPlainCsvImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "history.csv");
    }
}
