package dev.recovery.shell.command;

import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.render.EntryView;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Table;
import dev.recovery.shell.service.TrainingHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code history} lists what the journal holds; {@code undo} takes back the last entry. */
public class HistoryCommands {

    private final TrainingHistory history;
    private final EntryView view;

    /**
     * @param history the journal's entries by day
     * @param view how entries are shown
     */
    public HistoryCommands(TrainingHistory history, EntryView view) {
        this.history = history;
        this.view = view;
    }

    /**
     * @return the sessions and check-ins between the two days, oldest first
     */
    @Command(name = "history", group = Groups.LOG, completionProvider = OptionCompletions.BEAN,
            description = "List logged sessions, check-ins and shoe changes, oldest first")
    public String history(@Option(longName = "from", description = "first day, YYYY-MM-DD (default: the beginning)") String from,
            @Option(longName = "to", description = "last day, YYYY-MM-DD (default: the end)") String to,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate first = OptionValues.parse("from", from, t -> Dates.parse("from", t));
        LocalDate last = OptionValues.parse("to", to, t -> Dates.parse("to", t));
        if (first != null && last != null && last.isBefore(first)) {
            throw new UsageException("--to: " + last + " is not allowed; expected a day on or after --from " + first);
        }
        List<JournalEntry> shown = history.between(first, last);
        if (output == OutputFormat.JSON) {
            List<Map<String, Object>> entries = shown.stream().map(view::json).toList();
            return Json.write(Json.object("from", first == null ? null : first.toString(),
                    "to", last == null ? null : last.toString(), "entries", entries));
        }
        if (shown.isEmpty()) {
            return "No entries" + (first != null || last != null ? " in that period." : " yet: try 'log run --help'.");
        }
        DistanceUnit units = history.profile().units();
        Table table = Table.create().left("date").left("kind").left("details");
        for (JournalEntry entry : shown) {
            table.row(view.date(entry).map(LocalDate::toString).orElse(""), view.kind(entry), view.summary(entry, units));
        }
        return table.render();
    }

    /**
     * @return what was undone, or that there was nothing to undo
     */
    @Command(name = "undo", group = Groups.LOG, completionProvider = OptionCompletions.BEAN,
            description = "Take back the last entry (the undo is itself recorded, nothing is erased)")
    public String undo(@Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        Optional<JournalEntry> undone = history.undo();
        if (output == OutputFormat.JSON) {
            return Json.write(Json.object("undone", undone.map(view::json).orElse(null)));
        }
        return undone.map(e -> "Undid " + view.kind(e) + view.date(e).map(d -> " on " + d).orElse("") + ": "
                + view.summary(e, history.profile().units())).orElse("Nothing to undo.");
    }
}
