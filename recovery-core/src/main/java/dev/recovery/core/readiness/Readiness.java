package dev.recovery.core.readiness;

import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.Episodes;
import dev.recovery.core.episode.ReturnToRun;
import dev.recovery.core.episode.ReturnToRunDay;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a runner is ready to train on a day: their soreness combined with the warnings from their
 * training load (docs/readiness.md).
 *
 * <p>From the soreness history ({@link #of(LocalDate, SorenessHistory, List)}, the form to use):
 * <ol>
 *   <li>Start from the episodes: the worst level among the open episodes (a GREEN check-in of one
 *       region never lowers another's; RED stays RED until cleared), GREEN if none is open.</li>
 *   <li>AMBER episodes with no check-in for more than 24 h are listed as due a re-check; the return
 *       to run, if any, shows today's step.</li>
 *   <li>Load warnings raise GREEN to AMBER, as below.</li>
 * </ol>
 *
 * <p>From the latest triage alone ({@link #of(LocalDate, Optional, List)}, kept for callers that have
 * no history yet), the rules, in order:
 * <ol>
 *   <li>Start from the latest triage's level, or GREEN if the runner has not checked in.</li>
 *   <li>Load warnings ({@link #RAISING_LOAD_RULE_IDS}: ACWR 1.5 or more, monotony 2.0 or more, form
 *       below -30, a single-run spike) raise GREEN to AMBER. They never lower anything and never
 *       change AMBER or RED.</li>
 *   <li>A check-in {@value #STALE_AFTER_DAYS} or more days old is reported as stale (rule
 *       {@value #STALE_RULE_ID}); its level still counts, because nothing newer says it has
 *       changed.</li>
 *   <li>An AMBER check-in a day or more old has its 24-hour re-check due (rule
 *       {@value #RECHECK_RULE_ID}).</li>
 * </ol>
 *
 * @param date          the day readiness is for
 * @param level         GREEN (train as planned), AMBER (modify) or RED (stop, see a professional)
 * @param triage        the latest triage, if the runner has checked in
 * @param episodes      the episodes it started from, when made from the soreness history
 * @param checkInStale  true if the latest check-in is {@value #STALE_AFTER_DAYS} or more days old
 * @param raisedByLoad  true if load warnings raised the level from GREEN to AMBER
 * @param reasons       every reason, in order: the triage's own reasons, then the readiness notes,
 *                      then the load warnings; never empty
 * @since 0.1.0
 */
public record Readiness(LocalDate date, TriageLevel level, Optional<DatedTriage> triage, Optional<Episodes> episodes,
        boolean checkInStale, boolean raisedByLoad, List<Reason> reasons) {

    /**
     * A check-in this many days old or older is stale. DOMS peaks 24-72 h after a run (Olsen 2023)
     * and an AMBER is to be escalated if unchanged after 72 h, so after
     * about 72 hours the last check-in no longer describes the legs. Check-ins carry a day, not an
     * hour, so "3 days ago" is taken as "older than 72 h": a careful coach would rather ask for a
     * fresh check-in a few hours early than a day late.
     */
    public static final int STALE_AFTER_DAYS = 3;
    /** AMBER says "re-check in 24 h": from one day after the check-in the re-check is due. */
    public static final int AMBER_RECHECK_AFTER_DAYS = 1;

    /**
     * The rule ids of the load warnings that raise GREEN to AMBER (issue 3, item 9): ACWR 1.5 or more,
     * monotony 2.0 or more, form below -30, a single-run spike. Defined once, by the load report.
     */
    public static final Set<String> RAISING_LOAD_RULE_IDS = LoadReport.READINESS_RULE_IDS;
    /** The load report may be for the readiness day or the day before (the morning view: training up to yesterday). */
    public static final int LOAD_REPORT_MAX_DAYS_BEFORE = 1;

    /** Rule id: no check-in, readiness from load alone. */
    public static final String NO_CHECK_IN_RULE_ID = "readiness-no-check-in";
    /** Rule id: the latest check-in is stale. */
    public static final String STALE_RULE_ID = "readiness-check-in-stale";
    /** Rule id: an AMBER check-in's 24-hour re-check is due. */
    public static final String RECHECK_RULE_ID = "readiness-amber-recheck-due";
    /** Rule id: load warnings raised GREEN to AMBER. */
    public static final String LOAD_RAISED_RULE_ID = "readiness-load-raised";
    /** Rule id: the runner has checked in, but no episode is open today. */
    public static final String NO_OPEN_EPISODE_RULE_ID = "readiness-no-open-episode";
    /** Rule id: today's step of the return to run. */
    public static final String RETURN_TO_RUN_RULE_ID = "readiness-return-to-run";

    /** @throws IllegalArgumentException if a part is missing or there are no reasons */
    public Readiness {
        Dates.check("date", date);
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("triage", triage, "a triage, or none");
        Checks.required("episodes", episodes, "the episodes, or none");
        Checks.required("reasons", reasons, "at least one reason");
        if (reasons.isEmpty()) {
            throw Checks.invalid("reasons", "none", "at least one reason: readiness always explains itself");
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * Readiness on {@code date} from the latest triage and the load report. Use the report for the day
     * before to judge a morning before training (its form is this morning's form), or the report for
     * the day itself once the day's sessions are logged. Every warning of the report is listed; only
     * those in {@link #RAISING_LOAD_RULE_IDS} can raise the level.
     *
     * @param date   the day
     * @param latest the latest triage with its check-in date, or empty if the runner never checked in
     * @param load   the load report for {@code date} or the day before
     * @throws IllegalArgumentException if an argument is missing, the report is for another day, or the
     *                                  check-in is dated after {@code date}
     */
    public static Readiness of(LocalDate date, Optional<DatedTriage> latest, LoadReport load) {
        Dates.check("date", date);
        Checks.required("load report", load, "a load report");
        long daysBefore = ChronoUnit.DAYS.between(load.date(), date);
        if (daysBefore < 0 || daysBefore > LOAD_REPORT_MAX_DAYS_BEFORE) {
            throw Checks.invalidFormatted("load report date", load.date().toString(),
                    "the readiness date " + date + " or the day before");
        }
        return of(date, latest, load.flags());
    }

    /**
     * Readiness on {@code date} from the latest triage and a list of load warnings. Only warnings
     * whose rule id is in {@link #RAISING_LOAD_RULE_IDS} can raise the level; every warning given is
     * listed among the reasons.
     *
     * @param date      the day
     * @param latest    the latest triage with its check-in date, or empty if the runner never checked in
     * @param loadFlags the load warnings as of that day (reasons with rule ids and sources)
     * @throws IllegalArgumentException if an argument is missing, or the check-in is dated after {@code date}
     */
    public static Readiness of(LocalDate date, Optional<DatedTriage> latest, List<Reason> loadFlags) {
        Dates.check("date", date);
        Checks.required("latest triage", latest, "a dated triage, or none");
        checkFlags(loadFlags);
        List<Reason> reasons = new ArrayList<>();
        TriageLevel level = TriageLevel.GREEN;
        boolean stale = false;
        if (latest.isPresent()) {
            DatedTriage dated = latest.get();
            if (dated.checkInDate().isAfter(date)) {
                throw Checks.invalidFormatted("check-in date", dated.checkInDate().toString(),
                        "a date on or before the readiness date " + date);
            }
            level = dated.level();
            reasons.addAll(dated.triage().reasons());
            long daysOld = ChronoUnit.DAYS.between(dated.checkInDate(), date);
            if (level == TriageLevel.AMBER && daysOld >= AMBER_RECHECK_AFTER_DAYS) {
                reasons.add(Reason.of(RECHECK_RULE_ID, "Your AMBER check-in of " + dated.checkInDate()
                        + " asked for a re-check after 24 hours: check in again. If it is worse or unchanged 72 hours on, "
                        + "it counts as RED.", Sources.POSTMA_CHUNG));
            }
            if (daysOld >= STALE_AFTER_DAYS) {
                stale = true;
                reasons.add(Reason.of(STALE_RULE_ID, "Your latest check-in is " + daysOld + " days old (" + dated.checkInDate()
                        + "); soreness changes a lot within 72 hours, so it may no longer describe your legs. Its level "
                        + level + " still stands until you check in again.", Sources.OLSEN_2023));
            }
        } else {
            reasons.add(Reason.of(NO_CHECK_IN_RULE_ID, "No soreness check-in yet: readiness comes from your training load "
                    + "alone. If anything hurts, check in.", Sources.POSTMA_CHUNG));
        }

        return withLoad(date, level, latest, Optional.empty(), stale, reasons, loadFlags);
    }

    /**
     * Readiness on {@code date} from the soreness history and the load report (for {@code date} or the
     * day before; see {@link #of(LocalDate, Optional, LoadReport)}).
     *
     * @param date    the day
     * @param history every check-in, clearance, run with pain and entry answer
     * @param load    the load report for {@code date} or the day before
     * @return the readiness
     * @throws IllegalArgumentException if an argument is missing or the report is for another day
     */
    public static Readiness of(LocalDate date, SorenessHistory history, LoadReport load) {
        Dates.check("date", date);
        Checks.required("load report", load, "a load report");
        long daysBefore = ChronoUnit.DAYS.between(load.date(), date);
        if (daysBefore < 0 || daysBefore > LOAD_REPORT_MAX_DAYS_BEFORE) {
            throw Checks.invalidFormatted("load report date", load.date().toString(),
                    "the readiness date " + date + " or the day before");
        }
        return of(date, history, load.flags());
    }

    /**
     * Readiness on {@code date} from the soreness history: the worst open episode, re-checks due and
     * today's return-to-run step, then the load warnings (which only raise GREEN to AMBER). Anything in
     * the history dated after {@code date} is ignored.
     *
     * @param date      the day
     * @param history   every check-in, clearance, run with pain and entry answer
     * @param loadFlags the load warnings as of that day
     * @return the readiness
     * @throws IllegalArgumentException if an argument is missing
     */
    public static Readiness of(LocalDate date, SorenessHistory history, List<Reason> loadFlags) {
        return of(date, history, loadFlags, Optional.empty());
    }

    /**
     * Readiness on {@code date} from the soreness history, the load warnings and the day of the last
     * run: after {@value ReturnToRun#BREAK_DAYS} or more days without running, a GREEN day becomes
     * AMBER with the return to run's entry questions and first step (rule {@code rtr-after-break}),
     * unless a region is already in the return to run.
     *
     * @param date      the day
     * @param history   every check-in, clearance, run with pain and entry answer
     * @param loadFlags the load warnings as of that day
     * @param lastRun   the day of the last run before {@code date}, if any
     * @return the readiness
     * @throws IllegalArgumentException if an argument is missing or the last run is after {@code date}
     */
    public static Readiness of(LocalDate date, SorenessHistory history, List<Reason> loadFlags,
            Optional<LocalDate> lastRun) {
        Dates.check("date", date);
        Checks.required("last run", lastRun, "a day, or none");
        if (lastRun.isPresent() && lastRun.get().isAfter(date)) {
            throw Checks.invalidFormatted("last run", lastRun.get().toString(), "a day on or before " + date);
        }
        Checks.required("history", history, "a soreness history");
        checkFlags(loadFlags);
        Episodes episodes = history.on(date);
        Optional<DatedTriage> latest = history.checkIns().stream().filter(c -> !c.date().isAfter(date))
                .max(java.util.Comparator.comparing(DatedCheckIn::date))
                .map(c -> DatedTriage.of(c.date(), c.triage()));
        List<Reason> reasons = new ArrayList<>(episodes.reasons());
        episodes.returnToRun().ifPresent(rtr -> reasons.add(Reason.of(RETURN_TO_RUN_RULE_ID, "Return to run, step "
                + rtr.step() + " of " + rtr.of() + ". " + rtr.today(), Sources.WARDEN_2014)));
        boolean stale = false;
        if (latest.isEmpty()) {
            reasons.add(Reason.of(NO_CHECK_IN_RULE_ID, "No soreness check-in yet: readiness comes from your training load "
                    + "alone. If anything hurts, check in.", Sources.POSTMA_CHUNG));
        } else {
            long daysOld = ChronoUnit.DAYS.between(latest.get().checkInDate(), date);
            if (episodes.open().isEmpty()) {
                reasons.add(Reason.of(NO_OPEN_EPISODE_RULE_ID, "No sore spot is open: everything you checked in has "
                        + "settled (last check-in " + latest.get().checkInDate() + ").", Sources.EPISODE_RULES));
            } else if (daysOld >= STALE_AFTER_DAYS) {
                stale = true;
                reasons.add(Reason.of(STALE_RULE_ID, "Your latest check-in is " + daysOld + " days old ("
                        + latest.get().checkInDate() + "); soreness changes a lot within 72 hours, so check in again. "
                        + "Until then the open episodes keep their levels.", Sources.OLSEN_2023));
            }
        }
        TriageLevel level = episodes.level();
        if (ReturnToRun.afterBreak(lastRun, date) && episodes.returnToRun().isEmpty()) {
            reasons.add(ReturnToRun.AFTER_BREAK.reason("Your last run was on " + lastRun.orElseThrow() + ", "
                    + ChronoUnit.DAYS.between(lastRun.orElseThrow(), date) + " days ago: come back through the return to "
                    + "run. " + ReturnToRun.day(date, 0, Optional.empty()).today() + " Then "
                    + ReturnToRun.STEPS.get(0).describe() + ", on alternate days."));
            level = level.atLeast(TriageLevel.AMBER);
        }
        return withLoad(date, level, latest, Optional.of(episodes), stale, reasons, loadFlags);
    }

    private static void checkFlags(List<Reason> loadFlags) {
        Checks.required("load flags", loadFlags, "a list of load warnings, empty if none");
        for (Reason flag : loadFlags) {
            Checks.required("load flag", flag, "a load warning");
        }
    }

    /** Load warnings only raise: GREEN to AMBER, never anything lower, never AMBER or RED. */
    private static Readiness withLoad(LocalDate date, TriageLevel soreness, Optional<DatedTriage> latest,
            Optional<Episodes> episodes, boolean stale, List<Reason> reasons, List<Reason> loadFlags) {
        List<Reason> all = new ArrayList<>(reasons);
        List<Reason> raising = new ArrayList<>();
        for (Reason flag : loadFlags) {
            if (RAISING_LOAD_RULE_IDS.contains(flag.ruleId())) {
                raising.add(flag);
            }
        }
        TriageLevel level = soreness;
        boolean raised = level == TriageLevel.GREEN && !raising.isEmpty();
        if (raised) {
            level = TriageLevel.AMBER;
            all.add(Reason.of(LOAD_RAISED_RULE_ID, "Your legs report GREEN, but your training load says ease off ("
                    + String.join(", ", raising.stream().map(Reason::ruleId).toList())
                    + "): today is AMBER. Keep it easy or cross-train, and hold the mileage.", raising.get(0).source()));
        }
        all.addAll(loadFlags);
        return new Readiness(date, level, latest, episodes, stale, raised, all);
    }

    /**
     * Today's step of the return to run, when made from the history and a region is cleared or on the steps.
     *
     * @return today's step
     */
    public Optional<ReturnToRunDay> returnToRun() {
        return episodes.flatMap(Episodes::returnToRun);
    }

    /**
     * The AMBER episodes due a re-check (none when made from the latest triage alone).
     *
     * @return the episodes
     */
    public List<Episode> recheckDue() {
        return episodes.map(Episodes::recheckDue).orElse(List.of());
    }

    /**
     * How soon to be seen when RED: from the open RED episodes, or the latest triage.
     *
     * @return the urgency; empty unless RED
     */
    public Optional<Urgency> urgency() {
        if (level != TriageLevel.RED) {
            return Optional.empty();
        }
        return episodes.map(Episodes::urgency).orElseGet(() -> triage.flatMap(t -> t.triage().urgency()));
    }

    /** True if the runner has checked in at least once. */
    public boolean hasCheckIn() {
        return triage.isPresent();
    }

    /** The level of the latest triage, before load was considered; empty without a check-in. */
    public Optional<TriageLevel> triageLevel() {
        return triage.map(DatedTriage::level);
    }

    /**
     * What the runner should do today, in plain words. When load alone made the day AMBER the advice
     * is about load (ease off), not about an ache that needs re-checking.
     */
    public String action() {
        if (raisedByLoad) {
            return "Modify: keep today's run easy and short, or swap it for low-impact cross-training; no intensity, "
                    + "and hold the mileage progression until the load warnings clear.";
        }
        if (level == TriageLevel.RED) {
            return urgency().map(u -> level.action() + " " + u.action()).orElse(level.action());
        }
        Optional<ReturnToRunDay> rtr = returnToRun();
        if (level == TriageLevel.AMBER && rtr.isPresent()) {
            return "Return to run (step " + rtr.get().step() + " of " + rtr.get().of() + "): " + rtr.get().today();
        }
        return level.action();
    }

    /** The rule ids of every reason, in order. */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::ruleId).toList();
    }
}
