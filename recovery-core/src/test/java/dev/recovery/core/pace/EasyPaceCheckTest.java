package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasyPaceCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    /** Goal marathon pace 8:00/mi: easy runs must be 9:30/mi or slower. */
    private static final EasyPaceCheck CHECK = EasyPaceCheck.of(Pace.parse("8:00/mi"));

    private static Run tenMiles(String time, RunType type) {
        return Run.of(DAY, Distance.ofMiles(10), Durations.parse(time), type);
    }

    @Test
    void fastestEasyPaceIsGoalPacePlusNinetySecondsPerMile() {
        assertEquals(570, CHECK.fastestEasyPace().secondsPerMile(), 1e-9);
    }

    @Test
    void anEasyRunExactlyNinetySecondsPerMileSlowerIsNotFlagged() {
        assertTrue(CHECK.check(tenMiles("1:35:00", RunType.EASY)).isEmpty());
    }

    @Test
    void anEasyRunOneSecondPerMileFasterIsFlagged() {
        assertTrue(CHECK.check(tenMiles("1:34:50", RunType.EASY)).isPresent());
    }

    @Test
    void anEasyRunAtGoalPaceIsFlaggedWithRuleIdAndSource() {
        EasyPaceFlag flag = CHECK.check(tenMiles("1:20:00", RunType.EASY)).orElseThrow();
        assertEquals("pace-easy-too-fast", flag.reason().ruleId());
        assertEquals(Sources.POSTMA_CHUNG, flag.reason().source());
        assertEquals(90, flag.secondsPerKmTooFast() * 1.609344, 1e-6);
        assertTrue(flag.reason().message().contains("faster than 5:54/km (9:30/mi)"), flag.reason().message());
    }

    @Test
    void aRecoveryRunTooFastIsFlagged() {
        assertTrue(CHECK.check(tenMiles("1:25:00", RunType.RECOVERY)).isPresent());
    }

    @Test
    void aTempoRunIsNeverFlagged() {
        assertTrue(CHECK.check(tenMiles("1:10:00", RunType.TEMPO)).isEmpty());
    }

    @Test
    void aLongRunIsNotCheckedByTheEasyRule() {
        assertTrue(CHECK.check(tenMiles("1:25:00", RunType.LONG)).isEmpty());
    }

    @Test
    void aLogIsCheckedRunByRunSkippingOtherSessions() {
        List<Session> log = List.of(tenMiles("1:25:00", RunType.EASY), CrossTraining.of(DAY, CrossActivity.BIKE, Duration.ofMinutes(45)),
                tenMiles("1:40:00", RunType.EASY), tenMiles("1:24:00", RunType.RECOVERY));
        List<EasyPaceFlag> flags = CHECK.check(log);
        assertEquals(List.of(log.get(0), log.get(3)), flags.stream().map(EasyPaceFlag::run).toList());
    }

    @Test
    void aGoalTimeGivesItsAveragePace() {
        EasyPaceCheck check = EasyPaceCheck.forGoal(Durations.parse("3:30:00"));
        assertEquals(12_600 / 42.195, check.goalMarathonPace().secondsPerKm(), 1e-6);
    }

    @Test
    void anImpossibleGoalIsRefusedNamingTheGoal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EasyPaceCheck.forGoal(Duration.ofMinutes(100)));
        assertTrue(e.getMessage().startsWith("goal: 1:40:00 for 42.195 km is not allowed"), e.getMessage());
    }

    @Test
    void aGoalPaceTooSlowForAnEasyMarginIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EasyPaceCheck.of(Pace.parse("19:30/km")));
        assertTrue(e.getMessage().startsWith("goal marathon pace: 19:30/km is not allowed"), e.getMessage());
    }

    @Test
    void easyRunsAreFlaggedExactlyWhenFasterThanTheLimit() {
        qt().forAll(doubles().between(200, 500), doubles().between(-120, 120)).check((goal, offset) -> {
            EasyPaceCheck check = EasyPaceCheck.of(Pace.ofSecondsPerKm(goal));
            double runPace = check.fastestEasyPace().secondsPerKm() + offset;
            Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMillis(Math.round(runPace * 10_000)), RunType.EASY);
            boolean flagged = check.check(run).isPresent();
            return offset < -0.01 ? flagged : offset > 0.01 ? !flagged : true;
        });
    }

    @Test
    void hardRunsAreNeverFlagged() {
        qt().forAll(doubles().between(200, 500), doubles().between(150, 700)).check((goal, runPace) -> {
            Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMillis(Math.round(runPace * 10_000)), RunType.INTERVALS);
            return EasyPaceCheck.of(Pace.ofSecondsPerKm(goal)).check(run).isEmpty();
        });
    }
}
