package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.plans.plan.Plan;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar export read back by an independent parser (ical4j), and its line rules checked byte by byte. */
class IcsExportTest {

    private static final Plan PLAN = SamplePlans.eighteenWeeksMiles();
    private static final String ICS = IcsExport.render(PLAN, SamplePlans.STAMP);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    @Test
    void calendarHasVersionAndProdid() throws Exception {
        Calendar calendar = parse(ICS);
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals(IcsExport.PRODID, calendar.getProperty(Property.PRODID).orElseThrow().getValue());
    }

    @Test
    void oneEventPerDayOfThePlan() throws Exception {
        assertEquals(PLAN.days().size(), events(parse(ICS)).size());
    }

    @Test
    void everyEventHasUidAndUtcDtstamp() throws Exception {
        for (VEvent event : events(parse(ICS))) {
            assertFalse(value(event, Property.UID).isBlank());
            assertEquals("20261122T080000Z", value(event, Property.DTSTAMP));
        }
    }

    @Test
    void everyEventIsAllDayWithDtendTheNextDay() throws Exception {
        for (VEvent event : events(parse(ICS))) {
            LocalDate start = LocalDate.parse(value(event, Property.DTSTART), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            LocalDate end = LocalDate.parse(value(event, Property.DTEND), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(1, ChronoUnit.DAYS.between(start, end));
            assertEquals("DATE", event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        }
    }

    @Test
    void raceDayIsTheLastEventAndNamesTheMarathon() throws Exception {
        List<VEvent> events = events(parse(ICS));
        VEvent last = events.get(events.size() - 1);
        assertEquals("20270418", value(last, Property.DTSTART));
        assertTrue(value(last, Property.SUMMARY).contains("Marathon"), value(last, Property.SUMMARY));
    }

    @Test
    void descriptionsSurviveEscapingIntact() throws Exception {
        VEvent first = events(parse(ICS)).get(1);
        String description = value(first, Property.DESCRIPTION);
        assertTrue(description.contains("\n- Easy run with strides"), description);
        assertTrue(description.contains("6 x 100 m strides with 1 min jog"), description);
    }

    @Test
    void uidsAreUnique() throws Exception {
        Set<String> uids = new HashSet<>();
        for (VEvent event : events(parse(ICS))) {
            assertTrue(uids.add(value(event, Property.UID)));
        }
    }

    @Test
    void uidsAreStableAcrossTwoExports() throws Exception {
        List<VEvent> first = events(parse(IcsExport.render(SamplePlans.eighteenWeeksMiles(), SamplePlans.STAMP)));
        List<VEvent> second = events(parse(IcsExport.render(SamplePlans.eighteenWeeksMiles(), Instant.parse("2027-01-05T10:00:00Z"))));
        for (int i = 0; i < first.size(); i++) {
            assertEquals(value(first.get(i), Property.UID), value(second.get(i), Property.UID));
        }
    }

    @Test
    void noLineIsLongerThan75Octets() {
        for (String line : ICS.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void everyLineEndsInCrlf() {
        assertTrue(ICS.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, ICS.replace("\r\n", "").indexOf('\n'), "a bare LF");
        assertEquals(-1, ICS.replace("\r\n", "").indexOf('\r'), "a bare CR");
    }
}
