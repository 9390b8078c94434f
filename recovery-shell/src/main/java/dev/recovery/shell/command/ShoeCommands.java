package dev.recovery.shell.command;

import dev.recovery.core.log.Run;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.RunEntry;
import dev.recovery.shell.journal.ShoeAction;
import dev.recovery.shell.journal.ShoeEntry;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code shoes add|list|retire}: the runner's shoes and how far each has run. */
public class ShoeCommands {

    private final JournalSession journal;
    private final Clock clock;

    /**
     * @param journal where shoe changes are recorded
     * @param clock gives "today" when {@code --date} is left out
     */
    public ShoeCommands(JournalSession journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** A shoe as the journal tells it: when it was added, retired, and the runs logged in it. */
    private static final class Shoe {
        private final String name;
        private final LocalDate added;
        private LocalDate retired;
        private Distance distance = Distance.ZERO;
        private int runs;

        Shoe(String name, LocalDate added) {
            this.name = name;
            this.added = added;
        }
    }

    /** @return confirmation */
    @Command(name = {"shoes", "add"}, group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "Start tracking a pair of shoes")
    public String add(@Option(longName = "name", required = true, description = "a name you will type with --shoe, e.g. pegasus-41") String name,
            @Option(longName = "date", description = "first day worn, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        String shoe = name(name);
        LocalDate day = day(date);
        Map<String, Shoe> shoes = shoes();
        if (shoes.containsKey(key(shoe)) && shoes.get(key(shoe)).retired == null) {
            throw new UsageException("--name: " + shoe + " is already tracked; pick another name or retire it first");
        }
        journal.append(OptionValues.build(() -> ShoeEntry.add(shoe, day)));
        return output == OutputFormat.JSON ? Json.write(Json.object("added", Json.object("name", shoe, "date", day.toString())))
                : "Added shoe " + shoe + " on " + day + ".";
    }

    /** @return confirmation */
    @Command(name = {"shoes", "retire"}, group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "Stop tracking a pair of shoes (its mileage stays in the history)")
    public String retire(@Option(longName = "name", required = true, description = "the shoe's name") String name,
            @Option(longName = "date", description = "last day worn, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        String shoe = name(name);
        LocalDate day = day(date);
        Shoe known = shoes().get(key(shoe));
        if (known == null || known.retired != null) {
            throw new UsageException("--name: " + shoe + " is not a shoe in use; see 'shoes list'");
        }
        journal.append(ShoeEntry.retire(known.name, day));
        return output == OutputFormat.JSON ? Json.write(Json.object("retired", Json.object("name", known.name, "date", day.toString())))
                : "Retired shoe " + known.name + " on " + day + " after " + known.distance.format(journal.profile().units()) + ".";
    }

    /** @return the shoes with their distance */
    @Command(name = {"shoes", "list"}, group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "List shoes with the distance run in each")
    public String list(@Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        List<Shoe> shoes = new ArrayList<>(shoes().values());
        if (output == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (Shoe shoe : shoes) {
                json.add(Json.object("name", shoe.name, "added", shoe.added == null ? null : shoe.added.toString(),
                        "retired", shoe.retired == null ? null : shoe.retired.toString(),
                        "distanceKm", Json.round(shoe.distance.km(), 1), "runs", shoe.runs));
            }
            return Json.write(Json.object("shoes", json));
        }
        if (shoes.isEmpty()) {
            return "No shoes yet: shoes add --name NAME";
        }
        DistanceUnit units = journal.profile().units();
        Table table = Table.create().left("shoe").left("added").left("retired").right("distance").right("runs");
        for (Shoe shoe : shoes) {
            table.row(shoe.name, String.valueOf(shoe.added), shoe.retired == null ? "" : shoe.retired.toString(),
                    shoe.distance.format(units), String.valueOf(shoe.runs));
        }
        return table.render();
    }

    private Map<String, Shoe> shoes() {
        Map<String, Shoe> shoes = new LinkedHashMap<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof ShoeEntry change) {
                if (change.action() == ShoeAction.ADD) {
                    shoes.put(key(change.shoe()), new Shoe(change.shoe(), change.date()));
                } else if (shoes.containsKey(key(change.shoe()))) {
                    shoes.get(key(change.shoe())).retired = change.date();
                }
            } else if (entry instanceof RunEntry runEntry) {
                Run run = runEntry.run();
                run.shoe().map(s -> shoes.get(key(s))).ifPresent(shoe -> {
                    shoe.distance = shoe.distance.plus(run.distance());
                    shoe.runs++;
                });
            }
        }
        return shoes;
    }

    private LocalDate day(String date) {
        return date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new UsageException("--name: an empty name is not allowed; expected a shoe name, e.g. pegasus-41");
        }
        return name.strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
