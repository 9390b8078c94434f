package dev.recovery.shell.render;

import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.EpisodeChange;
import dev.recovery.core.episode.ReturnToRun;
import dev.recovery.core.episode.ReturnToRunDay;
import dev.recovery.core.readiness.DatedTriage;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.recovery.DoseRange;
import dev.recovery.core.recovery.Measure;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryItem;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.PainScore;
import dev.recovery.plans.plan.Plan;
import dev.recovery.shell.export.PlanJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON shape of each domain value more than one command prints: a reason, a triage, a
 * check-in, a recovery prescription, a readiness and a plan summary. One place per value, so every
 * command that prints a reason prints the same fields (rule id, message, citation and source id).
 * The shapes are a documented contract (docs/console.md): field names do not change.
 */
public final class DomainJson {

    private DomainJson() {
    }

    /**
     * @param reason why a rule fired
     * @return {@code rule}, {@code message}, {@code source} (the citation) and {@code sourceId}
     */
    public static Map<String, Object> reason(Reason reason) {
        return Json.object("rule", reason.ruleId(), "message", reason.message(),
                "source", reason.source().citation(), "sourceId", reason.source().id());
    }

    /**
     * @param reasons reasons, in order
     * @return each as {@link #reason(Reason)}
     */
    public static List<Map<String, Object>> reasons(List<Reason> reasons) {
        return reasons.stream().map(DomainJson::reason).toList();
    }

    /**
     * @param triage a check-in's triage
     * @param recordedAt when the check-in was recorded, or empty if it was only evaluated
     * @return level, action, pattern, reasons and, if recorded, {@code recordedAt}
     */
    public static Map<String, Object> triage(Triage triage, Optional<Instant> recordedAt) {
        Map<String, Object> json = Json.object("level", triage.level().name(), "action", triage.action(),
                "pattern", Checks.id(triage.pattern()));
        // Always present, null unless RED: tools read the field without testing for it.
        json.put("urgency", urgency(triage));
        json.put("reasons", reasons(triage.reasons()));
        recordedAt.ifPresent(at -> json.put("recordedAt", at.toString()));
        return json;
    }

    /**
     * @param c a check-in
     * @return its fields, flags as a list of symptom ids
     */
    public static Map<String, Object> checkIn(CheckIn c) {
        List<String> symptoms = new ArrayList<>();
        c.symptoms().forEach(s -> symptoms.add(Checks.id(s)));
        return Json.object("region", Checks.id(c.region()), "side", Checks.id(c.side()), "pain", c.pain().value(),
                "quality", Checks.id(c.quality()), "spread", Checks.id(c.spread()), "onset", Checks.id(c.onset()),
                "hoursSinceRun", c.hoursSinceRun(), "trend", Checks.id(c.trend()),
                "movement", Checks.id(c.movement()), "symptoms", symptoms,
                "painDuringRun", c.painDuringRun().map(PainScore::value).orElse(null));
    }

    /**
     * @param day the day asked about
     * @param readiness its readiness
     * @return date, level, action, the check-in's day and staleness, whether load raised it, reasons
     */
    public static Map<String, Object> readiness(LocalDate day, Readiness readiness) {
        Optional<DatedTriage> dated = readiness.triage();
        Map<String, Object> json = Json.object("date", day.toString(), "level", readiness.level().name(),
                "action", readiness.action(), "checkInDate", dated.map(d -> d.checkInDate().toString()).orElse(null),
                "checkInStale", readiness.checkInStale(), "raisedByLoad", readiness.raisedByLoad(),
                "reasons", reasons(readiness.reasons()));
        // Always present (null when there is none): tools read these fields without testing for them.
        json.put("urgency", readiness.urgency().map(Urgency::id).orElse(null));
        json.put("episodes", readiness.episodes().map(e -> episodes(e.open())).orElse(List.of()));
        json.put("returnToRun", readiness.returnToRun().map(DomainJson::returnToRun).orElse(null));
        return json;
    }

    /** The urgency id of a RED triage ({@code same-day} or {@code soon}); null for AMBER and GREEN. */
    private static String urgency(Triage triage) {
        return triage.level() == TriageLevel.RED ? triage.urgency().map(Urgency::id).orElse(null) : null;
    }

