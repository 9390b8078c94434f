package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A planned workout's limits at their boundaries, and workout files this product did not write. */
class FitWorkoutModelTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 14);
    static final FitWorkoutStep EASY = FitWorkoutStep.of(FitIntensity.ACTIVE, FitStepDuration.ofMetres(1000), null);

    static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aNameOfAHundredBytesIsAcceptedAndOneMoreRefused() {
        assertEquals(100, FitWorkout.of("a".repeat(100), DAY, EASY).name().length());
        assertEquals("é".repeat(50), FitWorkout.of("é".repeat(50), DAY, EASY).name());
        String m = refusal(() -> FitWorkout.of("a".repeat(101), DAY, EASY));
        assertTrue(m.endsWith("expected a name of 1 to 100 bytes of UTF-8, without NUL"), m);
        refusal(() -> FitWorkout.of("é".repeat(50) + "a", DAY, EASY));
    }

    @Test
    void aBlankNameOrOneWithNulIsRefused() {
        assertTrue(refusal(() -> FitWorkout.of(" ", DAY, EASY)).startsWith("name: "));
        refusal(() -> FitWorkout.of("a\u0000b", DAY, EASY));
        assertTrue(refusal(() -> EASY.withName(" ")).startsWith("step-name: "));
    }

    @Test
    void aWorkoutNeedsAStep() {
        assertTrue(refusal(() -> new FitWorkout("W", DAY, List.of())).startsWith("items: "));
    }

    @Test
    void twoHundredFiftyStepsAreAcceptedAndOneMoreRefused() {
        List<FitWorkoutItem> items = new ArrayList<>(Collections.nCopies(248, EASY));
        items.add(FitRepeat.of(2, EASY));
        assertEquals(250, new FitWorkout("W", DAY, items).stepCount());
        items.add(EASY);
        assertEquals("steps: 251 is not allowed; expected at most 250 steps, repeat steps included",
                refusal(() -> new FitWorkout("W", DAY, items)));
    }

    @Test
    void aRepeatTakesItsStepsAndOneMoreMessage() {
        assertEquals(3, FitRepeat.of(4, EASY, EASY).messageCount());
        assertEquals(1, EASY.messageCount());
    }

    @Test
    void aRepeatIsDoneOneTo99Times() {
        assertEquals(1, FitRepeat.of(1, EASY).times());
        assertEquals(99, FitRepeat.of(99, EASY).times());
        refusal(() -> FitRepeat.of(0, EASY));
        refusal(() -> FitRepeat.of(100, EASY));
    }

    @Test
    void anOpenStepHasNoValue() {
        assertEquals(0, FitStepDuration.open().value());
        String m = refusal(() -> new FitStepDuration(FitStepDuration.Type.OPEN, 1));
        assertEquals("duration: 1 is not allowed; expected 0 for an open step", m);
    }

    @Test
    void aDistanceOrTimeStepIsOneToTheLargestUint() {
        assertEquals(1, new FitStepDuration(FitStepDuration.Type.DISTANCE, 1).value());
        assertEquals(FitStepDuration.MAX_VALUE, new FitStepDuration(FitStepDuration.Type.TIME, FitStepDuration.MAX_VALUE).value());
        assertEquals("duration: 0 is not allowed; expected 1 to 4294967294 centimetres",
                refusal(() -> new FitStepDuration(FitStepDuration.Type.DISTANCE, 0)));
        assertEquals("duration: 4294967295 is not allowed; expected 1 to 4294967294 milliseconds",
                refusal(() -> new FitStepDuration(FitStepDuration.Type.TIME, FitStepDuration.MAX_VALUE + 1)));
    }

    @Test
    void aDistanceIsRoundedToTheCentimetreButNeverToZero() {
        assertEquals(1, FitStepDuration.ofMetres(0.001).value());
        assertEquals(150, FitStepDuration.ofMetres(1.496).value());
        assertEquals(1.5, FitStepDuration.ofMetres(1.5).metres());
        assertEquals(FitStepDuration.MAX_VALUE, FitStepDuration.ofMetres(FitStepDuration.MAX_VALUE / 100.0).value());
    }

    @Test
    void aDistanceOfNothingOrTooFarIsRefused() {
        assertTrue(refusal(() -> FitStepDuration.ofMetres(0)).startsWith("metres: 0"));
        refusal(() -> FitStepDuration.ofMetres(Double.NaN));
        refusal(() -> FitStepDuration.ofMetres(FitStepDuration.MAX_VALUE / 100.0 + 0.01));
    }

    @Test
    void aTimeIsOneMillisecondToTheLargestUint() {
        assertEquals(1, FitStepDuration.ofTime(Duration.ofMillis(1)).value());
        assertEquals(Duration.ofMillis(FitStepDuration.MAX_VALUE), FitStepDuration.ofTime(Duration.ofMillis(FitStepDuration.MAX_VALUE)).time());
        refusal(() -> FitStepDuration.ofTime(Duration.ZERO));
        refusal(() -> FitStepDuration.ofTime(Duration.ofMillis(-1)));
        assertTrue(refusal(() -> FitStepDuration.ofTime(Duration.ofMillis(FitStepDuration.MAX_VALUE + 1))).startsWith("time: "));
    }

    @Test
    void eachDurationAnswersOnlyForItsOwnType() {
        assertEquals(Duration.ZERO, FitStepDuration.ofMetres(100).time());
        assertEquals(0, FitStepDuration.ofTime(Duration.ofMinutes(1)).metres());
        assertEquals(Duration.ofMinutes(1), FitStepDuration.ofTime(Duration.ofMinutes(1)).time());
    }

    @Test
    void speedsAreOneTo20000MillimetresPerSecond() {
        assertEquals(1, new FitSpeedTarget(1, 1).lowMillimetresPerSecond());
        assertEquals(20_000, new FitSpeedTarget(20_000, 20_000).highMillimetresPerSecond());
        assertTrue(refusal(() -> new FitSpeedTarget(0, 10)).startsWith("low-speed: 0"));
        refusal(() -> new FitSpeedTarget(20_001, 20_001));
        assertEquals("high-speed: 9 is not allowed; expected 10 (the low speed) to 20000 mm/s", refusal(() -> new FitSpeedTarget(10, 9)));
        refusal(() -> new FitSpeedTarget(10, 20_001));
    }

    @Test
    void aPaceRangeOfOnePaceIsAllowed() {
        FitSpeedTarget t = FitSpeedTarget.ofPaces(Duration.ofSeconds(250), Duration.ofSeconds(250));
        assertEquals(4000, t.lowMillimetresPerSecond());
        assertEquals(4000, t.highMillimetresPerSecond());
        assertEquals(Duration.ofSeconds(250), t.slowestPerKm());
        assertEquals(Duration.ofSeconds(250), t.fastestPerKm());
    }

    @Test
    void aPaceOfNothingIsRefused() {
        assertTrue(refusal(() -> FitSpeedTarget.ofPaces(Duration.ofSeconds(250), Duration.ZERO)).startsWith("fastest-pace: "));
        refusal(() -> FitSpeedTarget.ofPaces(Duration.ofSeconds(250), Duration.ofSeconds(-1)));
    }

    @Test
    void anExtremelySlowPaceIsStillOneMillimetrePerSecond() {
        assertEquals(1, FitSpeedTarget.ofPaces(Duration.ofSeconds(10_000_000), Duration.ofSeconds(10_000_000)).lowMillimetresPerSecond());
    }

    @Test
    void intensitiesOutsideTheModelAreNone() {
        assertEquals(Optional.of(FitIntensity.RECOVERY), FitIntensity.of(4));
        assertEquals(Optional.empty(), FitIntensity.of(5));
        assertEquals(2, FitIntensity.WARM_UP.number());
    }

    @Test
    void theWriterTakesIntegerFieldsOfOneToFourBytes() {
        FitWriter w = new FitWriter();
        assertThrows(IllegalArgumentException.class, () -> w.message(20).field(1, FitBaseType.STRING, 0));
        assertThrows(IllegalArgumentException.class, () -> w.message(20).field(1, FitBaseType.UINT64, 0));
        w.message(20).field(1, FitBaseType.UINT32, 7).write();
        assertEquals(7, messages(w.toBytes()).get(0).value(1).orElseThrow());
    }

    @Test
    void theWriterTakesTextsOfUpTo254Bytes() {
        FitWriter w = new FitWriter();
        w.message(26).text(8, "a".repeat(254)).write();
        assertEquals(254, messages(w.toBytes()).get(0).text(8).orElseThrow().length());
        assertThrows(IllegalArgumentException.class, () -> new FitWriter().message(26).text(8, "a".repeat(255)));
    }

    @Test
    void theWriterWritesProtocolTwoAndProfile2140() {
        byte[] bytes = new FitWriter().toBytes();
        assertEquals(0x20, bytes[1]);
        assertEquals(2140, (bytes[2] & 0xFF) | (bytes[3] & 0xFF) << 8);
        assertEquals(16, bytes.length);
    }

    static List<FitMessage> messages(byte[] bytes) {
        List<FitMessage> out = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(bytes), "w.fit", out::add);
        return out;
    }

    // Workout files from elsewhere.

    static FitWriter workoutFile() {
        FitWriter w = new FitWriter();
        w.message(FitProfile.MESG_FILE_ID).field(FitProfile.FILE_ID_TYPE, FitBaseType.ENUM, FitProfile.FILE_WORKOUT).write();
        return w;
    }

    static FitWriter.Message step(FitWriter w, int index, int durationType, long value) {
        return w.message(FitProfile.MESG_WORKOUT_STEP).field(FitProfile.FIELD_MESSAGE_INDEX, FitBaseType.UINT16, index)
                .field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM, durationType)
                .field(FitProfile.STEP_DURATION_VALUE, FitBaseType.UINT32, value);
    }

    static Optional<FitWorkout> decode(FitWriter w) {
        return FitReader.read(new ByteArrayInputStream(w.toBytes()), "w.fit").workout();
    }

    static String decodeRefusal(FitWriter w) {
        return assertThrows(ImportException.class, () -> decode(w)).getMessage();
    }

    @Test
    void aWorkoutFileWithoutWorkoutMessageHasNoWorkout() {
        FitWriter w = workoutFile();
        step(w, 0, FitProfile.DURATION_DISTANCE, 100_000).write();
        assertEquals(Optional.empty(), decode(w));
    }

    @Test
    void withoutNameOrCreationTimeAWorkoutIsCalledWorkoutOnTheEpochsDay() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).field(FitProfile.WORKOUT_SPORT, FitBaseType.ENUM, 1).write();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "Second").write();
        step(w, 0, FitProfile.DURATION_DISTANCE, 100_000).write();
        FitWorkout workout = decode(w).orElseThrow();
        assertEquals("Workout", workout.name(), "the first workout message is the workout");
        assertEquals(LocalDate.of(1989, 12, 31), workout.date());
        assertEquals(List.of(FitWorkoutStep.of(FitIntensity.ACTIVE, FitStepDuration.ofMetres(1000), null)), workout.items());
    }

    @Test
    void theFirstCreationTimeGivesTheDate() {
        FitWriter w = new FitWriter();
        long created = FitProfile.fitSeconds(DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        w.message(FitProfile.MESG_FILE_ID).field(FitProfile.FILE_ID_TYPE, FitBaseType.ENUM, FitProfile.FILE_WORKOUT)
                .field(FitProfile.FILE_ID_TIME_CREATED, FitBaseType.UINT32, created).write();
        w.message(FitProfile.MESG_FILE_ID).field(FitProfile.FILE_ID_TYPE, FitBaseType.ENUM, FitProfile.FILE_WORKOUT)
                .field(FitProfile.FILE_ID_TIME_CREATED, FitBaseType.UINT32, created + 86_400 * 3).write();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, FitProfile.DURATION_TIME, 60_000).write();
        assertEquals(DAY, decode(w).orElseThrow().date());
    }

    @Test
    void aHeartRateDurationAndAZoneTargetReadAsOpenAndNone() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, 2, 150).field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_SPEED)
                .field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, 3)
                .field(FitProfile.STEP_CUSTOM_TARGET_LOW, FitBaseType.UINT32, 3000)
                .field(FitProfile.STEP_CUSTOM_TARGET_HIGH, FitBaseType.UINT32, 3500)
                .field(FitProfile.STEP_INTENSITY, FitBaseType.ENUM, 5).write();
        assertEquals(List.of(FitWorkoutStep.of(FitIntensity.ACTIVE, FitStepDuration.open(), null)), decode(w).orElseThrow().items());
    }

    @Test
    void aSpeedTargetNeedsBothEnds() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, FitProfile.DURATION_TIME, 60_000).field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_SPEED)
                .field(FitProfile.STEP_CUSTOM_TARGET_LOW, FitBaseType.UINT32, 3000).write();
        step(w, 1, FitProfile.DURATION_TIME, 60_000).field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_SPEED)
                .field(FitProfile.STEP_CUSTOM_TARGET_HIGH, FitBaseType.UINT32, 3000).write();
        step(w, 2, FitProfile.DURATION_TIME, 60_000).field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_SPEED)
                .field(FitProfile.STEP_CUSTOM_TARGET_LOW, FitBaseType.UINT32, 3000)
                .field(FitProfile.STEP_CUSTOM_TARGET_HIGH, FitBaseType.UINT32, 3500).write();
        List<FitWorkoutItem> items = decode(w).orElseThrow().items();
        assertEquals(Optional.empty(), ((FitWorkoutStep) items.get(0)).target());
        assertEquals(Optional.empty(), ((FitWorkoutStep) items.get(1)).target());
        assertEquals(Optional.of(new FitSpeedTarget(3000, 3500)), ((FitWorkoutStep) items.get(2)).target());
    }

    @Test
    void aRepeatGathersTheStepsFromItsIndexAndLeavesEarlierOnesAlone() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, FitProfile.DURATION_DISTANCE, 200_000).write();
        step(w, 1, FitProfile.DURATION_DISTANCE, 80_000).write();
        step(w, 2, FitProfile.DURATION_TIME, 120_000).write();
        step(w, 3, FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE, 1).field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, 99).write();
        List<FitWorkoutItem> items = decode(w).orElseThrow().items();
        assertEquals(2, items.size());
        assertEquals(FitStepDuration.ofMetres(2000), ((FitWorkoutStep) items.get(0)).duration());
        assertEquals(99, ((FitRepeat) items.get(1)).times());
        assertEquals(2, ((FitRepeat) items.get(1)).steps().size());
    }

    @Test
    void stepsWithoutIndexAreNumberedInFileOrder() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        w.message(FitProfile.MESG_WORKOUT_STEP).field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM, FitProfile.DURATION_OPEN).write();
        w.message(FitProfile.MESG_WORKOUT_STEP).field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM, FitProfile.DURATION_OPEN).write();
        w.message(FitProfile.MESG_WORKOUT_STEP).field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM,
                FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE).field(FitProfile.STEP_DURATION_VALUE, FitBaseType.UINT32, 1)
                .field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, 2).write();
        List<FitWorkoutItem> items = decode(w).orElseThrow().items();
        assertEquals(2, items.size());
        assertEquals(1, ((FitRepeat) items.get(1)).steps().size());
    }

    @Test
    void aRepeatOfAStepNotItsOwnIsRefusedAtItsOffset() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, FitProfile.DURATION_DISTANCE, 80_000).write();
        step(w, 1, FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE, 7).field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, 3).write();
        String m = decodeRefusal(w);
        assertTrue(m.startsWith("w.fit byte "), m);
        assertTrue(m.endsWith(": a repeat step (index 1) repeating from step 7 3 times; expected an earlier step of its own and 1 to 99 times"),
                m);
    }

    @Test
    void aRepeatOfZeroOrAHundredTimesIsRefused() {
        for (int times : new int[] {0, 100}) {
            FitWriter w = workoutFile();
            w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
            step(w, 0, FitProfile.DURATION_DISTANCE, 80_000).write();
            step(w, 1, FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE, 0).field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, times)
                    .write();
            assertTrue(decodeRefusal(w).contains("repeating from step 0 " + times + " times"));
        }
        FitWriter once = workoutFile();
        once.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(once, 0, FitProfile.DURATION_DISTANCE, 80_000).write();
        step(once, 1, FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE, 0).field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, 1).write();
        assertEquals(1, ((FitRepeat) decode(once).orElseThrow().items().get(0)).times());
    }

    @Test
    void twoHundredFiftyOneStepsAreRefused() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        for (int i = 0; i < FitWorkout.MAX_STEPS; i++) {
            step(w, i, FitProfile.DURATION_OPEN, 0).write();
        }
        assertEquals(FitWorkout.MAX_STEPS, decode(w).orElseThrow().stepCount());
        step(w, FitWorkout.MAX_STEPS, FitProfile.DURATION_OPEN, 0).write();
        assertTrue(decodeRefusal(w).endsWith(": more than 250 workout steps"));
    }

    @Test
    void aStepThatCannotBeModelledIsRefused() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        step(w, 0, FitProfile.DURATION_DISTANCE, 0).write();
        assertTrue(decodeRefusal(w).contains(": a workout step cannot be read: duration: 0 is not allowed"));
    }

    @Test
    void aWorkoutOfNoStepsIsRefused() {
        FitWriter w = workoutFile();
        w.message(FitProfile.MESG_WORKOUT).text(FitProfile.WORKOUT_NAME, "W").write();
        assertTrue(decodeRefusal(w).contains(": the workout cannot be read: items: "));
    }
}
