package dev.recovery.plans.export;

import org.junit.jupiter.api.Test;

/** Every format of the sample 18-week plan, byte for byte against its golden file. */
class GoldenExportTest {

    @Test
    void htmlMatchesGoldenFile() {
        GoldenFiles.check("plan-18w-mi.html", HtmlExport.render(SamplePlans.eighteenWeeksMiles()));
    }

    @Test
    void markdownMatchesGoldenFile() {
        GoldenFiles.check("plan-18w-mi.md", MarkdownExport.render(SamplePlans.eighteenWeeksMiles()));
    }

    @Test
    void icalendarMatchesGoldenFile() {
        GoldenFiles.check("plan-18w-mi.ics", IcsExport.render(SamplePlans.eighteenWeeksMiles(), SamplePlans.STAMP));
    }

    @Test
    void csvMatchesGoldenFile() {
        GoldenFiles.check("plan-18w-mi.csv", CsvExport.render(SamplePlans.eighteenWeeksMiles()));
    }

    @Test
    void kilometrePlanCsvMatchesGoldenFile() {
        GoldenFiles.check("plan-18w-km.csv", CsvExport.render(SamplePlans.eighteenWeeksKm()));
    }
}
