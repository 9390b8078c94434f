package dev.recovery.importer.fit;

import java.time.Instant;

/**
 * The numbers of the FIT profile this product reads and writes: global message numbers, field
 * numbers within them, the scales of their values and the enumerated values used. Taken from the
 * public FIT protocol and profile description (Garmin/ANT, "Flexible and Interoperable Data
 * Transfer (FIT) Protocol", profile 21.x) as also published with the MIT-licensed decoders
 * python-fitparse (David Cooper and contributors) and fit-file-parser (Pierre Jacquier, Dimitrios
 * Kanellopoulos and contributors). Nothing here is copied from the Garmin FIT SDK.
 */
public final class FitProfile {

    /** FIT timestamps count seconds from 1989-12-31T00:00:00Z, the protocol's epoch. */
    public static final Instant EPOCH = Instant.parse("1989-12-31T00:00:00Z");

    /** Message file_id: what kind of file this is, and who made it. */
    public static final int MESG_FILE_ID = 0;
    /** Message sport: the sport of a settings or activity file. */
    public static final int MESG_SPORT = 12;
    /** Message session: one activity of an activity file (several in a multisport file). */
    public static final int MESG_SESSION = 18;
    /** Message lap. */
    public static final int MESG_LAP = 19;
    /** Message record: one sample of the track (position, heart rate, distance so far). */
    public static final int MESG_RECORD = 20;
    /** Message workout: a planned workout's name, sport and number of steps. */
    public static final int MESG_WORKOUT = 26;
    /** Message workout_step: one step of a planned workout. */
    public static final int MESG_WORKOUT_STEP = 27;
    /** Message activity: closes an activity file. */
    public static final int MESG_ACTIVITY = 34;

    /** Field number 253, in any message: the time the message is for (seconds since {@link #EPOCH}). */
    public static final int FIELD_TIMESTAMP = 253;
    /** Field number 254, in any message: the message's index among its kind (workout steps count from 0). */
    public static final int FIELD_MESSAGE_INDEX = 254;

    /** file_id.type (enum file). */
    public static final int FILE_ID_TYPE = 0;
    /** file_id.manufacturer (uint16). */
    public static final int FILE_ID_MANUFACTURER = 1;
    /** file_id.product (uint16). */
    public static final int FILE_ID_PRODUCT = 2;
    /** file_id.serial_number (uint32z). */
    public static final int FILE_ID_SERIAL_NUMBER = 3;
    /** file_id.time_created (date_time). */
    public static final int FILE_ID_TIME_CREATED = 4;

    /** session.start_time (date_time). */
    public static final int SESSION_START_TIME = 2;
    /** session.sport (enum sport). */
    public static final int SESSION_SPORT = 5;
    /** session.sub_sport (enum sub_sport). */
    public static final int SESSION_SUB_SPORT = 6;
    /** session.total_elapsed_time (uint32, milliseconds: scale {@link #TIME_SCALE}). */
    public static final int SESSION_TOTAL_ELAPSED_TIME = 7;
    /** session.total_timer_time (uint32, milliseconds: the moving time, pauses left out). */
    public static final int SESSION_TOTAL_TIMER_TIME = 8;
    /** session.total_distance (uint32, centimetres: scale {@link #DISTANCE_SCALE}). */
    public static final int SESSION_TOTAL_DISTANCE = 9;
    /** session.avg_heart_rate (uint8, bpm). */
    public static final int SESSION_AVG_HEART_RATE = 16;
    /** session.max_heart_rate (uint8, bpm). */
    public static final int SESSION_MAX_HEART_RATE = 17;
    /** session.num_laps (uint16). */
    public static final int SESSION_NUM_LAPS = 26;

    /** lap.start_time (date_time). */
    public static final int LAP_START_TIME = 2;
    /** lap.total_elapsed_time (uint32, milliseconds). */
    public static final int LAP_TOTAL_ELAPSED_TIME = 7;
    /** lap.total_timer_time (uint32, milliseconds). */
    public static final int LAP_TOTAL_TIMER_TIME = 8;
    /** lap.total_distance (uint32, centimetres). */
    public static final int LAP_TOTAL_DISTANCE = 9;
    /** lap.avg_heart_rate (uint8, bpm). */
    public static final int LAP_AVG_HEART_RATE = 15;

    /** record.heart_rate (uint8, bpm). */
    public static final int RECORD_HEART_RATE = 3;
    /** record.distance (uint32, centimetres from the start). */
    public static final int RECORD_DISTANCE = 5;

