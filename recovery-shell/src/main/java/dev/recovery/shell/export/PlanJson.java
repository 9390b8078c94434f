package dev.recovery.shell.export;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.export.PlanSheet;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutJson;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
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
 *               "days": [ {"date": "...", "sessions": [ {"kind": "run", "type": "intervals", "workout": "intervals",
 *                   "distanceKm": 13.2, "steps": [ {"type": "warmup", "zone": "E", "distanceKm": 3, "seconds": 1080},
 *                   {"repeat": 5, "steps": [...]}, ... ]}, ... ]} ]} ],
 *   "plan": { ... every part of the plan, by its record components ... }
 * }
 * </pre>
 *
 * {@code weeks} is the readable summary other tools use: metric units and ISO dates, as every JSON
 * the console prints. {@code plan} is the exact plan: reading uses it alone, so the summary can never
 * disagree with what is restored. In {@code plan}, each week's {@code plannedVolume} and each day's
 * {@code recovery} are derived values, written for readers of the export and ignored on reading: the
 * plan recomputes them from its sessions.
 */
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
     * The plan as the journal keeps it: one line, no summary, and only what the plan is rebuilt from
     * (request, paces, weeks with their days' sessions and reasons). Week volumes and day
     * prescriptions are derived by the plan itself, so {@link #read(String)} gives back a plan equal to
     * the plan written. An 18-week plan takes under 100 KB instead of 1.5 MB, and every plan change
     * appends one.
     */
    public static String writeCompact(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("plan", planTree(plan, false));
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
        root.set("plan", planTree(plan, true));
        return root;
    }

    /**
     * The exact plan, by its record components, each week's phase by its plan name ({@code race} for
     * race week). With {@code derived}, each week also carries its {@code plannedVolume} (after
     * {@code start}) and each day its {@code recovery} prescription, for readers of the export.
     */
    private static ObjectNode planTree(Plan plan, boolean derived) {
        ObjectNode tree = (ObjectNode) RecordJson.write(plan, Plan.class);
        ArrayNode weeks = (ArrayNode) tree.get(WEEKS);
        for (int i = 0; i < plan.weeks().size(); i++) {
            Week week = plan.weeks().get(i);
            ObjectNode written = (ObjectNode) weeks.get(i);
            ObjectNode out = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : written.properties()) {
                if (field.getKey().equals(PHASE)) {
                    out.put(PHASE, week.phaseId());
                } else {
                    out.set(field.getKey(), field.getValue());
                }
                if (derived && field.getKey().equals(START)) {
                    out.set(PLANNED_VOLUME, RecordJson.write(week.plannedVolume(), Distance.class));
                }
            }
            if (derived) {
                ArrayNode days = (ArrayNode) out.get(DAYS);
                for (int d = 0; d < week.days().size(); d++) {
                    ((ObjectNode) days.get(d)).set(RECOVERY, RecordJson.write(week.recovery(week.days().get(d)), Prescription.class));
                }
            }
            weeks.set(i, out);
        }
        return tree;
    }

    /**
     * The readable summary: {@code weeks[]} with {@code index} (from 1), {@code phase},
     * {@code startDate}, {@code distanceKm}, {@code cutback} and {@code days[]} with {@code date} and
     * {@code sessions[]}, each with {@code kind} and, for runs, {@code type} (core's run type),
     * {@code workout} (the session, e.g. {@code cruise-intervals}), {@code distanceKm} (exactly the
     * sum of the steps), {@code steps} (each {@code {"type", "zone", "distanceKm", "seconds"}} or a
     * repeat {@code {"repeat": n, "steps": [...]}}) and {@code paceRange}; other sessions carry
     * {@code minutes} and {@code details}.
     */
    public static ObjectNode summary(Plan plan) {
        return summary(PlanSheet.of(plan));
    }

    /**
     * The same summary, each day's recovery knowing the soreness episodes open on it.
     *
     * @param plan         the plan
     * @param openEpisodes for each date, the open AMBER and RED episodes' level by region
     * @return the summary
     */
    public static ObjectNode summary(Plan plan, Function<LocalDate, Map<BodyRegion, TriageLevel>> openEpisodes) {
        return summary(PlanSheet.of(plan, openEpisodes));
    }

    private static ObjectNode summary(PlanSheet sheet) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode weeks = root.putArray("weeks");
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            ObjectNode w = weeks.addObject();
            w.put("index", week.number());
            w.put("phase", week.phaseId());
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
                    if (line.workout().isPresent()) {
                        // The run's distance is its steps' sum, exactly: whole metres as km, never rounded.
                        Workout workout = line.workout().get();
                        s.put("workout", workout.kind().id());
                        s.put("distanceKm", WorkoutJson.distanceKm(workout));
                        s.set("steps", MAPPER.valueToTree(WorkoutJson.steps(workout)));
                    } else {
                        line.distance().ifPresent(distance -> s.put("distanceKm", round(distance.km())));
                    }
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
            dropDerived((ObjectNode) plan);
            upgradeRuns((ObjectNode) plan);
        }
        return (Plan) RecordJson.read(plan, Plan.class, "plan");
    }

    private static final String WEEKS = "weeks";
    private static final String DAYS = "days";
    private static final String PHASE = "phase";
    private static final String START = "start";
    /** A week's planned volume: derived from its runs; in exports and in journals before the plan derived it. */
    private static final String PLANNED_VOLUME = "plannedVolume";
    /** A day's prescription: derived from its sessions; in exports and in the earliest journals. */
    private static final String RECOVERY = "recovery";

    /**
     * Removes what the plan derives (written by exports and by earlier versions), and turns each
     * week's phase from its plan name into the phase's own id ({@code race} is {@code race-week}).
     */
    private static void dropDerived(ObjectNode plan) {
        for (JsonNode week : plan.path(WEEKS).values()) {
            if (!week.isObject()) {
                continue;
            }
            ObjectNode w = (ObjectNode) week;
            w.remove(PLANNED_VOLUME);
            JsonNode phase = w.get(PHASE);
            if (phase != null && phase.isString()) {
                try {
                    w.put(PHASE, TrainingPhase.parse(phase.asString()).id());
                } catch (IllegalArgumentException unknown) {
                    // Left as written: reading the week then names the field and the phases allowed.
                }
            }
            for (JsonNode day : w.path(DAYS).values()) {
                if (day.isObject()) {
                    ((ObjectNode) day).remove(RECOVERY);
                }
            }
        }
    }

    /**
     * Plans saved before runs were workouts stored each run as its type, distance and pace range.
     * Such a run reads back as a one-step workout of its kind over the same distance (whole metres)
     * at the same range, so every saved plan, adaptations included, still loads and shows as it was
     * planned. Regenerating the plan from its request gives the structured sessions.
     */
    private static void upgradeRuns(ObjectNode plan) {
        int w = 0;
        for (JsonNode week : plan.path(WEEKS).values()) {
            int d = 0;
            for (JsonNode day : week.path(DAYS).values()) {
                JsonNode runs = day.path(RUNS);
                if (runs.isArray()) {
                    ArrayNode list = (ArrayNode) runs;
                    for (int r = 0; r < list.size(); r++) {
                        JsonNode run = list.get(r);
                        if (run.isObject() && run.get(WORKOUT) == null && run.get(LEGACY_TYPE) != null) {
                            String path = "plan.weeks[" + w + "].days[" + d + "].runs[" + r + "]";
                            RunType type = (RunType) RecordJson.read(run.get(LEGACY_TYPE), RunType.class, path + ".type");
                            Distance distance = (Distance) RecordJson.read(run.get(LEGACY_DISTANCE), Distance.class, path + ".distance");
                            PaceRange pace = (PaceRange) RecordJson.read(run.get(LEGACY_PACE), PaceRange.class, path + ".pace");
                            list.set(r, RecordJson.write(PlannedRun.of(type, distance, pace), PlannedRun.class));
                        }
                    }
                }
                d++;
            }
            w++;
        }
    }

    private static final String RUNS = "runs";
    private static final String WORKOUT = "workout";
    /** A run's fields before runs were workouts. */
    private static final String LEGACY_TYPE = "type";
    private static final String LEGACY_DISTANCE = "distance";
    private static final String LEGACY_PACE = "pace";

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
