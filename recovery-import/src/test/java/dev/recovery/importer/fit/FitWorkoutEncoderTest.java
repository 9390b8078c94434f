package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Workout files: what is written, in the protocol's units, and that our decoder reads back exactly the steps written. */
class FitWorkoutEncoderTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 14);

    /** 2 km warm-up, 6 x (800 m at 3:55-4:05/km, 2 min recovery jog), 10 min cool-down. */
    static FitWorkout intervals() {
        return FitWorkout.of("6 x 800 m", DAY,
                FitWorkoutStep.of(FitIntensity.WARM_UP, FitStepDuration.ofMetres(2000), null).withName("Warm-up"),
                FitRepeat.of(6,
                        FitWorkoutStep.of(FitIntensity.ACTIVE, FitStepDuration.ofMetres(800),
                                FitSpeedTarget.ofPaces(Duration.ofSeconds(245), Duration.ofSeconds(235))),
                        FitWorkoutStep.of(FitIntensity.RECOVERY, FitStepDuration.ofTime(Duration.ofMinutes(2)), null)),
                FitWorkoutStep.of(FitIntensity.COOL_DOWN, FitStepDuration.ofTime(Duration.ofMinutes(10)), null));
    }

    static List<FitMessage> messages(byte[] bytes) {
        List<FitMessage> out = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(bytes), "w.fit", out::add);
        return out;
    }

    static FitWorkout decode(byte[] bytes) {
        return FitReader.read(new ByteArrayInputStream(bytes), "w.fit").workout().orElseThrow();
    }

    @Test
    void theFileIsAWorkoutFileForRunning() {
        List<FitMessage> m = messages(FitWorkoutEncoder.encode(intervals()));
        assertEquals(FitProfile.FILE_WORKOUT, m.get(0).value(FitProfile.FILE_ID_TYPE).orElseThrow());
        assertEquals(FitProfile.MESG_WORKOUT, m.get(1).global());
        assertEquals(FitProfile.SPORT_RUNNING, m.get(1).value(FitProfile.WORKOUT_SPORT).orElseThrow());
        assertEquals("6 x 800 m", m.get(1).text(FitProfile.WORKOUT_NAME).orElseThrow());
        assertEquals(5, m.get(1).value(FitProfile.WORKOUT_NUM_VALID_STEPS).orElseThrow());
    }

    @Test
    void distancesAreInCentimetresAndTimesInMilliseconds() {
        List<FitMessage> m = messages(FitWorkoutEncoder.encode(intervals()));
        assertEquals(FitProfile.DURATION_DISTANCE, m.get(2).value(FitProfile.STEP_DURATION_TYPE).orElseThrow());
        assertEquals(200_000, m.get(2).value(FitProfile.STEP_DURATION_VALUE).orElseThrow());
        assertEquals(FitProfile.DURATION_TIME, m.get(4).value(FitProfile.STEP_DURATION_TYPE).orElseThrow());
        assertEquals(120_000, m.get(4).value(FitProfile.STEP_DURATION_VALUE).orElseThrow());
    }

    @Test
    void aPaceRangeIsACustomSpeedTargetInMillimetresPerSecond() {
        FitMessage rep = messages(FitWorkoutEncoder.encode(intervals())).get(3);
        assertEquals(FitProfile.TARGET_SPEED, rep.value(FitProfile.STEP_TARGET_TYPE).orElseThrow());
        assertEquals(0, rep.value(FitProfile.STEP_TARGET_VALUE).orElseThrow());
        assertEquals(4082, rep.value(FitProfile.STEP_CUSTOM_TARGET_LOW).orElseThrow(), "1000 m / 245 s");
        assertEquals(4255, rep.value(FitProfile.STEP_CUSTOM_TARGET_HIGH).orElseThrow(), "1000 m / 235 s");
    }

    @Test
    void aRepeatPointsBackToItsFirstStepWithTheTimesInAll() {
        FitMessage repeat = messages(FitWorkoutEncoder.encode(intervals())).get(5);
        assertEquals(3, repeat.value(FitProfile.FIELD_MESSAGE_INDEX).orElseThrow());
        assertEquals(FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE, repeat.value(FitProfile.STEP_DURATION_TYPE).orElseThrow());
        assertEquals(1, repeat.value(FitProfile.STEP_DURATION_VALUE).orElseThrow());
        assertEquals(6, repeat.value(FitProfile.STEP_TARGET_VALUE).orElseThrow());
    }

    @Test
    void intensitiesAreTheProtocolsValues() {
        List<FitMessage> m = messages(FitWorkoutEncoder.encode(intervals()));
        assertEquals(2, m.get(2).value(FitProfile.STEP_INTENSITY).orElseThrow(), "warm-up");
        assertEquals(0, m.get(3).value(FitProfile.STEP_INTENSITY).orElseThrow(), "active");
        assertEquals(4, m.get(4).value(FitProfile.STEP_INTENSITY).orElseThrow(), "recovery");
        assertEquals(3, m.get(6).value(FitProfile.STEP_INTENSITY).orElseThrow(), "cool-down");
    }

    @Test
    void theDateIsTheFilesCreationTime() {
        FitMessage id = messages(FitWorkoutEncoder.encode(intervals())).get(0);
        assertEquals(DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), id.time(FitProfile.FILE_ID_TIME_CREATED).orElseThrow());
    }

    @Test
    void anIntervalWorkoutReadsBackEqual() {
        assertEquals(intervals(), decode(FitWorkoutEncoder.encode(intervals())));
    }

    @Test
    void writingToAStreamGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FitWorkoutEncoder.write(intervals(), out);
        assertEquals(java.util.Arrays.toString(FitWorkoutEncoder.encode(intervals())), java.util.Arrays.toString(out.toByteArray()));
    }

    @Test
    void aWorkoutFileIsNoActivity() {
        FitContents c = FitReader.read(new ByteArrayInputStream(FitWorkoutEncoder.encode(intervals())), "w.fit");
        assertEquals(List.of(FitFileType.WORKOUT), c.nonActivityTypes());
        assertFalse(c.workout().isEmpty());
    }

    @Test
    void aPaceRangeFasterThanItsSlowestIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> FitSpeedTarget.ofPaces(Duration.ofSeconds(235), Duration.ofSeconds(245)));
    }

    @Test
    void aRepeatOfNoStepsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FitRepeat(3, List.of()));
    }

    @Test
    void aPaceRangeReadsBackWithinATenthOfASecondPerKm() {
        FitSpeedTarget t = FitSpeedTarget.ofPaces(Duration.ofSeconds(300), Duration.ofSeconds(290));
        assertEquals(300_000, t.slowestPerKm().toMillis(), 100, "3333 mm/s is 300.03 s per km");
        assertEquals(290_000, t.fastestPerKm().toMillis(), 100, "3448 mm/s is 290.02 s per km");
    }

    // Generated workouts for the round-trip property.

    static Gen<FitStepDuration> durations() {
        return integers().between(0, 2).zip(integers().between(1, 4_000_000), (kind, v) -> kind == 0
                ? new FitStepDuration(FitStepDuration.Type.DISTANCE, v)
                : kind == 1 ? new FitStepDuration(FitStepDuration.Type.TIME, v * 10L) : FitStepDuration.open());
    }

    static Gen<Optional<FitSpeedTarget>> targets() {
        return integers().between(0, 5000).zip(integers().between(0, 2000), (low, width) -> low == 0 ? Optional.<FitSpeedTarget>empty()
                : Optional.of(new FitSpeedTarget(low, Math.min(FitSpeedTarget.MAX_MILLIMETRES_PER_SECOND, low + width))));
    }

    static Gen<Optional<String>> names() {
        return integers().between(0, 3).map(i -> i == 0 ? Optional.<String>empty() : Optional.of(List.of("Reps", "Jog", "Tempo 20′", "Ruhe")
                .get(i % 4)));
    }

    static Gen<FitWorkoutStep> steps() {
        return names().zip(Generate.enumValues(FitIntensity.class), durations(), targets(), FitWorkoutStep::new);
    }

    static Gen<FitWorkoutItem> items() {
        return integers().between(0, 8).zip(lists().of(steps()).ofSizeBetween(1, 4), integers().between(1, FitRepeat.MAX_TIMES),
                (pick, block, times) -> pick < 6 ? block.get(0) : new FitRepeat(times, block));
    }

    @Test
    void everyGeneratedWorkoutReadsBackExactlyAsWritten() {
        qt().withExamples(300).forAll(lists().of(items()).ofSizeBetween(1, 12), integers().between(0, 40_000))
                .check((items, day) -> {
                    FitWorkout w = new FitWorkout("Session " + day, LocalDate.of(2000, 1, 1).plusDays(day), items);
                    return decode(FitWorkoutEncoder.encode(w)).equals(w);
                });
    }
}
