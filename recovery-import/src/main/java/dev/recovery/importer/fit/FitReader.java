package dev.recovery.importer.fit;

import dev.recovery.importer.safety.ImportException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads what the runner's log needs from a FIT stream: each session of its activity files (sport,
 * start, distance, moving and elapsed time, heart rate, laps), and the planned workout of a workout
 * file. Other kinds of file (settings, monitoring, weight...) are recognised by their type and hold
 * nothing read here.
 *
 * <p>Heart rate: the session's average and maximum where it recorded them, else computed from the
 * record messages since the previous session (a time-unweighted mean, as devices compute it). A
 * multisport file's transition sessions are left out. An activity file that has records but no
 * session (a device that lost power before saving its summary) gives one session from its records.
 *
 * <p>All-or-nothing: any damage throws {@link ImportException} with the file's name and byte offset,
 * and nothing is returned.
 */
public final class FitReader {

    /** The most sessions accepted in one stream: a multisport race has a handful; more is a crafted file. */
    public static final int MAX_SESSIONS = 1_000;
    /**
     * The most laps kept in one stream, all sessions together (more are counted, not kept), so that
     * memory stays bounded: a 24-hour race lapped every 400 m has about 500.
     */
    public static final int MAX_LAPS_KEPT = 5_000;

    private final String name;
    private final List<FitFileType> types = new ArrayList<>();
    private final List<FitSession> sessions = new ArrayList<>();
    private final List<FitLap> laps = new ArrayList<>();
    private final FitWorkoutDecoder workout;
    private final boolean workouts;
    private FitFileType currentType;
    private FitSport fileSport;
    private int lapsKept;
    private int lapsSeen;
    private long hrSum;
    private int hrCount;
    private int hrMax;
    private int records;
    private long firstRecord = -1;
    private long lastRecord = -1;
    private long lastRecordCentimetres;
    private int sessionsInFile;

    private FitReader(String name, boolean workouts) {
        this.name = name;
        this.workout = new FitWorkoutDecoder(name);
        this.workouts = workouts;
    }

    /**
     * Reads a FIT stream (one file, or several chained).
     *
     * @param in   the bytes, already un-gzipped; read to the end, not closed
     * @param name the file as the runner knows it, for messages
     * @return its contents
     * @throws ImportException naming the file and byte offset if it is empty, not FIT, truncated or corrupt
     */
    public static FitContents read(InputStream in, String name) {
        return read(in, name, true);
    }

    /**
     * Reads the sessions of a FIT stream, leaving its workouts undecoded: an importer has no use for
     * them, and a workout this product cannot model (nested repeats, heart-rate targets) must not
     * stop the import of a sound file.
     *
     * @param in   the bytes, already un-gzipped; read to the end, not closed
     * @param name the file as the runner knows it, for messages
     * @return its contents, without a workout
     * @throws ImportException naming the file and byte offset if it is empty, not FIT, truncated or corrupt
     */
    public static FitContents readActivities(InputStream in, String name) {
        return read(in, name, false);
    }

    private static FitContents read(InputStream in, String name, boolean workouts) {
        FitReader r = new FitReader(name, workouts);
        try {
            FitDecoder.decode(in, name, new FitDecoder.Handler() {
                @Override
                public void message(FitMessage message) {
                    r.message(message);
                }

                @Override
                public void fileStart(int index, long offset) {
                    r.endFile();
                    r.currentType = null;
                }
            });
            r.endFile();
        } catch (IllegalArgumentException e) {
            // A field redefined with a signed or wider type decodes to a value no lap or session can
            // have (a negative time, say); that is a corrupt file, not a bug (found by fuzzing).
            throw new ImportException(name, "", "not a sound FIT file: a value out of range (" + e.getMessage() + ")", e);
        }
        return new FitContents(r.types, r.sessions, r.workout.result());
    }

    private void message(FitMessage m) {
        switch (m.global()) {
            case FitProfile.MESG_FILE_ID:
                if (currentType == null) {
                    currentType = FitFileType.of(m.value(FitProfile.FILE_ID_TYPE).orElse(-1));
                    types.add(currentType);
                    m.value(FitProfile.FILE_ID_TIME_CREATED).ifPresent(workout::created);
                }
                break;
            case FitProfile.MESG_RECORD:
                record(m);
                break;
            case FitProfile.MESG_LAP:
                lap(m);
                break;
            case FitProfile.MESG_SESSION:
                session(m);
                break;
            case FitProfile.MESG_SPORT:
                fileSport = FitSport.of(m.value(FitProfile.SPORT_SPORT).orElse(-1), m.value(FitProfile.SPORT_SUB_SPORT).orElse(-1));
                break;
            case FitProfile.MESG_WORKOUT:
            case FitProfile.MESG_WORKOUT_STEP:
                // An activity file may carry the workout that was followed; only a workout file's is the content.
                if (workouts && currentType == FitFileType.WORKOUT) {
                    workout.message(m);
                }
                break;
            default:
                break;
        }
    }

