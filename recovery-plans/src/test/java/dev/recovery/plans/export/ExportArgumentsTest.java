package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.ValidationException;
import dev.recovery.plans.plan.Plan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportArgumentsTest {

    private static final Instant STAMP = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void htmlOfNoPlanNamesThePlan() {
        ValidationException e = assertThrows(ValidationException.class, () -> HtmlExport.render((Plan) null));
        assertEquals("plan: nothing is not allowed; expected a plan to export", e.getMessage());
    }

    @Test
    void markdownOfNoPlanNamesThePlan() {
        assertEquals("plan", assertThrows(ValidationException.class, () -> MarkdownExport.render((Plan) null)).field());
    }

    @Test
    void csvOfNoPlanNamesThePlan() {
        assertEquals("plan", assertThrows(ValidationException.class, () -> CsvExport.render((Plan) null)).field());
    }

    @Test
    void calendarOfNoPlanNamesThePlan() {
        assertEquals("plan", assertThrows(ValidationException.class, () -> IcsExport.render((Plan) null, STAMP)).field());
    }

    @Test
    void calendarWithoutIdentityNamesIt() {
        Plan plan = SamplePlans.eighteenWeeksMiles();
        assertEquals("calendar identity",
                assertThrows(ValidationException.class, () -> IcsExport.render(plan, STAMP, null)).field());
    }

    @Test
    void aCalendarIdentityNamesTheProductAndTheUidDomain() {
        String ics = IcsExport.render(SamplePlans.eighteenWeeksMiles(), STAMP, CalendarIdentity.of("Coach Pro", "coach.example.org"));
        assertTrue(ics.contains("PRODID:-//Coach Pro//Marathon plan//EN\r\n"), "the product's name in PRODID");
        assertTrue(ics.contains("@coach.example.org\r\n") && !ics.contains("@recovery-console"), "every UID in the product's domain");
    }

    @Test
    void theDefaultIdentityIsTheConsoles() {
        String ics = IcsExport.render(SamplePlans.eighteenWeeksMiles(), STAMP);
        assertTrue(ics.contains("PRODID:-//Runner's recovery console//Marathon plan//EN\r\n") && ics.contains("@recovery-console\r\n"));
    }

    @Test
    void aUidDomainWithSpacesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> CalendarIdentity.of("Coach", "my domain"));
        assertEquals("uid domain", e.field());
    }

    @Test
    void aProductNameWithTheProdIdSeparatorIsRefused() {
        assertEquals("product name", assertThrows(ValidationException.class, () -> CalendarIdentity.of("a//b", "x.org")).field());
    }
}
