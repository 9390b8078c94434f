package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.plans.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The plan as an iCalendar file (RFC 5545; docs/reference/formats.md): one all-day event per day of the plan with
 * the day's sessions and recovery in its description.
 *
 * <ul>
 *   <li>All-day events: {@code DTSTART;VALUE=DATE} and {@code DTEND;VALUE=DATE} on the next day
 *       (DTEND is exclusive; Outlook mis-shows DTEND equal to DTSTART).</li>
 *   <li>UIDs are derived from the plan's race date, its first day and the event's date, not from its
 *       content, so re-exporting the same plan (even after it was adapted) gives the same UIDs and
 *       a calendar app updates the events instead of adding duplicates.</li>
 *   <li>DTSTAMP is in UTC and passed in: the library never reads the clock.</li>
 *   <li>Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character; text values
 *       are escaped.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class IcsExport {

    /** The product identifier RFC 5545 requires of every calendar, by default. */
    static final String PRODID = CalendarIdentity.DEFAULT.prodId();
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsExport() {
    }

    /**
     * Renders {@code plan} as the recovery console's calendar ({@link CalendarIdentity#DEFAULT}).
     *
     * @param plan    the plan
     * @param dtstamp when the calendar is made, written as every event's DTSTAMP in UTC
     * @return the calendar, lines ending in CRLF
     * @throws dev.recovery.core.unit.ValidationException if {@code plan} or {@code dtstamp} is missing
     */
    public static String render(Plan plan, Instant dtstamp) {
        return render(plan, dtstamp, CalendarIdentity.DEFAULT);
    }

    /**
     * Renders {@code plan} as a calendar made by {@code identity}.
     *
     * @param plan     the plan
     * @param dtstamp  when the calendar is made, written as every event's DTSTAMP in UTC
     * @param identity the product name and UID domain the calendar is made under
     * @return the calendar, lines ending in CRLF
     * @throws dev.recovery.core.unit.ValidationException if an argument is missing
     */
    public static String render(Plan plan, Instant dtstamp, CalendarIdentity identity) {
        return render(PlanSheet.of(plan), dtstamp, identity);
    }

    /**
     * Renders an already built sheet as the recovery console's calendar.
     *
     * @param sheet   the plan's sheet
     * @param dtstamp when the calendar is made
     * @return the calendar
     * @throws dev.recovery.core.unit.ValidationException if {@code sheet} or {@code dtstamp} is missing
     */
    public static String render(PlanSheet sheet, Instant dtstamp) {
        return render(sheet, dtstamp, CalendarIdentity.DEFAULT);
    }

    /**
     * Renders an already built sheet as a calendar made by {@code identity}.
     *
     * @param sheet    the plan's sheet
     * @param dtstamp  when the calendar is made
     * @param identity the product name and UID domain the calendar is made under
     * @return the calendar
     * @throws dev.recovery.core.unit.ValidationException if an argument is missing
     */
    public static String render(PlanSheet sheet, Instant dtstamp, CalendarIdentity identity) {
        Checks.required("plan", sheet, "a plan to export");
        Checks.required("dtstamp", dtstamp, "the time the calendar is made");
        Checks.required("calendar identity", identity, "a product name and UID domain, e.g. CalendarIdentity.DEFAULT");
        String stamp = STAMP.format(dtstamp);
        String planKey = planKey(sheet);
        StringBuilder out = new StringBuilder(128 * 1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + identity.prodId());
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + IcsText.escape(sheet.title()));
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            for (PlanSheet.DaySheet day : week.days()) {
                line(out, "BEGIN:VEVENT");
                line(out, "UID:" + uid(planKey, day.date(), identity));
                line(out, "DTSTAMP:" + stamp);
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(day.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(day.date().plusDays(1)));
                line(out, "SUMMARY:" + IcsText.escape(summary(week, day)));
                line(out, "DESCRIPTION:" + IcsText.escape(description(week, day)));
                line(out, "CATEGORIES:" + IcsText.escape(week.phaseId()));
                line(out, "TRANSP:TRANSPARENT");
                line(out, "END:VEVENT");
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The UID of the event on {@code date}: stable for the same plan, unique across plans and days. */
    static String uid(String planKey, LocalDate date, CalendarIdentity identity) {
        return DATE.format(date) + "-" + planKey + "@" + identity.uidDomain();
    }

    static String planKey(PlanSheet sheet) {
        String identity = sheet.raceDate() + "/" + sheet.weeks().get(0).start();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String summary(PlanSheet.WeekSheet week, PlanSheet.DaySheet day) {
        return day.summary() + " (W" + week.number() + " " + week.phaseId() + ")";
    }

    private static String description(PlanSheet.WeekSheet week, PlanSheet.DaySheet day) {
        StringBuilder text = new StringBuilder();
        text.append(week.label()).append(", planned ").append(week.volumeText()).append('\n');
        for (PlanSheet.SessionLine line : day.sessions()) {
            text.append("- ").append(line.headline());
            if (!line.paceRange().isEmpty()) {
                text.append(" @ ").append(line.paceRange());
            }
            text.append(": ").append(line.details()).append('\n');
        }
        if (!day.recovery().isEmpty()) {
            text.append("Recovery:\n");
            for (String item : day.recovery()) {
                text.append("- ").append(item).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(IcsText.fold(contentLine));
    }
}
