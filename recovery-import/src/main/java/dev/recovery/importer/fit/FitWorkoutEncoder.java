package dev.recovery.importer.fit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;

/**
 * Writes a {@link FitWorkout} as a FIT workout file (file type 5) that Garmin and COROS watches
 * load: a {@code file_id} message (type workout, manufacturer "development", created at the
 * workout's date, midnight UTC), a {@code workout} message (name, sport running, number of steps),
 * and one {@code workout_step} message per step, numbered from 0 by message_index:
 * <ul>
 * <li>intensity warm-up, active, recovery, rest or cool-down;</li>
 * <li>duration type distance (value in centimetres), time (milliseconds) or open;</li>
 * <li>a pace range as target type speed with target value 0 (custom) and custom low/high speeds in
 *     mm/s; no range as target type open;</li>
 * <li>after the steps of a repeated block, a step of duration type {@code repeat_until_steps_cmplt}
 *     whose duration value is the index of the block's first step and whose target value is the
 *     number of times in all.</li>
 * </ul>
 * File names (e.g. {@code 2027-03-14-long-run.fit}) are the caller's.
 */
public final class FitWorkoutEncoder {

    /** file_id.manufacturer 255: "development", for software that is not a device maker's. */
    public static final int MANUFACTURER_DEVELOPMENT = 255;

    private FitWorkoutEncoder() {
    }

    /**
     * The FIT file of a workout.
     *
     * @param workout the workout
     * @return the file's bytes
     * @throws IllegalArgumentException if {@code workout} is null
     */
    public static byte[] encode(FitWorkout workout) {
        dev.recovery.core.unit.Checks.required("workout", workout, "a workout");
        FitWriter w = new FitWriter();
        long created = FitProfile.fitSeconds(workout.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        w.message(FitProfile.MESG_FILE_ID)
                .field(FitProfile.FILE_ID_TYPE, FitBaseType.ENUM, FitProfile.FILE_WORKOUT)
                .field(FitProfile.FILE_ID_MANUFACTURER, FitBaseType.UINT16, MANUFACTURER_DEVELOPMENT)
                .field(FitProfile.FILE_ID_PRODUCT, FitBaseType.UINT16, 0)
                .field(FitProfile.FILE_ID_TIME_CREATED, FitBaseType.UINT32, created)
                .write();
        w.message(FitProfile.MESG_WORKOUT)
                .text(FitProfile.WORKOUT_NAME, workout.name())
                .field(FitProfile.WORKOUT_SPORT, FitBaseType.ENUM, FitProfile.SPORT_RUNNING)
                .field(FitProfile.WORKOUT_NUM_VALID_STEPS, FitBaseType.UINT16, workout.stepCount())
                .write();
        int index = 0;
        for (FitWorkoutItem item : workout.items()) {
            if (item instanceof FitWorkoutStep) {
                step(w, index++, (FitWorkoutStep) item);
            } else {
                FitRepeat repeat = (FitRepeat) item;
                int first = index;
                for (FitWorkoutStep s : repeat.steps()) {
                    step(w, index++, s);
                }
                w.message(FitProfile.MESG_WORKOUT_STEP)
                        .field(FitProfile.FIELD_MESSAGE_INDEX, FitBaseType.UINT16, index++)
                        .field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM, FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE)
                        .field(FitProfile.STEP_DURATION_VALUE, FitBaseType.UINT32, first)
                        .field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, repeat.times())
                        .write();
            }
        }
        return w.toBytes();
    }

    /**
     * Writes the FIT file of a workout to {@code out} (not closed).
     *
     * @param workout the workout
     * @param out     where to write
     * @throws IOException if writing fails
     */
    public static void write(FitWorkout workout, OutputStream out) throws IOException {
        out.write(encode(workout));
    }

    private static void step(FitWriter w, int index, FitWorkoutStep s) {
        FitWriter.Message m = w.message(FitProfile.MESG_WORKOUT_STEP)
                .field(FitProfile.FIELD_MESSAGE_INDEX, FitBaseType.UINT16, index);
        s.name().ifPresent(n -> m.text(FitProfile.STEP_NAME, n));
        int durationType;
        switch (s.duration().type()) {
            case DISTANCE:
                durationType = FitProfile.DURATION_DISTANCE;
                break;
            case TIME:
                durationType = FitProfile.DURATION_TIME;
                break;
            default:
                durationType = FitProfile.DURATION_OPEN;
                break;
        }
        m.field(FitProfile.STEP_DURATION_TYPE, FitBaseType.ENUM, durationType);
        if (s.duration().type() != FitStepDuration.Type.OPEN) {
            m.field(FitProfile.STEP_DURATION_VALUE, FitBaseType.UINT32, s.duration().value());
        }
        if (s.target().isPresent()) {
            m.field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_SPEED)
                    .field(FitProfile.STEP_TARGET_VALUE, FitBaseType.UINT32, FitProfile.TARGET_VALUE_CUSTOM)
                    .field(FitProfile.STEP_CUSTOM_TARGET_LOW, FitBaseType.UINT32, s.target().get().lowMillimetresPerSecond())
                    .field(FitProfile.STEP_CUSTOM_TARGET_HIGH, FitBaseType.UINT32, s.target().get().highMillimetresPerSecond());
        } else {
            m.field(FitProfile.STEP_TARGET_TYPE, FitBaseType.ENUM, FitProfile.TARGET_OPEN);
        }
        m.field(FitProfile.STEP_INTENSITY, FitBaseType.ENUM, s.intensity().number()).write();
    }
}
