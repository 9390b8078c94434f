package dev.recovery.core.readiness;

import dev.recovery.core.load.LoadReport;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a runner is ready to train on a day: the latest triage of their soreness combined with
 * the warnings from their training load (issue 3, item 9; docs/readiness.md).
 *
 * <p>The rules, in order:
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
 * @param triage        the latest triage it started from, if the runner has checked in
 * @param checkInStale  true if the latest check-in is {@value #STALE_AFTER_DAYS} or more days old
 * @param raisedByLoad  true if load warnings raised the level from GREEN to AMBER
 * @param reasons       every reason, in order: the triage's own reasons, then the readiness notes,
 *                      then the load warnings; never empty
 * @since 0.1.0
 */
public record Readiness(LocalDate date, TriageLevel level, Optional<DatedTriage> triage, boolean checkInStale,
        boolean raisedByLoad, List<Reason> reasons) {

    /**
     * A check-in this many days old or older is stale. DOMS peaks 24-72 h after a run (RULES.md 1.2,
     * Olsen 2023) and an AMBER is to be escalated if unchanged after 72 h (RULES.md 1.5), so after
     * about 72 hours the last check-in no longer describes the legs. Check-ins carry a day, not an
     * hour, so "3 days ago" is taken as "older than 72 h": a careful coach would rather ask for a
     * fresh check-in a few hours early than a day late.
     */
    public static final int STALE_AFTER_DAYS = 3;
    /** AMBER says "re-check in 24 h" (RULES.md 1.5): from one day after the check-in the re-check is due. */
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

    /** @throws IllegalArgumentException if a part is missing or there are no reasons */
    public Readiness {
        Dates.check("date", date);
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("triage", triage, "a triage, or none");
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
        Checks.required("load flags", loadFlags, "a list of load warnings, empty if none");
        for (Reason flag : loadFlags) {
            Checks.required("load flag", flag, "a load warning");
        }
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

        List<Reason> raising = new ArrayList<>();
        for (Reason flag : loadFlags) {
            if (RAISING_LOAD_RULE_IDS.contains(flag.ruleId())) {
                raising.add(flag);
            }
        }
        boolean raised = level == TriageLevel.GREEN && !raising.isEmpty();
        if (raised) {
            level = TriageLevel.AMBER;
            reasons.add(Reason.of(LOAD_RAISED_RULE_ID, "Your legs report GREEN, but your training load says ease off ("
                    + String.join(", ", raising.stream().map(Reason::ruleId).toList())
                    + "): today is AMBER. Keep it easy or cross-train, and hold the mileage.", raising.get(0).source()));
        }
        reasons.addAll(loadFlags);
        return new Readiness(date, level, latest, stale, raised, reasons);
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
        return level.action();
    }

    /** The rule ids of every reason, in order. */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::ruleId).toList();
    }
}
