package dev.recovery.shell.command;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.episode.EpisodeChange;
import dev.recovery.core.episode.Episodes;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Side;
import dev.recovery.shell.render.Charts;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.ReadinessService;
import dev.recovery.shell.service.TrainingHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code clear} records that a physical therapist or doctor cleared a RED region (the only thing that
 * ends a RED, and the start of the graded return to run); {@code soreness} shows every sore spot of
 * the last weeks followed over days, as a pain timeline per region; {@code return-to-run} records the
 * answers to the entry questions that start the walk-run steps.
 */
public class SorenessCommands {

    /** The days {@code soreness} looks back by default: four weeks, the span of the recurrence rules' two weeks twice over. */
    public static final int DEFAULT_DAYS = 28;
    /** The top of the 0-10 pain scale. */
    private static final int MAX_PAIN = 10;
    /** The most days {@code soreness} looks back: a year. */
    public static final int MAX_DAYS = 366;

    private final TrainingHistory history;
    private final ReadinessService readiness;
    private final Style style;

    /**
     * @param history where clearances are recorded; gives "today"
     * @param readiness the episodes as of a day
     * @param style block characters and colour, or ASCII
     */
    public SorenessCommands(TrainingHistory history, ReadinessService readiness, Style style) {
        this.history = history;
        this.readiness = readiness;
        this.style = style;
    }

    /** @return confirmation and today's return-to-run step, text or JSON */
    @Command(name = "clear", group = Groups.BODY, completionProvider = OptionCompletions.BEAN,
            description = "Record that a physical therapist or doctor cleared a RED region; starts the return to run",
            help = "Only a professional's clearance ends a RED: later check-ins cannot.\n"
                    + "Example: clear --region shin --side left --date 2026-12-08 --note \"PT: no bone tenderness\"")
    public String clear(@Option(longName = "region", required = true, description = "the region cleared: shin, calf, ...") String region,
            @Option(longName = "side", description = "left|right|both (default both: either side)") String side,
            @Option(longName = "date", description = "the day of the clearance, YYYY-MM-DD (default today)") String date,
            @Option(longName = "note", description = "what the professional said (optional)") String note,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        BodyRegion cleared = OptionValues.required("region", region, BodyRegion::parse);
        Side sides = side == null ? Side.BOTH : OptionValues.parse("side", side, Side::parse);
        LocalDate day = date == null ? history.today() : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        Clearance clearance = OptionValues.build(() -> Clearance.of(cleared, sides, day, note == null ? "" : note));
        OptionValues.build(() -> history.recordClearance(clearance));
        Episodes episodes = readiness.episodes(history.today());
        List<Episode> affected = episodes.open().stream()
                .filter(e -> e.region() == cleared && clearance.covers(e.side())).toList();
        if (output == OutputFormat.JSON) {
            return Json.write(Json.object("cleared", Json.object("region", cleared.id(), "side", sides.id(),
                    "date", day.toString(), "note", clearance.note()), "episodes", DomainJson.episodes(affected),
                    "returnToRun", episodes.returnToRun().map(DomainJson::returnToRun).orElse(null)));
        }
        StringBuilder text = new StringBuilder("Clearance recorded: ").append(sides.id()).append(' ').append(cleared.id())
                .append(" on ").append(day).append(". The return to run starts now, not full training.");
        episodes.returnToRun().ifPresent(rtr -> text.append("\n\nReturn to run, step ").append(rtr.step()).append(" of ")
                .append(rtr.of()).append(": ").append(rtr.today()));
        return text.toString();
    }

