package dev.recovery.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Strava's activities.csv of each era (2018 legacy, 2020 short, current), without its track files.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/importer/fuzz/StravaCsvFuzzTestInputs/anyStravaActivitiesCsvImportsOrIsRefused/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for {@link FuzzBudget#PER_TARGET}.
 */
class StravaCsvFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyStravaActivitiesCsvImportsOrIsRefused(byte[] data) {
        ImportFuzzing.importBytes(data, "activities.csv");
    }
}
