package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF export is a real PDF: it opens, its text holds every week and the race day, and the chart is drawn. */
class PlanPdfTest {

    private static Plan plan;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.MI).build();
        plan = PlanBuilder.build(request, LocalDate.of(2026, 11, 22));
        pdf = PlanPdf.render(plan);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/plan-export-test.pdf"), pdf);
    }

    @Test
    void isAPdf() {
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }

    @Test
    void textHoldsEveryWeekAndTheRaceDay() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (int week = 1; week <= plan.weeks().size(); week++) {
                assertTrue(text.matches("(?s).*Week " + week + "\\b.*"), "week " + week + " missing");
            }
            assertTrue(text.contains("2027-04-18"), "race day missing");
            assertTrue(text.contains("Marathon 26.2 mi"), "the race missing");
        }
    }

    @Test
    void hasOnePageForTheChartAndSeveralForTheWeeks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 7 && pages <= 21, pages + " pages");
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
        }
    }

    @Test
    void chartIsDrawnAsVectorGraphics() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // openhtmltopdf draws inline SVG into form XObjects as filled paths: a bar per week, its
            // pattern fills and the legend swatches give far more fills than there are weeks.
            org.apache.pdfbox.pdmodel.PDResources resources = doc.getPage(0).getResources();
            int rectangles = 0;
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                    String ops = new String(form.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (String op : ops.split("\n")) {
                        if (op.equals("f") || op.equals("f*") || op.equals("B") || op.equals("b")) {
                            rectangles++;
                        }
                    }
                }
            }
            assertTrue(rectangles >= plan.weeks().size(), rectangles + " filled shapes drawn in page 1's graphics");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String text = firstPage.getText(doc);
            assertTrue(text.contains("Weekly volume"), "the chart's heading on page 1: " + text);
        }
    }
}
