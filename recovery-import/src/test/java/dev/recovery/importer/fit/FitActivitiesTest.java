package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The benchmark fixture writes files the reader reads as written. */
class FitActivitiesTest {

    @Test
    void anHourAtOnePointASecondReadsBackWithItsHeartRate() {
        byte[] bytes = FitActivities.run(Instant.parse("2024-01-01T07:00:00Z"), 3600, 2.8, 140);
        FitSession s = FitReader.read(new ByteArrayInputStream(bytes), "run.fit").sessions().get(0);
        assertEquals(Duration.ofHours(1), s.timer());
        assertEquals(10_080, s.metres(), 1e-6);
        assertEquals(140, s.avgHeartRate().getAsInt(), 1);
        assertEquals(3601, s.records());
        assertEquals(11, s.lapCount());
    }
}
