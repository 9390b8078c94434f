package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recovery.plans.plan.Plan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints the HTML export in a real browser (Debian's headless Chromium, installed by .ci/run) and
 * checks the PDF: a sensible page count for an 18-week plan on US Letter and on A4, every week and the
 * race day in its text. It also saves a PNG of the first screen under target/print/ for a person to
 * look at. Without Chromium the test is skipped on a developer's machine, and fails under CI.
 */
class BrowserPrintTest {

    private static final Path OUT = Path.of("target/print");
    private static final Plan PLAN = SamplePlans.eighteenWeeksMiles();
    private static Path chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null && System.getenv("CI") != null) {
            throw new AssertionError("CI must have Chromium for the print test: .ci/run installs Debian's chromium");
        }
        Files.createDirectories(OUT);
    }

    @Test
    void printsOnUsLetterWithEveryWeekAndTheRaceDay() throws Exception {
        checkPrint("letter", HtmlExport.render(PLAN));
    }

    @Test
    void printsOnA4WithEveryWeekAndTheRaceDay() throws Exception {
        // Same document, with the paper a runner outside North America sets in the print dialog.
        checkPrint("a4", HtmlExport.render(PLAN).replace("@page { size: landscape;", "@page { size: A4 landscape;"));
    }

    @Test
    void savesAScreenshotOfTheFirstPage() throws Exception {
        assumeTrue(chromium != null, "Chromium is not installed");
        Path html = write("screenshot.html", HtmlExport.render(PLAN));
        Path png = OUT.resolve("plan-first-page.png");
        Files.deleteIfExists(png);
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=1123,794", html.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " is " + Files.size(png) + " bytes");
    }

    private void checkPrint(String paper, String document) throws Exception {
        assumeTrue(chromium != null, "Chromium is not installed");
        Path html = write("plan-" + paper + ".html", document);
        Path pdf = OUT.resolve("plan-" + paper + ".pdf");
        Files.deleteIfExists(pdf);
        run("--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer", html.toUri().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            // A title page with the chart, at least one page per phase and per 4 weeks, and the programme page.
            int least = 1 + (int) Math.ceil(PLAN.weeks().size() / (double) HtmlExport.WEEKS_PER_PAGE) + 1;
            assertTrue(pages >= least && pages <= PLAN.weeks().size() + 3,
                    paper + ": " + pages + " pages for " + PLAN.weeks().size() + " weeks; expected " + least + " to "
                            + (PLAN.weeks().size() + 3));
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(),
                    paper + ": landscape");
            String text = new PDFTextStripper().getText(doc);
            for (int week = 1; week <= PLAN.weeks().size(); week++) {
                assertTrue(text.contains("Week " + week + "\n") || text.contains("Week " + week + " ") || text.contains("Week " + week + "\r"),
                        paper + ": week " + week + " missing from the PDF's text");
            }
            assertTrue(text.contains("2027-04-18"), paper + ": race day missing");
            assertTrue(text.contains("Marathon 26.2 mi"), paper + ": the race itself missing");
        }
    }

    private static Path write(String name, String content) throws IOException {
        Path file = OUT.resolve(name).toAbsolutePath();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void run(String... args) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(OUT.toFile(), "chromium.log")).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "Chromium did not finish in 120 s; see target/print/chromium.log");
        assertEquals(0, process.exitValue(), "Chromium failed; see target/print/chromium.log");
    }
}
