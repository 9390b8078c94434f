package dev.recovery.shell.command;

import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Table;
import dev.recovery.shell.service.Shoe;
import dev.recovery.shell.service.TrainingHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code shoes add|list|retire}: the runner's shoes and how far each has run. */
public class ShoeCommands {

    private final TrainingHistory history;

    /** @param history where shoe changes are recorded, the shoes and their runs; gives "today" */
    public ShoeCommands(TrainingHistory history) {
        this.history = history;
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
        if (history.shoe(shoe).filter(Shoe::inUse).isPresent()) {
            throw new UsageException("--name: " + shoe + " is already tracked; pick another name or retire it first");
        }
        OptionValues.build(() -> history.addShoe(shoe, day));
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
        Shoe known = history.shoe(shoe).filter(Shoe::inUse)
                .orElseThrow(() -> new UsageException("--name: " + shoe + " is not a shoe in use; see 'shoes list'"));
        history.retireShoe(known.name(), day);
        return output == OutputFormat.JSON ? Json.write(Json.object("retired", Json.object("name", known.name(), "date", day.toString())))
                : "Retired shoe " + known.name() + " on " + day + " after " + known.distance().format(history.profile().units()) + ".";
    }

    /** @return the shoes with their distance */
    @Command(name = {"shoes", "list"}, group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "List shoes with the distance run in each")
    public String list(@Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        List<Shoe> shoes = history.shoes();
        if (output == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (Shoe shoe : shoes) {
                json.add(Json.object("name", shoe.name(), "added", shoe.added() == null ? null : shoe.added().toString(),
                        "retired", shoe.retired().map(LocalDate::toString).orElse(null),
                        "distanceKm", Json.round(shoe.distance().km(), 1), "runs", shoe.runs()));
            }
            return Json.write(Json.object("shoes", json));
        }
        if (shoes.isEmpty()) {
            return "No shoes yet: shoes add --name NAME";
        }
        DistanceUnit units = history.profile().units();
        Table table = Table.create().left("shoe").left("added").left("retired").right("distance").right("runs");
        for (Shoe shoe : shoes) {
            table.row(shoe.name(), String.valueOf(shoe.added()), shoe.retired().map(LocalDate::toString).orElse(""),
                    shoe.distance().format(units), String.valueOf(shoe.runs()));
        }
        return table.render();
    }

    private LocalDate day(String date) {
        return date == null ? history.today() : OptionValues.parse("date", date, t -> Dates.parse("date", t));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new UsageException("--name: an empty name is not allowed; expected a shoe name, e.g. pegasus-41");
        }
        return name.strip();
    }
}
