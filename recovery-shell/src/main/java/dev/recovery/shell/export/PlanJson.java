package dev.recovery.shell.export;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Checks;
import dev.recovery.plans.generate.DayRecovery;
import dev.recovery.plans.generate.RunPaces;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.MobilityWorkout;
import dev.recovery.plans.plan.Phase;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthWorkout;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dev.recovery.plans.export.PlanSheet;
import dev.recovery.plans.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as a JSON document, versioned, that reads back into a plan equal to the one written.
 *
 * <pre>
 * {
 *   "schema": "recovery-plan", "schemaVersion": 1,
 *   "units": "mi", "raceDate": "2027-04-18", "startDate": "2026-12-14",
 *   "weeks": [ {"index": 1, "phase": "base", "startDate": "...", "distanceKm": 58.9, "cutback": false,
 *               "days": [ {"date": "...", "sessions": [ {"kind": "run", "type": "easy", "distanceKm": 10.1}, ... ]} ]} ],
 *   "plan": { ... every part of the plan, by its record components ... }
 * }
 * </pre>
 *
 * {@code weeks} is the readable summary other tools use: metric units and ISO dates, as every JSON
 * the console prints. {@code plan} is the exact plan: reading uses it alone, so the summary can never
 * disagree with what is restored.
 */
@SuppressWarnings("unchecked")
public final class PlanJson {

    /** The document's kind, so that a file of another kind is refused with a clear message. */
    public static final String SCHEMA = "recovery-plan";
    /** The version written; reading refuses newer versions rather than guessing. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PlanJson() {
    }

    /** The JSON document of {@code plan}, pretty-printed: the export, complete with every day's recovery. */
    public static String write(Plan plan) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(plan));
    }

    /**
     * The plan as the journal keeps it: one line, no summary, and no day prescriptions. Those are
     * derived state (core's prescriber over the day's sessions and the week's phase, as the builder
     * and the adapter compute them), about 94% of the full document, and {@link #read(String)}
     * derives them again, so the plan read back is still equal to the plan written. An 18-week plan
     * takes about 88 KB instead of 1.5 MB, and every plan change appends one.
     */
    public static String writeCompact(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tree = (ObjectNode) RecordJson.write(plan, Plan.class);
        for (JsonNode week : tree.get("weeks").values()) {
            for (JsonNode day : week.get("days").values()) {
                ((ObjectNode) day).remove(RECOVERY);
            }
        }
        root.set("plan", tree);
        return MAPPER.writeValueAsString(root);
    }

    /** The JSON tree of {@code plan}. */
    public static ObjectNode tree(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("weeks", summary(plan).get("weeks"));
        root.put("units", plan.units().symbol());
        root.put("raceDate", plan.raceDate().toString());
        root.put("startDate", plan.startDate().toString());
        root.set("plan", RecordJson.write(plan, Plan.class));
        return root;
    }

    /**
     * The readable summary: {@code weeks[]} with {@code index} (from 1), {@code phase},
     * {@code startDate}, {@code distanceKm}, {@code cutback} and {@code days[]} with {@code date} and
     * {@code sessions[]}, each with {@code kind} and, for runs, {@code type}, {@code distanceKm} and
     * {@code paceRange}; other sessions carry {@code minutes} and {@code details}.
     */
    public static ObjectNode summary(Plan plan) {
        PlanSheet sheet = PlanSheet.of(plan);
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode weeks = root.putArray("weeks");
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            ObjectNode w = weeks.addObject();
            w.put("index", week.number());
            w.put("phase", week.phase().id());
            w.put("startDate", week.start().toString());
            w.put("distanceKm", round(week.volume().km()));
            w.put("cutback", week.cutback());
            w.put("peak", week.peak());
            ArrayNode days = w.putArray("days");
            for (PlanSheet.DaySheet day : week.days()) {
                ObjectNode d = days.addObject();
                d.put("date", day.date().toString());
                ArrayNode sessions = d.putArray("sessions");
                for (PlanSheet.SessionLine line : day.sessions()) {
                    ObjectNode s = sessions.addObject();
                    s.put("kind", line.kind().id());
                    if (!line.type().isEmpty()) {
                        s.put("type", line.type());
                    }
                    line.distance().ifPresent(distance -> s.put("distanceKm", round(distance.km())));
                    line.duration().ifPresent(duration -> s.put("minutes", duration.toMinutes()));
                    if (!line.paceRange().isEmpty()) {
                        s.put("paceRange", line.paceRange());
                    }
                    s.put("details", line.details());
                }
                ArrayNode recovery = d.putArray("recovery");
                day.recovery().forEach(recovery::add);
            }
        }
        return root;
    }

    /**
     * Reads a plan document back.
     *
     * @throws IllegalArgumentException if the text is not JSON, not a plan document, of a newer schema
     *                                  version, or holds a value the library refuses (naming where)
     */
    public static Plan read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw Checks.invalidFormatted("plan file", "text that is not JSON (" + e.getOriginalMessage() + ")",
                    "a plan written by 'plan export --format json'");
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asString(""))) {
            throw Checks.invalidFormatted("plan file", "a JSON document that is not a plan",
                    "a document with \"schema\": \"" + SCHEMA + "\"");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1 || version > SCHEMA_VERSION) {
            throw Checks.invalidFormatted("schemaVersion", String.valueOf(root.get("schemaVersion")),
                    "1 to " + SCHEMA_VERSION + " (a newer console wrote this file; update to read it)");
        }
        JsonNode plan = root.get("plan");
        if (plan != null && plan.isObject()) {
            deriveRecovery((ObjectNode) plan);
        }
        return (Plan) RecordJson.read(plan, Plan.class, "plan");
    }

    /** The name of a day's prescription in the plan tree (Day's record component). */
    private static final String RECOVERY = "recovery";

    /**
     * Puts back every day prescription that {@link #writeCompact(Plan)} left out, computed exactly as
     * the builder and the adapter compute it ({@link DayRecovery#prescribe}).
     */
    private static void deriveRecovery(ObjectNode plan) {
        RunPaces durations = null;
        for (JsonNode week : plan.path("weeks").values()) {
            for (JsonNode day : week.path("days").values()) {
                if (!day.isObject() || day.has(RECOVERY)) {
                    continue;
                }
                if (durations == null) {
                    durations = RunPaces.of((TrainingPaces) RecordJson.read(plan.get("paces"), TrainingPaces.class, "plan.paces"));
                }
                TrainingPhase phase = DayRecovery.trainingPhase(
                        (Phase) RecordJson.read(week.get("phase"), Phase.class, "plan.weeks.phase"),
                        (Boolean) RecordJson.read(week.get("cutback"), boolean.class, "plan.weeks.cutback"));
                Prescription prescription = DayRecovery.prescribe(
                        (LocalDate) component(day, "date"), (List<PlannedRun>) component(day, "runs"), durations,
                        (Optional<StrengthWorkout>) component(day, "strength"), (Optional<CrossWorkout>) component(day, "cross"),
                        (Optional<MobilityWorkout>) component(day, "mobility"), phase);
                ((ObjectNode) day).set(RECOVERY, RecordJson.write(prescription, Prescription.class));
            }
        }
    }

    /** One component of a day, read by the type the {@link Day} record declares for it. */
    private static Object component(JsonNode day, String name) {
        for (RecordComponent c : Day.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return RecordJson.read(day.get(name), c.getGenericType(), "plan.weeks.days." + name);
            }
        }
        throw new IllegalStateException("Day has no component " + name);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
