package dev.recovery.bench;

import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.Sex;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's data: ten years (3,650 days) of a marathoner's log, about 4,000 sessions, built
 * from a fixed seed so every run measures the same log. Most days hold a run (5-30 km at
 * 5:00-6:30/km); about one day in four adds strength or cross-training. 80% of sessions carry an
 * RPE, 10% only a heart rate, 10% nothing (their load is estimated), so every load path is used.
 */
final class TenYearLog {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final int DAYS = 3650;
    static final LocalDate LAST_DAY = FIRST_DAY.plusDays(DAYS - 1L);
    static final HeartRateProfile PROFILE = HeartRateProfile.of(48, 188, Sex.FEMALE);

    private TenYearLog() {
    }

    static TrainingLog build() {
        Random random = new Random(20261122L);
        RunType[] types = RunType.values();
        List<Session> sessions = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            if (random.nextDouble() < 0.85) {
                double km = 5 + random.nextDouble() * 25;
                long seconds = Math.round(km * (300 + random.nextDouble() * 90));
                Run run = Run.of(date, Distance.ofKm(km), Duration.ofSeconds(seconds), types[random.nextInt(types.length)])
                        .withShoe("shoe-" + (day / 120));
                sessions.add(withEffort(run, random));
            }
            if (random.nextDouble() < 0.25) {
                Duration d = Duration.ofMinutes(20 + random.nextInt(60));
                sessions.add(random.nextBoolean() ? StrengthSession.of(date, d).withRpe(Rpe.of(3 + random.nextInt(5)))
                        : CrossTraining.of(date, CrossActivity.values()[random.nextInt(4)], d).withRpe(Rpe.of(2 + random.nextInt(5))));
            }
        }
        return TrainingLog.of(sessions);
    }

    private static Run withEffort(Run run, Random random) {
        double p = random.nextDouble();
        if (p < 0.8) {
            return run.withRpe(Rpe.of(2 + random.nextInt(8)));
        }
        return p < 0.9 ? run.withAvgHeartRate(120 + random.nextInt(60)) : run;
    }
}
