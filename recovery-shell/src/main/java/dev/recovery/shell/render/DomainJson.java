package dev.recovery.shell.render;

import dev.recovery.core.readiness.DatedTriage;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.recovery.DoseRange;
import dev.recovery.core.recovery.Measure;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryItem;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.unit.Checks;
import dev.recovery.plans.plan.Plan;
import dev.recovery.shell.export.PlanJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return Json.object("level", triage.level().name(), "action", triage.action(),
                "pattern", Checks.id(triage.pattern()), "reasons", reasons(triage.reasons()),
                "recordedAt", recordedAt.map(Instant::toString).orElse(null));
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
                "movement", Checks.id(c.movement()), "symptoms", symptoms);
    }

    /**
     * @param day the day asked about
     * @param readiness its readiness
     * @return date, level, action, the check-in's day and staleness, whether load raised it, reasons
     */
    public static Map<String, Object> readiness(LocalDate day, Readiness readiness) {
        Optional<DatedTriage> dated = readiness.triage();
        return Json.object("date", day.toString(), "level", readiness.level().name(),
                "action", readiness.action(), "checkInDate", dated.map(d -> d.checkInDate().toString()).orElse(null),
                "checkInStale", readiness.checkInStale(), "raisedByLoad", readiness.raisedByLoad(),
                "reasons", reasons(readiness.reasons()));
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

    private static Map<String, Object> range(DoseRange range) {
        return Json.object("min", range.min(), "max", range.max());
    }
}