    /**
     * @param episodes soreness episodes
     * @return each as {@link #episode(Episode)}
     */
    public static List<Map<String, Object>> episodes(List<Episode> episodes) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (Episode e : episodes) {
            json.add(episode(e));
        }
        return json;
    }

    /**
     * @param e one sore spot followed over days
     * @return region, side, level, status, the day it opened, the day of its last check-in (null if
     *     none), whether a re-check is due, and the day it resolved (null while open)
     */
    public static Map<String, Object> episode(Episode e) {
        Map<String, Object> json = Json.object("region", Checks.id(e.region()), "side", Checks.id(e.side()),
                "level", e.level().name(), "status", e.status().id(), "opened", e.opened().toString());
        json.put("lastCheckIn", e.lastCheckIn().map(LocalDate::toString).orElse(null));
        json.put("recheckDue", e.recheckDue());
        json.put("resolved", e.resolvedOn().map(LocalDate::toString).orElse(null));
        return json;
    }

    /**
     * @param e an episode
     * @return {@link #episode(Episode)} with its course (each change: date, level, status, rule, message)
     *     and its check-ins (date, pain, level)
     */
    public static Map<String, Object> episodeWithCourse(Episode e) {
        Map<String, Object> json = episode(e);
        List<Map<String, Object>> course = new ArrayList<>();
        for (EpisodeChange change : e.course()) {
            course.add(Json.object("date", change.date().toString(), "level", change.level().name(),
                    "status", change.status().id(), "rule", change.reason().ruleId(), "message", change.reason().message()));
        }
        List<Map<String, Object>> checkIns = new ArrayList<>();
        for (DatedCheckIn c : e.checkIns()) {
            checkIns.add(Json.object("date", c.date().toString(), "pain", c.checkIn().pain().value(),
                    "painDuringRun", c.checkIn().painDuringRun().map(PainScore::value).orElse(null),
                    "level", c.triage().level().name()));
        }
        json.put("course", course);
        json.put("checkIns", checkIns);
        return json;
    }

    /**
     * @param day today in the graded return to run
     * @return the step (0 while the entry questions are still to be passed), of how many, what to do
     *     today, whether today is a running day, the step to run next (the first walk-run step while the
     *     entry questions are still to be passed) and the day it is due
     */
    public static Map<String, Object> returnToRun(ReturnToRunDay day) {
        return Json.object("step", day.step(), "of", day.of(), "today", day.today(), "runToday", day.runToday(),
                "nextStep", day.stepToDo().orElse(ReturnToRun.STEPS.get(0)).describe(),
                "nextRunOn", day.nextRunOn().map(LocalDate::toString).orElse(null));
    }

    /**
     * @param p a day's recovery prescription
     * @return date, phase, worst level, items (slot, modality, text, minutes, measures, targets,
     *     activity, the rule with its source, cautions), total minutes and notes
     */
    public static Map<String, Object> prescription(Prescription p) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (RecoveryItem item : p.items()) {
            Map<String, Object> measures = new LinkedHashMap<>();
            for (Map.Entry<Measure, DoseRange> measure : item.dose().measures().entrySet()) {
                measures.put(Checks.id(measure.getKey()), range(measure.getValue()));
            }
            items.add(Json.object("slot", Checks.id(item.slot()), "modality", item.modality().id(), "text", item.text(),
                    "minutes", range(item.minutes()), "measures", measures.isEmpty() ? null : measures,
                    "targets", item.targets().stream().map(Checks::id).sorted().toList(),
                    "activity", item.activity().map(Checks::id).orElse(null),
                    "rule", item.reason().ruleId(), "source", item.reason().source().citation(),
                    "sourceId", item.reason().source().id(),
                    "cautions", reasons(item.cautions())));
        }
        return Json.object("date", p.date().toString(), "phase", p.phase().id(),
                "worst", p.worst().map(Enum::name).orElse(null), "items", items,
                "totalMinutes", range(p.totalMinutes()), "notes", reasons(p.notes()));
    }

    /**
     * @param plan a plan
     * @return its summary: weeks with their phase, volume and days
     */
    public static Object planSummary(Plan plan) {
        return PlanJson.summary(plan);
    }

    /**
     * @param plan a plan
     * @param weekIndex a week's index, 0 for the first
     * @return that week's summary, as in {@link #planSummary(Plan)}
     */
    public static Object planWeek(Plan plan, int weekIndex) {
        return PlanJson.summary(plan).get("weeks").get(weekIndex);
    }

    /**
     * @param plan a plan
     * @param openEpisodes for each date, the open AMBER and RED episodes' level by region
     * @return its summary, each day's recovery respecting the open episodes
     */
    public static Object planSummary(Plan plan, Function<LocalDate, Map<BodyRegion, TriageLevel>> openEpisodes) {
        return PlanJson.summary(plan, openEpisodes);
    }

    /**
     * @param plan a plan
     * @param weekIndex a week's index, 0 for the first
     * @param openEpisodes for each date, the open AMBER and RED episodes' level by region
     * @return that week's summary, each day's recovery respecting the open episodes
     */
    public static Object planWeek(Plan plan, int weekIndex, Function<LocalDate, Map<BodyRegion, TriageLevel>> openEpisodes) {
        return PlanJson.summary(plan, openEpisodes).get("weeks").get(weekIndex);
    }

    private static Map<String, Object> range(DoseRange range) {
        return Json.object("min", range.min(), "max", range.max());
    }
}
