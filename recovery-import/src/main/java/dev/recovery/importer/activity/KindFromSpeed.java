package dev.recovery.importer.activity;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Decides what an activity is when its file does not say (a GPX without {@code <type>}, a TCX of
 * sport {@code Other}): the runner's log assumes a run, unless the activity was faster than anyone
 * has ever run that far, in which case it was a ride. The bound is the world record's average speed
 * for the longest record distance the activity covered (from 1,500 m to the marathon), so a fast
 * runner is never taken for a cyclist, while a 40 km outing at 25 km/h (faster than the 2:00:35
 * marathon record's 21.0 km/h) is a ride. Shorter than 1,500 m, nothing is judged: a run is
 * assumed. A runner who knows better says {@code --as run|bike|walk}.
 *
 * <p>The rule is {@value #RULE_ID}; every decision comes with a {@link Reason} the import report
 * shows, so the runner sees what was assumed.
 */
public final class KindFromSpeed {

    /** The rule's stable id. */
    public static final String RULE_ID = "import-kind-from-speed";

    /** World Athletics, men's world records (the fastest humans have run each distance). */
    private static final String WORLD_ATHLETICS = "World Athletics";

    /** 1,500 m: 3:26.00, Hicham El Guerrouj, Rome 1998. */
    public static final RunningRecord RECORD_1500_M = new RunningRecord("1,500 m", 1_500, 206.00,
            new Source("wr-1500m-el-guerrouj-1998", WORLD_ATHLETICS, "1998", "Men's 1500 m world record: Hicham El Guerrouj, 3:26.00, Rome"));
    /** 5,000 m: 12:35.36, Joshua Cheptegei, Monaco 2020. */
    public static final RunningRecord RECORD_5000_M = new RunningRecord("5,000 m", 5_000, 755.36,
            new Source("wr-5000m-cheptegei-2020", WORLD_ATHLETICS, "2020", "Men's 5000 m world record: Joshua Cheptegei, 12:35.36, Monaco"));
    /** 10,000 m: 26:11.00, Joshua Cheptegei, Valencia 2020. */
    public static final RunningRecord RECORD_10000_M = new RunningRecord("10,000 m", 10_000, 1_571.00,
            new Source("wr-10000m-cheptegei-2020", WORLD_ATHLETICS, "2020", "Men's 10,000 m world record: Joshua Cheptegei, 26:11.00, Valencia"));
    /** Marathon: 2:00:35, Kelvin Kiptum, Chicago 2023. */
    public static final RunningRecord RECORD_MARATHON = new RunningRecord("marathon", 42_195, 7_235,
            new Source("wr-marathon-kiptum-2023", WORLD_ATHLETICS, "2023", "Men's marathon world record: Kelvin Kiptum, 2:00:35, Chicago"));

    /** The records, shortest first. */
    public static final List<RunningRecord> RECORDS = List.of(RECORD_1500_M, RECORD_5000_M, RECORD_10000_M, RECORD_MARATHON);

    /** Where a too-short or untimed activity's assumption comes from: the product's own default. */
    private static final Source RUNNERS_LOG = new Source("runners-log-default", "Runner's recovery console", "n.d.",
            "An activity of unknown type in a runner's log is taken to be a run");

    private KindFromSpeed() {
    }

    /**
     * What an untyped activity was, and why.
     *
     * @param kind   {@link ActivityKind#BIKE} if it was faster than the record, else {@link ActivityKind#RUN}
     * @param reason the rule, in words for the runner, and its source
     */
    public record Decision(ActivityKind kind, Reason reason) {
    }

    /**
     * Decides from distance and moving time.
     *
     * @param metres the distance in metres (0 or less if unknown)
     * @param moving the moving time (zero if unknown)
     * @return the kind and the reason shown to the runner
     */
    public static Decision decide(double metres, Duration moving) {
        double seconds = moving.toMillis() / 1000.0;
        RunningRecord bound = null;
        for (RunningRecord r : RECORDS) {
            if (metres >= r.metres()) {
                bound = r;
            }
        }
        if (bound == null || !(seconds > 0)) {
            return new Decision(ActivityKind.RUN, Reason.of(RULE_ID,
                    "The file does not say what the activity was; taken as a run (too short or untimed to judge from its speed).",
                    RUNNERS_LOG));
        }
        double speed = metres / seconds;
        String what = String.format(Locale.ROOT, "%.1f km at %.1f km/h", metres / 1000, speed * 3.6);
        String record = String.format(Locale.ROOT, "the %s world record's %.1f km/h", bound.event(), bound.metresPerSecond() * 3.6);
        if (speed > bound.metresPerSecond()) {
            return new Decision(ActivityKind.BIKE, Reason.of(RULE_ID, "The file does not say what the activity was; "
                    + what + " is faster than " + record + ", so it was taken as a ride.", bound.source()));
        }
        return new Decision(ActivityKind.RUN, Reason.of(RULE_ID, "The file does not say what the activity was; "
                + what + " is within " + record + ", so it was taken as a run.", bound.source()));
    }
}