    /** sport.sport (enum sport). */
    public static final int SPORT_SPORT = 0;
    /** sport.sub_sport (enum sub_sport). */
    public static final int SPORT_SUB_SPORT = 1;

    /** workout.sport (enum sport). */
    public static final int WORKOUT_SPORT = 4;
    /** workout.capabilities (uint32z). */
    public static final int WORKOUT_CAPABILITIES = 5;
    /** workout.num_valid_steps (uint16): the number of workout_step messages. */
    public static final int WORKOUT_NUM_VALID_STEPS = 6;
    /** workout.wkt_name (string). */
    public static final int WORKOUT_NAME = 8;

    /** workout_step.wkt_step_name (string). */
    public static final int STEP_NAME = 0;
    /** workout_step.duration_type (enum wkt_step_duration). */
    public static final int STEP_DURATION_TYPE = 1;
    /**
     * workout_step.duration_value (uint32): milliseconds for time, centimetres for distance, the
     * index of the first repeated step for a repeat.
     */
    public static final int STEP_DURATION_VALUE = 2;
    /** workout_step.target_type (enum wkt_step_target). */
    public static final int STEP_TARGET_TYPE = 3;
    /** workout_step.target_value (uint32): 0 for a custom range; for a repeat, how many times. */
    public static final int STEP_TARGET_VALUE = 4;
    /** workout_step.custom_target_value_low (uint32; for speed, mm/s). */
    public static final int STEP_CUSTOM_TARGET_LOW = 5;
    /** workout_step.custom_target_value_high (uint32; for speed, mm/s). */
    public static final int STEP_CUSTOM_TARGET_HIGH = 6;
    /** workout_step.intensity (enum intensity). */
    public static final int STEP_INTENSITY = 7;

    /** Enum file: an activity recorded by a device. */
    public static final int FILE_ACTIVITY = 4;
    /** Enum file: a planned workout. */
    public static final int FILE_WORKOUT = 5;

    /** Enum sport: running. */
    public static final int SPORT_RUNNING = 1;
    /** Enum sport: transition between the legs of a multisport activity (not an activity of its own). */
    public static final int SPORT_TRANSITION = 3;
    /** Enum sub_sport: generic (none). */
    public static final int SUB_SPORT_GENERIC = 0;

    /** Enum wkt_step_duration: time, in milliseconds. */
    public static final int DURATION_TIME = 0;
    /** Enum wkt_step_duration: distance, in centimetres. */
    public static final int DURATION_DISTANCE = 1;
    /** Enum wkt_step_duration: open (until the lap button). */
    public static final int DURATION_OPEN = 5;
    /** Enum wkt_step_duration: repeat_until_steps_cmplt (repeat the steps from an index a number of times). */
    public static final int DURATION_REPEAT_UNTIL_STEPS_COMPLETE = 6;

    /** Enum wkt_step_target: speed (custom low/high in mm/s when the target value is 0). */
    public static final int TARGET_SPEED = 0;
    /** Enum wkt_step_target: open (no target). */
    public static final int TARGET_OPEN = 2;
    /** target_value 0 with a speed target means "custom range" rather than a speed zone. */
    public static final int TARGET_VALUE_CUSTOM = 0;

    /** Scale of time fields: milliseconds per second. */
    public static final int TIME_SCALE = 1000;
    /** Scale of distance fields: centimetres per metre. */
    public static final int DISTANCE_SCALE = 100;
    /** Scale of speed fields: millimetres per second per metre per second. */
    public static final int SPEED_SCALE = 1000;

    private FitProfile() {
    }

    /**
     * The instant a FIT date_time value names.
     *
     * @param fitSeconds seconds since {@link #EPOCH}, 0 to 4294967294
     * @return the instant
     */
    public static Instant instant(long fitSeconds) {
        return EPOCH.plusSeconds(fitSeconds);
    }

    /**
     * The FIT date_time value of an instant, to the second.
     *
     * @param instant an instant from {@link #EPOCH} to about 2126
     * @return seconds since {@link #EPOCH}
     * @throws IllegalArgumentException if the instant does not fit a FIT date_time
     */
    public static long fitSeconds(Instant instant) {
        long s = instant.getEpochSecond() - EPOCH.getEpochSecond();
        if (s < 0 || s >= FitBaseType.UINT32.invalid()) {
            throw dev.recovery.core.unit.Checks.invalid("time", instant, "a time from 1989-12-31 to 2126");
        }
        return s;
    }
}