    private void record(FitMessage m) {
        records++;
        OptionalLong hr = m.value(FitProfile.RECORD_HEART_RATE);
        if (hr.isPresent() && hr.getAsLong() > 0) {
            hrSum += hr.getAsLong();
            hrCount++;
            hrMax = Math.max(hrMax, (int) hr.getAsLong());
        }
        // Kept as FIT seconds: a record a second is the decoder's hot path.
        OptionalLong t = m.value(FitProfile.FIELD_TIMESTAMP);
        if (t.isPresent()) {
            if (firstRecord < 0) {
                firstRecord = t.getAsLong();
            }
            lastRecord = t.getAsLong();
        }
        OptionalLong d = m.value(FitProfile.RECORD_DISTANCE);
        if (d.isPresent()) {
            lastRecordCentimetres = d.getAsLong();
        }
    }

    private void lap(FitMessage m) {
        lapsSeen++;
        if (lapsKept++ < MAX_LAPS_KEPT) {
            laps.add(new FitLap(m.time(FitProfile.LAP_START_TIME), millis(m, FitProfile.LAP_TOTAL_ELAPSED_TIME),
                    millis(m, FitProfile.LAP_TOTAL_TIMER_TIME), metres(m, FitProfile.LAP_TOTAL_DISTANCE),
                    bpm(m, FitProfile.LAP_AVG_HEART_RATE)));
        }
    }

    private void session(FitMessage m) {
        FitSport sport = FitSport.of(m.value(FitProfile.SESSION_SPORT).orElse(-1), m.value(FitProfile.SESSION_SUB_SPORT).orElse(-1));
        if (!sport.isTransition()) {
            Optional<Instant> start = m.time(FitProfile.SESSION_START_TIME).or(this::firstRecordTime)
                    .or(() -> m.time(FitProfile.FIELD_TIMESTAMP));
            if (start.isEmpty()) {
                throw new ImportException(name, "byte " + m.offset(), "a session without a start time or any timed record;"
                        + " nothing to import");
            }
            Duration elapsed = millis(m, FitProfile.SESSION_TOTAL_ELAPSED_TIME);
            Duration timer = millis(m, FitProfile.SESSION_TOTAL_TIMER_TIME);
            if (timer.isZero()) {
                timer = elapsed;
            }
            OptionalInt avg = bpm(m, FitProfile.SESSION_AVG_HEART_RATE);
            OptionalInt max = bpm(m, FitProfile.SESSION_MAX_HEART_RATE);
            int lapCount = (int) m.value(FitProfile.SESSION_NUM_LAPS).orElse(lapsSeen);
            add(new FitSession(sport, start.get(), elapsed, timer, metres(m, FitProfile.SESSION_TOTAL_DISTANCE),
                    avg.isPresent() ? avg : recordsAverage(), max.isPresent() ? max : recordsMax(), laps, lapCount, records),
                    m.offset());
        }
        resetLeg();
    }

    /** At the end of each file: an activity file with records and no session gets one from its records. */
    private void endFile() {
        if (currentType == FitFileType.ACTIVITY && sessionsInFile == 0 && records > 0 && firstRecord >= 0) {
            Duration elapsed = Duration.ofSeconds(Math.max(0, lastRecord - firstRecord));
            add(new FitSession(fileSport == null ? FitSport.of(-1, -1) : fileSport, FitProfile.instant(firstRecord), elapsed, elapsed,
                    lastRecordCentimetres / (double) FitProfile.DISTANCE_SCALE, recordsAverage(), recordsMax(), laps, lapsSeen,
                    records), -1);
        }
        resetLeg();
        sessionsInFile = 0;
        fileSport = null;
    }

    private void add(FitSession s, long offset) {
        if (sessions.size() >= MAX_SESSIONS) {
            throw new ImportException(name, offset < 0 ? "" : "byte " + offset, "more than " + MAX_SESSIONS
                    + " sessions; no recorded activity has so many (a damaged or crafted file)");
        }
        sessions.add(s);
        sessionsInFile++;
    }

    private void resetLeg() {
        laps.clear();
        lapsSeen = 0;
        hrSum = 0;
        hrCount = 0;
        hrMax = 0;
        records = 0;
        firstRecord = -1;
        lastRecord = -1;
        lastRecordCentimetres = 0;
    }

    private Optional<Instant> firstRecordTime() {
        return firstRecord < 0 ? Optional.empty() : Optional.of(FitProfile.instant(firstRecord));
    }

    private OptionalInt recordsAverage() {
        return hrCount == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(hrSum / (double) hrCount));
    }

    private OptionalInt recordsMax() {
        return hrCount == 0 ? OptionalInt.empty() : OptionalInt.of(hrMax);
    }

    private static Duration millis(FitMessage m, int field) {
        return Duration.ofMillis(m.value(field).orElse(0));
    }

    private static double metres(FitMessage m, int field) {
        return m.value(field).orElse(0) / (double) FitProfile.DISTANCE_SCALE;
    }

    private static OptionalInt bpm(FitMessage m, int field) {
        OptionalLong v = m.value(field);
        return v.isPresent() && v.getAsLong() > 0 ? OptionalInt.of((int) v.getAsLong()) : OptionalInt.empty();
    }
}
