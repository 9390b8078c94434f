package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionLoadTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Run HOUR_RUN = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(60), RunType.TEMPO);
    /** Resting 50, maximum 190: a 150 bpm average is HRr = (150 - 50) / (190 - 50) = 100/140 = 0.7142857. */
    private static final HeartRateProfile MAN = HeartRateProfile.of(50, 190, Sex.MALE);
    private static final HeartRateProfile WOMAN = HeartRateProfile.of(50, 190, Sex.FEMALE);

    @Test
    void sessionRpeIsMinutesTimesRpe() {
        // Foster 2001: 60 min x RPE 5 = 300 AU.
        SessionLoad load = LoadModel.sessionRpe().load(HOUR_RUN.withRpe(Rpe.of(5)));
        assertEquals(300, load.au(), 1e-9);
        assertEquals(LoadMethod.SESSION_RPE, load.method());
        assertFalse(load.isEstimated());
    }

    @Test
    void trimpForAManUsesExponent192() {
        // 60 x 0.7142857 x 0.64 x e^(1.92 x 0.7142857) = 27.428571 x e^1.3714286 = 27.428571 x 3.9409621 = 108.0954
        assertEquals(108.0954, Trimp.of(Duration.ofMinutes(60), 150, MAN, TrimpVariant.GOLDENCHEETAH), 1e-4);
    }

    @Test
    void trimpForAWomanUsesExponent167WithGoldenCheetahMultiplier() {
        // 60 x 0.7142857 x 0.64 x e^(1.67 x 0.7142857) = 27.428571 x e^1.1928571 = 27.428571 x 3.2965 = 90.4179
        assertEquals(90.4179, Trimp.of(Duration.ofMinutes(60), 150, WOMAN, TrimpVariant.GOLDENCHEETAH), 1e-4);
    }

    @Test
    void trimpForAWomanByDefaultUsesMortonsMultiplier086() {
        // 60 x 0.7142857 x 0.86 x e^(1.1928571) = 121.4991
        assertEquals(121.4991, Trimp.of(Duration.ofMinutes(60), 150, WOMAN, TrimpVariant.DEFAULT), 1e-3);
        assertEquals(TrimpVariant.MORTON_1990, TrimpVariant.DEFAULT);
    }

    @Test
    void everyTrimpVariantIsSelectableByName() {
        assertEquals(TrimpVariant.MORTON_1990, TrimpVariant.parse("morton-1990"));
        assertEquals(TrimpVariant.GOLDENCHEETAH, TrimpVariant.parse("GoldenCheetah"));
        assertEquals(TrimpVariant.RUNALYZE, TrimpVariant.parse("runalyze"));
    }

    @Test
    void anUnknownTrimpVariantNamesTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrimpVariant.parse("edwards"));
        assertTrue(e.getMessage().contains("edwards") && e.getMessage().contains("morton-1990"), e.getMessage());
    }

    @Test
    void aHeartRateLoadModelUsesTheMortonWeightingByDefault() {
        assertEquals(TrimpVariant.MORTON_1990, LoadModel.sessionRpe().trimpVariant());
    }

    @Test
    void trimpForAWomanInRunalyzesVariantUsesMultiplier0821776() {
        // 60 x 0.7142857 x 0.821776 x e^(1.1928571) = 35.218971 x 3.2965 = 116.0989
        assertEquals(116.0989, Trimp.of(Duration.ofMinutes(60), 150, WOMAN, TrimpVariant.RUNALYZE), 1e-4);
    }

    @Test
    void theRunalyzeVariantDoesNotChangeMen() {
        assertEquals(Trimp.of(Duration.ofMinutes(60), 150, MAN, TrimpVariant.GOLDENCHEETAH),
                Trimp.of(Duration.ofMinutes(60), 150, MAN, TrimpVariant.RUNALYZE), 1e-12);
    }

    @Test
    void averageBelowRestGivesNoTrimpAndAboveMaxIsClampedToMax() {
        assertEquals(0, Trimp.of(Duration.ofMinutes(60), 45, MAN, TrimpVariant.GOLDENCHEETAH), 1e-12);
        assertEquals(Trimp.of(Duration.ofMinutes(60), 190, MAN, TrimpVariant.GOLDENCHEETAH),
                Trimp.of(Duration.ofMinutes(60), 200, MAN, TrimpVariant.GOLDENCHEETAH), 1e-12);
    }

    @Test
    void rpeIsPreferredOverHeartRate() {
        Run both = HOUR_RUN.withRpe(Rpe.of(4)).withAvgHeartRate(150);
        assertEquals(LoadMethod.SESSION_RPE, LoadModel.withHeartRate(MAN).load(both).method());
    }

    @Test
    void heartRateIsUsedWithoutRpeWhenTheProfileIsKnown() {
        SessionLoad load = LoadModel.withHeartRate(MAN).load(HOUR_RUN.withAvgHeartRate(150));
        assertEquals(LoadMethod.TRIMP, load.method());
        assertEquals(108.0954, load.au(), 1e-4);
    }

    @Test
    void heartRateWithoutAProfileFallsBackToAnEstimate() {
        SessionLoad load = LoadModel.sessionRpe().load(HOUR_RUN.withAvgHeartRate(150));
        assertTrue(load.isEstimated());
        // Tempo run estimated at RPE 6: 60 x 6 = 360 AU.
        assertEquals(360, load.au(), 1e-9);
    }

    @Test
    void crossTrainingHeartRateGivesTrimp() {
        CrossTraining bike = new CrossTraining(DAY, CrossActivity.BIKE, Duration.ofMinutes(60), java.util.Optional.empty(),
                java.util.OptionalInt.of(150));
        assertEquals(LoadMethod.TRIMP, LoadModel.withHeartRate(MAN).load(bike).method());
    }

    @Test
    void estimatesFollowTheSessionType() {
        LoadModel model = LoadModel.sessionRpe();
        Duration hour = Duration.ofMinutes(60);
        assertEquals(60 * EstimatedRpe.EASY_RUN, model.au(Run.of(DAY, Distance.ofKm(10), hour, RunType.EASY)), 1e-9);
        assertEquals(60 * EstimatedRpe.RACE, model.au(Run.of(DAY, Distance.ofKm(15), hour, RunType.RACE)), 1e-9);
        assertEquals(60 * EstimatedRpe.WALK, model.au(CrossTraining.of(DAY, CrossActivity.WALK, hour)), 1e-9);
        assertEquals(60 * EstimatedRpe.AEROBIC_CROSS_TRAINING, model.au(CrossTraining.of(DAY, CrossActivity.SWIM, hour)), 1e-9);
        assertEquals(60 * EstimatedRpe.STRENGTH, model.au(StrengthSession.of(DAY, hour)), 1e-9);
        assertEquals(60 * EstimatedRpe.YOGA, model.au(YogaSession.of(DAY, hour)), 1e-9);
    }

    @Test
    void harderRunTypesAreNeverEstimatedEasierThanEasyRuns() {
        for (RunType type : RunType.values()) {
            if (type.isHard()) {
                assertTrue(EstimatedRpe.forRun(type) > EstimatedRpe.forRun(RunType.EASY), type.id());
            }
        }
    }

    @Test
    void aNegativeLoadIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionLoad.of(-5, LoadMethod.SESSION_RPE));
        assertEquals("load: -5 is not allowed; expected a number from 0 to 28800 AU", e.getMessage());
    }

    @Test
    void rpeZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rpe.of(0));
        assertTrue(e.getMessage().startsWith("rpe: 0 is not allowed"), e.getMessage());
    }

    @Test
    void heartRate400IsRefusedForTrimp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trimp.of(Duration.ofMinutes(60), 400, MAN, TrimpVariant.GOLDENCHEETAH));
        assertEquals("avg-hr: 400 is not allowed; expected a whole number from 25 to 250", e.getMessage());
    }

    @Test
    void aProfileWithMaximumBelowRestIsRefused() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> HeartRateProfile.of(110, 105, Sex.MALE));
        assertEquals("max-hr: 105 is not allowed; expected more than the resting heart rate 110", low.getMessage());
    }

    @Test
    void restingHeartRateOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeartRateProfile.of(10, 190, Sex.MALE));
        assertEquals("resting-hr: 10 is not allowed; expected a whole number from 25 to 120", e.getMessage());
    }

    @Test
    void sexParsesShortForms() {
        assertEquals(Sex.FEMALE, Sex.parse("F"));
        assertEquals(Sex.MALE, Sex.parse("male"));
        assertThrows(IllegalArgumentException.class, () -> Sex.parse("x"));
    }

    @Test
    void aStrengthSessionsHeartRateNeverMakesItsLoadTrimp() {
        // Heart rate under-reads resistance work (Foster et al. 2001): without an RPE it is estimated.
        SessionLoad load = LoadModel.withHeartRate(MAN).load(StrengthSession.of(DAY, Duration.ofMinutes(40)).withAvgHeartRate(150));
        assertEquals(LoadMethod.ESTIMATED, load.method());
    }

    @Test
    void aYogaSessionsHeartRateNeverMakesItsLoadTrimp() {
        SessionLoad load = LoadModel.withHeartRate(MAN).load(YogaSession.of(DAY, Duration.ofMinutes(40)).withAvgHeartRate(150));
        assertEquals(LoadMethod.ESTIMATED, load.method());
    }

    @Test
    void aStrengthSessionRefusesAnImplausibleHeartRateNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrengthSession.of(DAY, Duration.ofMinutes(40)).withAvgHeartRate(251));
        assertTrue(e.getMessage().startsWith("avg-hr: 251"), e.getMessage());
    }

    @Test
    void aCrossTrainingSessionWithHeartRateIsLoadedByTrimpWithTheChosenVariant() {
        CrossTraining bike = new CrossTraining(LocalDate.of(2026, 5, 1), CrossActivity.BIKE, Duration.ofMinutes(60),
                Optional.empty(), OptionalInt.of(150));
        LoadModel goldenCheetah = LoadModel.withHeartRate(WOMAN).withTrimpVariant(TrimpVariant.GOLDENCHEETAH);
        assertEquals(LoadMethod.TRIMP, goldenCheetah.method(bike));
        assertEquals(90.4179, goldenCheetah.au(bike), 1e-4);
        assertEquals(121.4991, LoadModel.withHeartRate(WOMAN).au(bike), 1e-3);
    }
}
