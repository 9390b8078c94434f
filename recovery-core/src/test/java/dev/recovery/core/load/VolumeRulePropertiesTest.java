package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The volume rules fire exactly at their thresholds. */
class VolumeRulePropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void theTenPercentRuleFiresExactlyAboveTenPercent() {
        qt().forAll(doubles().between(1, 200), doubles().between(0, 400)).check((before, now) ->
                TenPercentRule.check(Distance.ofKm(before), Distance.ofKm(now)).isPresent() == (now * 1000 > before * 1000 * 1.1));
    }

    @Test
    void aRunIsASpikeExactlyWhenMoreThanTenPercentLongerThanTheLongestOfThirtyDays() {
        qt().forAll(doubles().between(2, 40), doubles().between(2, 40), integers().between(1, 30)).check((earlier, now, daysAgo) -> {
            Run run = run(DAY, now);
            TrainingLog log = TrainingLog.of(run(DAY.minusDays(daysAgo), earlier), run);
            return SingleRunSpike.check(log, run).isPresent() == (run.distance().metres() > Distance.ofKm(earlier).metres() * 1.1);
        });
    }

    @Test
    void inWholeMetresTheTenPercentRuleAllowsExactlyWhenTenTimesThisWeekIsAtMostElevenTimesTheLast() {
        qt().withExamples(500).forAll(integers().between(1, 300_000), integers().between(0, 400_000)).check((last, now) ->
                TenPercentRule.check(Distance.ofMetres(last), Distance.ofMetres(now)).isEmpty() == (10L * now <= 11L * last));
    }

    @Test
    void atTheTenPercentLimitInWholeMetresAWeekIsAllowedAndOneMetreMoreIsNot() {
        qt().forAll(integers().between(1, 30_000)).check(tens -> {
            Distance last = Distance.ofMetres(tens * 10.0);
            Distance limit = Distance.ofMetres(tens * 11.0);
            return TenPercentRule.check(last, limit).isEmpty()
                    && TenPercentRule.check(last, limit.plus(Distance.ofMetres(1))).isPresent();
        });
    }

    @Test
    void inWholeMetresARunIsASpikeExactlyWhenTenTimesItIsAboveElevenTimesTheLongest() {
        qt().forAll(integers().between(1, 60_000), integers().between(1, 80_000)).check((earlier, now) -> {
            Run run = Run.of(DAY, Distance.ofMetres(now), Duration.ofSeconds(Math.max(1, now / 3)), RunType.EASY);
            Run before = Run.of(DAY.minusDays(5), Distance.ofMetres(earlier), Duration.ofSeconds(Math.max(1, earlier / 3)),
                    RunType.EASY);
            return SingleRunSpike.check(TrainingLog.of(before, run), run).isPresent() == (10L * now > 11L * earlier);
        });
    }
}
