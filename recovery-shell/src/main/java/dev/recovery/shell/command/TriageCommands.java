package dev.recovery.shell.command;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.unit.Dates;
import dev.recovery.shell.journal.CheckInEntry;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.TrainingHistory;
import dev.recovery.shell.service.TriageEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * {@code triage} evaluates a soreness check-in without recording it; {@code checkin} records it in
 * the journal, then prints the same triage: GREEN (train), AMBER (modify) or RED (stop, see a
 * professional), with every rule that fired and its source.
 */
public class TriageCommands {

    private static final String HELP = "Yes/no flags are given bare: --swelling means yes, leaving it out means no.\n"
            + "Example: triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed "
            + "--hours-since-run 30 --trend improving --movement eases";

    private static final CommandOption FORMAT = CheckInOptions.option("format", OutputFormat.HELP, String.class);

    private final TriageEngine engine;
    private final TrainingHistory history;
    private final Style style;

    /**
     * @param engine the triage rules
     * @param history where check-ins are recorded
     * @param style colours the level on a terminal
     */
    public TriageCommands(TriageEngine engine, TrainingHistory history, Style style) {
        this.engine = engine;
        this.history = history;
        this.style = style;
    }

    /**
     * {@code triage} and {@code checkin} as Spring Shell commands, built from one declaration of
     * their shared options ({@link CheckInOptions#declared()}): annotated methods would have to
     * repeat every option, since Spring Shell 4 binds options only to method parameters.
     *
     * @param completions completes option values (regions, sides, ...)
     * @return the two commands, for the catalog
     */
    public List<Command> commands(CompletionProvider completions) {
        List<CommandOption> triageOptions = new ArrayList<>(CheckInOptions.declared());
        triageOptions.add(FORMAT);
        List<CommandOption> checkinOptions = new ArrayList<>(CheckInOptions.declared());
        checkinOptions.add(CheckInOptions.option("date", "the day the check-in is about, YYYY-MM-DD (default today)", String.class));
        checkinOptions.add(FORMAT);
        Command triage = Command.builder().name("triage").group(Groups.BODY).completionProvider(completions)
                .description("Is this soreness or the start of an injury? Evaluates a check-in; records nothing").help(HELP)
                .options(triageOptions.toArray(CommandOption[]::new)).execute(this::triage);
        Command checkin = Command.builder().name("checkin").group(Groups.BODY).completionProvider(completions)
                .description("Record how a sore spot feels, then triage it (in the REPL, 'checkin' alone asks step by step)")
                .help(HELP).options(checkinOptions.toArray(CommandOption[]::new)).execute(this::checkin);
        return List.of(triage, checkin);
    }

    /**
     * @param context the parsed command line, with the terminal to ask on in the REPL
     * @return the triage, text or JSON
     */
    public String triage(CommandContext context) {
        OutputFormat output = OutputFormat.parse(CheckInOptions.value(context, "format"));
        CheckIn checkIn = CheckInOptions.given(context).toCheckIn(context.inputReader(), context.outputWriter());
        return render(engine.evaluate(checkIn), Optional.empty(), output);
    }

    /**
     * @param context the parsed command line, with the terminal to ask on in the REPL
     * @return the triage of the recorded check-in, text or JSON
     */
    public String checkin(CommandContext context) {
        OutputFormat output = OutputFormat.parse(CheckInOptions.value(context, "format"));
        String date = CheckInOptions.value(context, "date");
        LocalDate checked = date == null ? null : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        CheckIn checkIn = CheckInOptions.given(context).toCheckIn(context.inputReader(), context.outputWriter());
        LocalDate day = checked == null ? history.today() : checked;
        Triage triage = engine.evaluate(checkIn);
        CheckInEntry recorded = OptionValues.build(() -> history.recordCheckIn(checkIn, day));
        return render(triage, Optional.of(recorded.recordedAt()), output);
    }

    private String render(Triage triage, Optional<Instant> recordedAt, OutputFormat output) {
        if (output == OutputFormat.JSON) {
            return Json.write(DomainJson.triage(triage, recordedAt));
        }
        StringBuilder text = new StringBuilder();
        text.append(style.level(triage.level())).append("  ").append(triage.action());
        text.append("\n\nWhy:");
        for (Reason reason : triage.reasons()) {
            text.append("\n  - ").append(reason.message()).append(' ').append(style.dim("[" + reason.ruleId() + "]"));
            text.append("\n    ").append(style.dim("source: " + reason.source().citation()));
        }
        if (recordedAt.isPresent()) {
            text.append("\n\nCheck-in recorded.");
        }
        return text.toString();
    }
}
