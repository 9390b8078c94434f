package dev.recovery.core.load;

import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every load measure for one day, in one place: what the console's {@code load} command shows and
 * what readiness combines with triage. Everything is "as of" the end of {@link #date()}: sessions
 * after it are ignored.
 *
 * @param date                   the day reported on
 * @param convention             the fitness/fatigue convention used
 * @param fitness                fitness at the end of the day (after its load), AU/day
 * @param fatigue                fatigue at the end of the day, AU/day
 * @param form                   form at the end of the day: fitness - fatigue (Runalyze, GoldenCheetah show this)
 * @param formMorning            form on the morning of the day, from the previous day's values (TrainingPeaks shows this)
 * @param restDaysUntilFreshForm whole rest days until form is 0 or more; empty if it never gets there
 * @param acwr                   the three acute:chronic ratios (empty while undefined)
 * @param monotony               monotony and strain of the 7 days ending on the date
 * @param recentWeeks            weekly volumes, oldest first, the last being the (possibly partial) current week
 * @param shoes                  mileage per shoe, most worn first
 * @param estimatedSessions      how many sessions up to the date had their load estimated
 * @param flags                  warnings, each with its rule id and source (ACWR caution/danger, monotony,
 *                               form high risk, single-run spike, 10% rule, shoes)
 * @param notes                  informational reasons (zones in the normal range, estimated loads, missing ratios)
 * @param formBand               the band of end-of-day form as a percent of fitness, or not established while the
 *                               log covers fewer than 42 days and no seed was given ({@link FormBand})
 * @since 0.1.0
 */
public record LoadReport(LocalDate date, Convention convention, double fitness, double fatigue, double form,
        double formMorning, OptionalInt restDaysUntilFreshForm, Acwr acwr, Monotony monotony,
        List<WeeklyVolume> recentWeeks, List<ShoeMileage> shoes, int estimatedSessions, List<Reason> flags,
        List<Reason> notes, FormBand formBand) {

    /**
     * The rule ids that may raise readiness from GREEN to AMBER (issue 3, item 9): ACWR 1.5 or more,
     * monotony 2.0 or more, form below -30, a single-run spike.
     */
    public static final Set<String> READINESS_RULE_IDS = Set.of(AcwrZone.DANGER.ruleId(),
            MonotonyLevel.CRITICAL.ruleId().get(), FormBand.HIGH_RISK.ruleId(), SingleRunSpike.RULE_ID);

    /** Rule id of the note that the ACWR is not yet defined. */
    public static final String ACWR_UNDEFINED_RULE_ID = "load-acwr-undefined";
    /** Rule id of the note that some loads were estimated. */
    public static final String ESTIMATED_RULE_ID = "load-estimated-sessions";

    /** @throws IllegalArgumentException if a component is missing */
    public LoadReport {
        Dates.check("date", date);
        Checks.required("convention", convention, "a convention");
        Checks.required("rest days until fresh form", restDaysUntilFreshForm, "a number of days, or none");
        Checks.required("acwr", acwr, "the ratios");
        Checks.required("monotony", monotony, "monotony");
        recentWeeks = List.copyOf(Checks.required("recent weeks", recentWeeks, "weekly volumes"));
        shoes = List.copyOf(Checks.required("shoes", shoes, "shoe mileages"));
        flags = List.copyOf(Checks.required("flags", flags, "reasons"));
        notes = List.copyOf(Checks.required("notes", notes, "reasons"));
        Checks.requiredOneOf("form band", formBand, FormBand.class);
    }

    /** The report for {@code date} with {@link LoadSettings#DEFAULT} settings. */
    public static LoadReport of(TrainingLog log, LocalDate date, Convention convention) {
        return of(log, date, convention, LoadSettings.DEFAULT);
    }

    /**
     * The report for {@code date}: every measure computed from the log's first day to {@code date}.
     *
     * @throws IllegalArgumentException naming the first missing or invalid argument
     */
    public static LoadReport of(TrainingLog log, LocalDate date, Convention convention, LoadSettings settings) {
        Checks.required("log", log, "a training log");
        Dates.check("date", date);
        Checks.required("convention", convention, "goldencheetah, trainingpeaks or runalyze");
        Checks.required("settings", settings, "load settings");
        DailyLoads loads = DailyLoads.of(log, settings.model(), date);
        LoadState state = LoadState.of(loads, convention, settings.seed());
        FitnessFatigue ff = state.fitnessFatigue();
        Acwr acwr = state.acwr();
        Monotony monotony = state.monotony();
        List<WeeklyVolume> weeks = WeeklyVolume.recent(log, date, settings.weekStart(), settings.recentWeeks());
        List<ShoeMileage> shoes = ShoeMileage.of(log, date);

        List<Reason> flags = new ArrayList<>();
        List<Reason> notes = new ArrayList<>();
        if (acwr.ewma().isDefined()) {
            AcwrZone zone = acwr.zone().get();
            (zone.isWarning() ? flags : notes).add(zone.reason(acwr.ewma().ratio(), AcwrMethod.EWMA));
        } else {
            notes.add(Reason.of(ACWR_UNDEFINED_RULE_ID, loads.days() < Acwr.CHRONIC_DAYS
                    ? "No workload ratio yet: the log covers " + loads.days() + " of the 28 days the chronic load needs."
                    : "No workload ratio: there was no training in the last 28 days to compare with. Build back gradually.",
                    Sources.WILLIAMS_2017));
        }
        monotony.level().reason(monotony.monotony()).ifPresent(flags::add);
        boolean established = loads.days() >= FormBand.ESTABLISHED_DAYS || !settings.seed().equals(FitnessFatigue.ZERO);
        FormBand band = established ? FormBand.of(state.form(), ff.fitness()) : FormBand.NOT_ESTABLISHED;
        (band == FormBand.HIGH_RISK ? flags : notes).add(band.reason(state.form(), ff.fitness()));
        flags.addAll(SingleRunSpike.recent(log, date));
        // With no week before the current one (a log starting in 1900's first week) the rule has nothing to compare.
        List<Distance> before = new ArrayList<>();
        for (int i = 0; i < weeks.size() - 1; i++) {
            before.add(weeks.get(i).runDistance());
        }
        TenPercentRule.check(before, weeks.get(weeks.size() - 1).runDistance()).ifPresent(flags::add);
        for (ShoeMileage shoe : shoes) {
            shoe.reason(settings.unit()).ifPresent(flags::add);
        }
        if (loads.estimatedSessions() > 0) {
            notes.add(Reason.of(ESTIMATED_RULE_ID, String.format(Locale.ROOT,
                    "%d session(s) had no RPE or usable heart rate; their load was estimated from duration and type. "
                            + "Log an RPE (1-10) after each session for better numbers.", loads.estimatedSessions()),
                    Sources.FOSTER_2001));
        }
        return new LoadReport(date, convention, ff.fitness(), ff.fatigue(), state.form(),
                state.formMorning(),
                ff.restDaysUntilFreshForm(convention), acwr, monotony, weeks, shoes, loads.estimatedSessions(), flags, notes, band);
    }

    /** Strain of the 7 days ending on the date (weekly load x monotony), AU. */
    public double strain() {
        return monotony.strain();
    }

    /** The flags that may raise readiness from GREEN to AMBER ({@link #READINESS_RULE_IDS}). */
    public List<Reason> readinessFlags() {
        List<Reason> result = new ArrayList<>();
        for (Reason r : flags) {
            if (READINESS_RULE_IDS.contains(r.ruleId())) {
                result.add(r);
            }
        }
        return List.copyOf(result);
    }

    /** True if a flag with {@code ruleId} was raised. */
    public boolean hasFlag(String ruleId) {
        for (Reason r : flags) {
            if (r.ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
