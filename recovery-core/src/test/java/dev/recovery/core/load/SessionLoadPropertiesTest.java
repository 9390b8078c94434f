package dev.recovery.core.load;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Properties of session load whatever the session. */
class SessionLoadPropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void sessionRpeIsExactlyMinutesTimesRpe() {
        qt().forAll(integers().between(1, 600), integers().between(1, 10)).check((minutes, rpe) -> {
            // 10 km at a pace between 2:00 and 20:00/km needs 20-200 min; scale the distance with the minutes instead.
            Run run = Run.of(DAY, Distance.ofKm(minutes / 6.0), Duration.ofMinutes(minutes), RunType.EASY).withRpe(Rpe.of(rpe));
            return Math.abs(LoadModel.sessionRpe().au(run) - minutes * rpe) < 1e-9;
        });
    }

    @Test
    void trimpNeverFallsAsAverageHeartRateRises() {
        qt().forAll(integers().between(40, 80), integers().between(160, 210), integers().between(25, 249), integers().between(0, 1))
                .check((rest, max, hr, sex) -> {
                    HeartRateProfile p = HeartRateProfile.of(rest, max, sex == 0 ? Sex.FEMALE : Sex.MALE);
                    double lower = Trimp.of(Duration.ofMinutes(60), hr, p, TrimpVariant.GOLDENCHEETAH);
                    double higher = Trimp.of(Duration.ofMinutes(60), hr + 1, p, TrimpVariant.GOLDENCHEETAH);
                    return higher >= lower && lower >= 0;
                });
    }

    @Test
    void trimpIsProportionalToDuration() {
        qt().forAll(integers().between(1, 300), integers().between(60, 200)).check((minutes, hr) -> {
            HeartRateProfile p = HeartRateProfile.of(50, 190, Sex.MALE);
            double one = Trimp.of(Duration.ofMinutes(1), hr, p, TrimpVariant.GOLDENCHEETAH);
            return Math.abs(Trimp.of(Duration.ofMinutes(minutes), hr, p, TrimpVariant.GOLDENCHEETAH) - one * minutes) < 1e-9 * minutes;
        });
    }

    @Test
    void everyEstimatedLoadIsAValidSessionLoad() {
        qt().forAll(integers().between(0, RunType.values().length - 1), doubles().between(1, 42)).check((type, km) -> {
            Run run = Run.of(DAY, Distance.ofKm(km), Duration.ofSeconds(Math.round(km * 330)), RunType.values()[type]);
            SessionLoad load = LoadModel.sessionRpe().load(run);
            return load.isEstimated() && load.au() > 0;
        });
    }
}
