package dev.recovery.shell.command;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code triage} evaluates a soreness check-in without recording it; {@code checkin} records it in
 * the journal, then prints the same triage: GREEN (train), AMBER (modify) or RED (stop, see a
 * professional), with every rule that fired and its source.
 */
public class TriageCommands {

    private static final String HELP = "Yes/no flags are given bare: --swelling means yes, leaving it out means no.\n"
            + "Example: triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed "
            + "--hours-since-run 30 --trend improving --movement eases";

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

    /** @return the triage, text or JSON */
    @Command(name = "triage", group = Groups.BODY, completionProvider = OptionCompletions.BEAN,
            description = "Is this soreness or the start of an injury? Evaluates a check-in; records nothing", help = HELP)
    public String triage(
            @Option(longName = "region", description = "where it hurts: calf, shin, knee, achilles, foot, ...") String region,
            @Option(longName = "side", description = "left|right|both") String side,
            @Option(longName = "pain", description = "pain now, 0 (none) to 10 (worst imaginable)") String pain,
            @Option(longName = "quality", description = "dull-achy|tight-stiff|sharp|stabbing|shooting|burning|throbbing") String quality,
            @Option(longName = "spread", description = "widespread|localized") String spread,
            @Option(longName = "onset", description = "during|after|delayed") String onset,
            @Option(longName = "hours-since-run", description = "hours since the run that brought it on") String hoursSinceRun,
            @Option(longName = "trend", description = "improving|unchanged|worse") String trend,
            @Option(longName = "movement", description = "eases|unchanged|worse with light movement") String movement,
            @Option(longName = "at-rest", description = "flag: it hurts at rest") Boolean atRest,
            @Option(longName = "persists-after-rest", description = "flag: it persists despite days off running") Boolean persistsAfterRest,
            @Option(longName = "swelling", description = "flag: swelling") Boolean swelling,
            @Option(longName = "redness", description = "flag: redness") Boolean redness,
            @Option(longName = "warmth", description = "flag: warm to the touch") Boolean warmth,
            @Option(longName = "numbness", description = "flag: numbness or tingling") Boolean numbness,
            @Option(longName = "cannot-bear-weight", description = "flag: cannot bear weight, or limping") Boolean cannotBearWeight,
            @Option(longName = "deformity", description = "flag: visible deformity, bump or bruising") Boolean deformity,
            @Option(longName = "format", description = OutputFormat.HELP) String format,
            CommandContext context) {
        OutputFormat output = OutputFormat.parse(format);
        CheckIn checkIn = options(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, atRest,
                persistsAfterRest, swelling, redness, warmth, numbness, cannotBearWeight, deformity)
                .toCheckIn(context.inputReader(), context.outputWriter());
        return render(engine.evaluate(checkIn), Optional.empty(), output);
    }

    /** @return the triage of the recorded check-in, text or JSON */
    @Command(name = "checkin", group = Groups.BODY, completionProvider = OptionCompletions.BEAN,
            description = "Record how a sore spot feels, then triage it (in the REPL, 'checkin' alone asks step by step)",
            help = HELP)
    public String checkin(
            @Option(longName = "region", description = "where it hurts: calf, shin, knee, achilles, foot, ...") String region,
            @Option(longName = "side", description = "left|right|both") String side,
            @Option(longName = "pain", description = "pain now, 0 (none) to 10 (worst imaginable)") String pain,
            @Option(longName = "quality", description = "dull-achy|tight-stiff|sharp|stabbing|shooting|burning|throbbing") String quality,
            @Option(longName = "spread", description = "widespread|localized") String spread,
            @Option(longName = "onset", description = "during|after|delayed") String onset,
            @Option(longName = "hours-since-run", description = "hours since the run that brought it on") String hoursSinceRun,
            @Option(longName = "trend", description = "improving|unchanged|worse") String trend,
            @Option(longName = "movement", description = "eases|unchanged|worse with light movement") String movement,
            @Option(longName = "at-rest", description = "flag: it hurts at rest") Boolean atRest,
            @Option(longName = "persists-after-rest", description = "flag: it persists despite days off running") Boolean persistsAfterRest,
            @Option(longName = "swelling", description = "flag: swelling") Boolean swelling,
            @Option(longName = "redness", description = "flag: redness") Boolean redness,
            @Option(longName = "warmth", description = "flag: warm to the touch") Boolean warmth,
            @Option(longName = "numbness", description = "flag: numbness or tingling") Boolean numbness,
            @Option(longName = "cannot-bear-weight", description = "flag: cannot bear weight, or limping") Boolean cannotBearWeight,
            @Option(longName = "deformity", description = "flag: visible deformity, bump or bruising") Boolean deformity,
            @Option(longName = "date", description = "the day the check-in is about, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format,
            CommandContext context) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate checked = date == null ? null : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        CheckIn checkIn = options(region, side, pain, quality, spread, onset, hoursSinceRun, trend, movement, atRest,
                persistsAfterRest, swelling, redness, warmth, numbness, cannotBearWeight, deformity)
                .toCheckIn(context.inputReader(), context.outputWriter());
        LocalDate day = checked == null ? history.today() : checked;
        Triage triage = engine.evaluate(checkIn);
        CheckInEntry recorded = history.recordCheckIn(checkIn, day);
        return render(triage, Optional.of(recorded.recordedAt()), output);
    }

    private static CheckInOptions options(String region, String side, String pain, String quality, String spread,
            String onset, String hours, String trend, String movement, Boolean atRest, Boolean persists, Boolean swelling,
            Boolean redness, Boolean warmth, Boolean numbness, Boolean cannotBearWeight, Boolean deformity) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", region);
        values.put("side", side);
        values.put("pain", pain);
        values.put("quality", quality);
        values.put("spread", spread);
        values.put("onset", onset);
        values.put("hours-since-run", hours);
        values.put("trend", trend);
        values.put("movement", movement);
        Set<Symptom> flags = EnumSet.noneOf(Symptom.class);
        add(flags, atRest, Symptom.PAIN_AT_REST);
        add(flags, persists, Symptom.PERSISTS_AFTER_REST);
        add(flags, swelling, Symptom.SWELLING);
        add(flags, redness, Symptom.REDNESS);
        add(flags, warmth, Symptom.WARMTH);
        add(flags, numbness, Symptom.NUMBNESS);
        add(flags, cannotBearWeight, Symptom.CANNOT_BEAR_WEIGHT);
        add(flags, deformity, Symptom.DEFORMITY);
        return new CheckInOptions(values, flags);
    }

    private static void add(Set<Symptom> flags, Boolean given, Symptom symptom) {
        if (Boolean.TRUE.equals(given)) {
            flags.add(symptom);
        }
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
