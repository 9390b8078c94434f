package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.export.CsvExport;
import dev.recovery.plans.export.HtmlExport;
import dev.recovery.plans.export.IcsExport;
import dev.recovery.plans.export.MarkdownExport;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The samples in docs/samples/ (docs/printing.md): written with {@code -Dsamples.update=true},
 * otherwise checked against what the code makes now, so the docs never show a stale plan.
 */
class SampleExportsTest {

    private static final Path DIR = Path.of("../docs/samples");

    static Plan samplePlan() {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.MI).build();
        return PlanBuilder.build(request, LocalDate.of(2026, 11, 22));
    }

    private static Map<String, String> textSamples(Plan plan) {
        return Map.of(
                "plan-18w.html", HtmlExport.render(plan),
                "plan-18w.md", MarkdownExport.render(plan),
                "plan-18w.ics", IcsExport.render(plan, Instant.parse("2026-11-22T08:00:00Z")),
                "plan-18w.csv", CsvExport.render(plan),
                "plan-18w.json", PlanJson.write(plan));
    }

    @Test
    void samplesMatchWhatTheCodeMakes() throws Exception {
        Plan plan = samplePlan();
        boolean update = Boolean.getBoolean("samples.update");
        if (update) {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve("plan-18w.pdf"), PlanPdf.render(plan));
        }
        for (Map.Entry<String, String> sample : textSamples(plan).entrySet()) {
            Path file = DIR.resolve(sample.getKey());
            if (update) {
                Files.writeString(file, sample.getValue(), StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing; run with -Dsamples.update=true");
            assertEquals(sample.getValue(), Files.readString(file, StandardCharsets.UTF_8),
                    file + " is stale; regenerate with -Dsamples.update=true (docs/printing.md)");
        }
        try (PDDocument pdf = Loader.loadPDF(DIR.resolve("plan-18w.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Week 18") && text.contains("2027-04-18"), "the sample PDF holds the plan");
        }
    }
}
