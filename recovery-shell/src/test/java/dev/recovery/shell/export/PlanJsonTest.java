package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanJsonTest {

    private static Plan plan(DistanceUnit units, double current, double peak, int runs, String goal) {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.of(current, units), Distance.of(peak, units),
                RaceResult.goalMarathon(Durations.parse(goal))).weeks(18).runsPerWeek(runs).units(units).build();
        return PlanBuilder.build(request, LocalDate.of(2026, 11, 22));
    }

    @Test
    void aPlanReadBackEqualsThePlanWritten() {
        Plan plan = plan(DistanceUnit.MI, 35, 55, 5, "3:45:00");
        assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
    }

    @Test
    void aKilometrePlanReadBackEqualsThePlanWritten() {
        Plan plan = plan(DistanceUnit.KM, 40, 64, 4, "4:30:00");
        assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
    }

    @Test
    void theJournalsCompactFormReadsBackEqual() {
        Plan plan = plan(DistanceUnit.MI, 35, 55, 5, "3:45:00");
        assertEquals(plan, PlanJson.read(PlanJson.writeCompact(plan)));
    }

    @Test
    void anAdaptedPlanReadsBackEqualFromTheCompactForm() {
        Plan plan = plan(DistanceUnit.KM, 50, 80, 5, "3:40:00");
        LocalDate date = plan.startDate().plusWeeks(5).plusDays(1);
        Plan adapted = dev.recovery.plans.adapt.PlanAdapter.adapt(plan, date, dev.recovery.core.triage.TriageLevel.RED,
                java.util.List.of(), java.util.List.of());
        assertEquals(adapted, PlanJson.read(PlanJson.writeCompact(adapted)));
    }

    @Test
    void theCompactFormIsATenthOfTheExport() {
        Plan plan = plan(DistanceUnit.MI, 35, 55, 5, "3:45:00");
        int compact = PlanJson.writeCompact(plan).length();
        assertTrue(compact * 10 < PlanJson.write(plan).length(), compact + " characters");
        assertTrue(PlanJson.writeCompact(plan).indexOf('\n') < 0, "one journal line");
    }

    @Test
    void carriesSchemaAndVersion() {
        JsonNode root = JsonMapper.builder().build().readTree(PlanJson.write(plan(DistanceUnit.MI, 35, 55, 5, "3:45:00")));
        assertEquals("recovery-plan", root.get("schema").asString());
        assertEquals(1, root.get("schemaVersion").asInt());
    }

    @Test
    void summaryIsMetricWithIsoDates() {
        Plan plan = plan(DistanceUnit.MI, 35, 55, 5, "3:45:00");
        JsonNode week = PlanJson.tree(plan).get("weeks").get(0);
        assertEquals(1, week.get("index").asInt());
        assertEquals("base", week.get("phase").asString());
        assertEquals(plan.startDate().toString(), week.get("startDate").asString());
        assertEquals(plan.weeks().get(0).plannedVolume().km(), week.get("distanceKm").asDouble(), 0.01);
        JsonNode run = week.get("days").get(1).get("sessions").get(0);
        assertEquals("run", run.get("kind").asString());
        assertTrue(run.get("distanceKm").asDouble() > 0);
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() {
        String json = PlanJson.write(plan(DistanceUnit.MI, 35, 55, 5, "3:45:00")).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 9");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanJson.read(json));
        assertTrue(e.getMessage().startsWith("schemaVersion: 9 is not allowed"), e.getMessage());
    }

    @Test
    void notJsonIsRefusedNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanJson.read("{ not json"));
        assertTrue(e.getMessage().startsWith("plan file: text that is not JSON"), e.getMessage());
    }

    @Test
    void anotherKindOfDocumentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanJson.read("{\"schema\": \"something-else\"}"));
    }

    @Test
    void aValueTheLibraryRefusesIsRefusedWithItsPath() {
        String json = PlanJson.write(plan(DistanceUnit.MI, 35, 55, 5, "3:45:00"))
                .replaceFirst("\"runsPerWeek\" : 5", "\"runsPerWeek\" : 9");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanJson.read(json));
        assertTrue(e.getMessage().contains("plan.request") && e.getMessage().contains("9"), e.getMessage());
    }

    @Test
    void aJournalPlanInTheEarlierCompactFormStillLoadsEveryRunAsPlanned() throws Exception {
        String fixture;
        try (java.io.InputStream in = getClass().getResourceAsStream("/plan/plan-compact-v1.json")) {
            fixture = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Plan read = PlanJson.read(fixture);
        Plan plan = plan(DistanceUnit.KM, 50, 80, 5, "3:40:00");
        assertEquals(plan.request(), read.request());
        JsonNode weeks = new tools.jackson.databind.json.JsonMapper().readTree(fixture).get("plan").get("weeks");
        int runs = 0;
        for (int w = 0; w < weeks.size(); w++) {
            for (int d = 0; d < 7; d++) {
                JsonNode stored = weeks.get(w).get("days").get(d).get("runs");
                List<PlannedRun> loaded = read.weeks().get(w).days().get(d).runs();
                assertEquals(stored.size(), loaded.size());
                for (int r = 0; r < stored.size(); r++) {
                    // A run saved before runs were workouts reads as a one-step workout of its type, distance and pace.
                    assertEquals(stored.get(r).get("type").asString(), loaded.get(r).type().id());
                    assertEquals(Math.round(stored.get(r).get("distance").get("metres").asDouble()), loaded.get(r).distance().metres(), 1e-9);
                    assertEquals(1, loaded.get(r).workout().parts().size());
                    runs++;
                }
            }
        }
        assertTrue(runs > 0);
    }

    @Test
    void aPlanInTheCurrentFormReadsBackAsTheSamePlan() {
        Plan plan = plan(DistanceUnit.KM, 50, 80, 5, "3:40:00");
        Plan adapted = dev.recovery.plans.adapt.PlanAdapter.adapt(plan, plan.startDate().plusWeeks(5).plusDays(1),
                dev.recovery.core.triage.TriageLevel.RED, java.util.List.of(), java.util.List.of());
        assertEquals(adapted, PlanJson.read(PlanJson.writeCompact(adapted)));
    }

    @Test
    void everyRunInTheSummaryHasStepsSummingExactlyToItsDistance() {
        Plan plan = plan(DistanceUnit.MI, 30, 55, 5, "3:30:00");
        int runs = 0;
        for (JsonNode week : PlanJson.summary(plan).get("weeks")) {
            for (JsonNode day : week.get("days")) {
                for (JsonNode session : day.get("sessions")) {
                    if (session.get("kind").asString().equals("run")) {
                        assertEquals(session.get("distanceKm").decimalValue().stripTrailingZeros(), stepsKm(session.get("steps")).stripTrailingZeros(),
                                session.toString());
                        runs++;
                    }
                }
            }
        }
        assertTrue(runs > 80);
    }

    @Test
    void summaryStepsUseTheContractNames() {
        Plan plan = plan(DistanceUnit.MI, 30, 55, 5, "3:30:00");
        JsonNode week = PlanJson.summary(plan).get("weeks").get(13);
        boolean repeat = false;
        for (JsonNode day : week.get("days")) {
            for (JsonNode session : day.get("sessions")) {
                for (JsonNode item : session.path("steps")) {
                    if (item.has("repeat")) {
                        repeat = true;
                        assertTrue(item.get("repeat").asInt() > 1);
                        item = item.get("steps").get(0);
                    }
                    assertTrue(java.util.Set.of("warmup", "work", "recovery", "cooldown", "strides").contains(item.get("type").asString()));
                    assertTrue(java.util.Set.of("E", "M", "T", "I", "R").contains(item.get("zone").asString()));
                    assertTrue(item.get("distanceKm").isNumber() && item.get("seconds").isNumber(), item.toString());
                }
            }
        }
        assertTrue(repeat, "a peak week has intervals in repeats");
    }

    private static java.math.BigDecimal stepsKm(JsonNode steps) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (JsonNode item : steps) {
            total = total.add(item.has("repeat") ? stepsKm(item.get("steps")).multiply(java.math.BigDecimal.valueOf(item.get("repeat").asInt()))
                    : item.get("distanceKm").decimalValue());
        }
        return total;
    }

    @Test
    void theCompactFormStoresNoDerivedState() {
        String compact = PlanJson.writeCompact(plan(DistanceUnit.MI, 35, 55, 5, "3:45:00"));
        assertTrue(!compact.contains("\"recovery\":") && !compact.contains("\"plannedVolume\":"), "derived state in the journal");
    }

    @Test
    void theExportStillCarriesEveryDaysPrescription() {
        Plan plan = plan(DistanceUnit.MI, 35, 55, 5, "3:45:00");
        JsonNode day = PlanJson.tree(plan).get("plan").get("weeks").get(2).get("days").get(0);
        assertEquals(plan.weeks().get(2).recovery(plan.weeks().get(2).days().get(0)).items().size(), day.get("recovery").get("items").size());
    }
}