    /** @return confirmation and today's return-to-run step, text or JSON */
    @Command(name = "return-to-run", group = Groups.BODY, completionProvider = OptionCompletions.BEAN,
            description = "Answer the return to run's entry questions after a clearance; pain-free answers start step 1",
            help = "Try 30 min of brisk walking, 10 single-leg squats and 10-15 single-leg hops on the affected side,\n"
                    + "then give the worst pain of each, 0-10. All 2 or less: the walk-run steps begin.\n"
                    + "Each step afterwards: checkin with --pain-during-run N (and --worse-next-morning if so).\n"
                    + "Example: return-to-run --region shin --side left --walk-pain 0 --squat-pain 1 --hop-pain 0")
    public String returnToRun(@Option(longName = "region", required = true, description = "the cleared region") String region,
            @Option(longName = "side", description = "left|right|both (default both)") String side,
            @Option(longName = "walk-pain", required = true, description = "worst pain during 30 min of brisk walking, 0-10") String walk,
            @Option(longName = "squat-pain", required = true, description = "worst pain during 10 single-leg squats, 0-10") String squats,
            @Option(longName = "hop-pain", required = true, description = "worst pain during 10-15 single-leg hops, 0-10") String hops,
            @Option(longName = "date", description = "the day you tried them, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        BodyRegion cleared = OptionValues.required("region", region, BodyRegion::parse);
        Side sides = side == null ? Side.BOTH : OptionValues.parse("side", side, Side::parse);
        int walkPain = OptionValues.wholeNumber("walk-pain", walk, 0, MAX_PAIN, "pain");
        int squatPain = OptionValues.wholeNumber("squat-pain", squats, 0, MAX_PAIN, "pain");
        int hopPain = OptionValues.wholeNumber("hop-pain", hops, 0, MAX_PAIN, "pain");
        LocalDate day = date == null ? history.today() : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        EntryCheck check = OptionValues.build(() -> EntryCheck.of(day, cleared, sides, walkPain, squatPain, hopPain));
        OptionValues.build(() -> history.recordEntryCheck(check));
        Episodes episodes = readiness.episodes(history.today());
        if (output == OutputFormat.JSON) {
            return Json.write(Json.object("passed", check.passes(), "returnToRun",
                    episodes.returnToRun().map(DomainJson::returnToRun).orElse(null)));
        }
        StringBuilder text = new StringBuilder(check.passes() ? "Entry questions pain-free: the walk-run steps begin."
                : "Not yet: an entry question hurt above 2/10. Keep to pain-free walking and cross-training; try again in a few days.");
        episodes.returnToRun().ifPresent(rtr -> text.append("\n\nReturn to run, step ").append(rtr.step()).append(" of ")
                .append(rtr.of()).append(": ").append(rtr.today()));
        return text.toString();
    }

    /** @return every episode of the last days with its course, text (a pain timeline) or JSON */
    @Command(name = "soreness", group = Groups.BODY, completionProvider = OptionCompletions.BEAN,
            description = "Every sore spot of the last days followed over time: level, status and a pain timeline")
    public String soreness(@Option(longName = "days", description = "how many days back, 1-366 (default 28)") String days,
            @Option(longName = "date", description = "the last day shown, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        int span = days == null ? DEFAULT_DAYS : OptionValues.wholeNumber("days", days, 1, MAX_DAYS, "days");
        LocalDate last = date == null ? history.today() : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        LocalDate first = last.minusDays(span - 1L);
        Episodes episodes = OptionValues.build(() -> readiness.episodes(last));
        List<Episode> shown = new ArrayList<>();
        for (Episode e : episodes.all()) {
            if (e.isOpen() || !e.resolvedOn().orElseThrow().isBefore(first)) {
                shown.add(e);
            }
        }
        if (output == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (Episode e : shown) {
                json.add(DomainJson.episodeWithCourse(e));
            }
            return Json.write(Json.object("from", first.toString(), "to", last.toString(), "level", episodes.level().name(),
                    "episodes", json));
        }
        if (shown.isEmpty()) {
            return "No sore spots from " + first + " to " + last + ". If anything hurts: checkin";
        }
        return timeline(shown, first, last, span);
    }

    private String timeline(List<Episode> shown, LocalDate first, LocalDate last, int span) {
        int nameWidth = "region".length();
        for (Episode e : shown) {
            nameWidth = Math.max(nameWidth, e.name().length());
        }
        StringBuilder text = new StringBuilder("Soreness from ").append(first).append(" to ").append(last).append(": ")
                .append(shown.size()).append(shown.size() == 1 ? " episode" : " episodes").append('\n');
        text.append(style.dim("Pain by day, oldest left (" + Charts.painLegend(style) + "; blank: no check-in; "
                + Charts.CLEARED_MARK + ": cleared)")).append("\n\n");
        for (Episode e : shown) {
            char[] cells = new char[span];
            java.util.Arrays.fill(cells, ' ');
            for (DatedCheckIn c : e.checkIns()) {
                int day = (int) ChronoUnit.DAYS.between(first, c.date());
                if (day >= 0 && day < span) {
                    cells[day] = Charts.pain(c.checkIn().pain().value(), style);
                }
            }
            for (EpisodeChange change : e.course()) {
                int day = (int) ChronoUnit.DAYS.between(first, change.date());
                if (day >= 0 && day < span && change.status() == dev.recovery.core.episode.EpisodeStatus.CLEARED) {
                    cells[day] = Charts.CLEARED_MARK;
                }
            }
            text.append(pad(e.name(), nameWidth)).append("  |").append(cells).append("|  ")
                    .append(style.level(e.level())).append(' ').append(e.status().id());
            if (e.recheckDue()) {
                text.append(", re-check due");
            }
            text.append('\n');
            for (EpisodeChange change : e.course()) {
                text.append("    ").append(change.date()).append("  ").append(pad(change.level().name(), 5)).append(' ')
                        .append(change.reason().message()).append(' ').append(style.dim("[" + change.reason().ruleId() + "]"))
                        .append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
