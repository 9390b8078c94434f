package dev.recovery.core.pace;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The easy-pace rule (docs/reference/paces.md; Chung, in Postma and Chung): easy runs should be at least 90 seconds per
 * mile (about 56 s/km) slower than goal marathon pace. Beginners often run their easy days at
 * their goal pace, which leaves no room to recover between the hard days.
 *
 * <p>Only runs logged as {@code easy} or {@code recovery} are checked: long runs, tempo, intervals
 * and marathon-pace runs are meant to be harder. A run exactly 90 s/mile slower than goal pace
 * passes.
 *
 * @param goalMarathonPace the pace of the goal marathon time
 * @since 0.1.0
 */
public record EasyPaceCheck(Pace goalMarathonPace) {

    /** The rule id of a flagged run. */
    public static final String RULE_ID = "pace-easy-too-fast";
    /** How much slower than goal marathon pace easy runs must be: 90 s per mile (docs/reference/paces.md; Chung, in Postma and Chung). */
    public static final double EASY_MARGIN_SECONDS_PER_MILE = 90;
    /** Comparison slack, in s/km, so a run exactly on the limit is not flagged by floating-point rounding. */
    private static final double SLACK_SECONDS_PER_KM = 1e-6;

    /** @throws IllegalArgumentException if the pace is missing or so slow that the easy limit would exceed 20:00/km */
    public EasyPaceCheck {
        Checks.required("goal marathon pace", goalMarathonPace, "a pace such as 5:00/km");
        double margin = marginSecondsPerKm();
        if (goalMarathonPace.secondsPerKm() + margin > Pace.MAX_SECONDS_PER_KM) {
            throw Checks.invalidFormatted("goal marathon pace", goalMarathonPace.toString(),
                    "a pace no slower than " + Pace.ofSecondsPerKm(Pace.MAX_SECONDS_PER_KM - margin)
                            + ", so that easy pace (90 s/mile slower) stays within 20:00/km");
        }
    }

    /** The check for a goal marathon pace. */
    public static EasyPaceCheck of(Pace goalMarathonPace) {
        return new EasyPaceCheck(goalMarathonPace);
    }

    /**
     * The check for a goal marathon time.
     *
     * @throws IllegalArgumentException naming {@code goal} if the time is outside what
     *                                  {@link Vdot#fromGoal(Duration)} accepts
     */
    public static EasyPaceCheck forGoal(Duration goalMarathonTime) {
        Vdot.fromGoal(goalMarathonTime); // validates the goal with the same bounds as everywhere else
        return new EasyPaceCheck(Pace.of(RaceDistance.MARATHON.distance(), goalMarathonTime));
    }

    /** The fastest pace an easy run may be: goal marathon pace plus 90 s/mile. */
    public Pace fastestEasyPace() {
        return goalMarathonPace.plusSecondsPerKm(marginSecondsPerKm());
    }

    /** True if this run is one the rule applies to: an easy or recovery run. */
    public static boolean applies(Run run) {
        return run.type() == RunType.EASY || run.type() == RunType.RECOVERY;
    }

    /**
     * Checks one run: a flag if it is an easy or recovery run faster than {@link #fastestEasyPace()}.
     *
     * @throws IllegalArgumentException if {@code run} is missing
     */
    public Optional<EasyPaceFlag> check(Run run) {
        Checks.required("run", run, "a logged run");
        Pace limit = fastestEasyPace();
        Pace pace = run.pace();
        if (!applies(run) || pace.secondsPerKm() >= limit.secondsPerKm() - SLACK_SECONDS_PER_KM) {
            return Optional.empty();
        }
        String message = "The " + run.type().id() + " run on " + run.date() + " (" + run.distance() + " in "
                + Durations.format(run.duration()) + ") averaged " + describe(pace) + ", faster than " + describe(limit)
                + ", which is goal marathon pace " + describe(goalMarathonPace)
                + " plus 90 s/mile. Keep easy days relaxed and conversational so you recover between hard days.";
        return Optional.of(new EasyPaceFlag(run, pace, limit, Reason.of(RULE_ID, message, Sources.POSTMA_CHUNG)));
    }

    /**
     * Checks every run in {@code sessions} (other sessions are skipped), in the order given.
     *
     * @throws IllegalArgumentException if {@code sessions} or one of them is missing
     */
    public List<EasyPaceFlag> check(Collection<? extends Session> sessions) {
        Checks.required("sessions", sessions, "a list of sessions");
        List<EasyPaceFlag> flags = new ArrayList<>();
        for (Session session : sessions) {
            Checks.required("session", session, "a logged session");
            if (session instanceof Run run) {
                check(run).ifPresent(flags::add);
            }
        }
        return List.copyOf(flags);
    }

    private static double marginSecondsPerKm() {
        return EASY_MARGIN_SECONDS_PER_MILE / DistanceUnit.MI.metres() * DistanceUnit.KM.metres();
    }

    private static String describe(Pace pace) {
        return pace.format(DistanceUnit.KM) + " (" + pace.format(DistanceUnit.MI) + ")";
    }
}
