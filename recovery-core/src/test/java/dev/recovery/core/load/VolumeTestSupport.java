package dev.recovery.core.load;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.time.LocalDate;

/** Small builders shared by the load tests. */
final class VolumeTestSupport {

    private VolumeTestSupport() {
    }

    /** An easy run of {@code km} at 6:00/km. */
    static Run run(LocalDate day, double km) {
        return Run.of(day, Distance.ofKm(km), Duration.ofSeconds(Math.round(km * 360)), RunType.EASY);
    }
}
