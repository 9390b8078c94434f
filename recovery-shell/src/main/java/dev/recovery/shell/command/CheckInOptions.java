package dev.recovery.shell.command;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.RegionClass;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import dev.recovery.shell.cli.UsageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import dev.recovery.shell.cli.ReplInputReader;
import org.springframework.shell.jline.JLineInputReader;

/**
 * The options of {@code triage} and {@code checkin}, as typed, turned into a {@link CheckIn}. In the
 * REPL, whatever was left out is asked for one question at a time (a sore runner need not remember
 * option names); elsewhere a missing option is a usage error naming every missing option.
 *
 * @param values the value options by long name (null when not given)
 * @param flags the yes/no flags that were given
 */
public record CheckInOptions(Map<String, String> values, Set<Symptom> flags) {

    /**
     * The yes/no signs the REPL asks about every time, in order: the classic eight. The others are
     * asked only where they can change the result ({@link #askedAfter}).
     */
    static final List<Symptom> ASKED_FLAGS = List.of(Symptom.PAIN_AT_REST, Symptom.PERSISTS_AFTER_REST, Symptom.SWELLING,
            Symptom.REDNESS, Symptom.WARMTH, Symptom.NUMBNESS, Symptom.CANNOT_BEAR_WEIGHT, Symptom.DEFORMITY);

    /** Signs that only pain which began during the run can show (the leg-ache prevention guide, 2025: "prevents you from continuing", "alters your running form"). */
    static final List<Symptom> RUN_FLAGS = List.of(Symptom.SUDDEN, Symptom.STOPPED_RUN, Symptom.ALTERED_GAIT);

    /** The signs of bone stress, asked only for pain on one spot of a bone-stress site (Warden, Davis &amp; Fredericson 2014). */
    static final List<Symptom> BONE_FLAGS = List.of(Symptom.BONE_TENDER, Symptom.HOP_PAIN);

    /** The option for the worst pain during the last run, 0-10; optional, never asked unless the pain began during the run. */
    static final String PAIN_DURING_RUN = "pain-during-run";

    /** The value options in the order questions are asked. */
    static final List<String> VALUE_OPTIONS = List.of("region", "side", "pain", "quality", "spread", "onset",
            "hours-since-run", "trend", "movement");

    /** What each value option's help says, in the order of {@link #VALUE_OPTIONS}. */
    private static final Map<String, String> VALUE_HELP = orderedHelp(
            "region", "where it hurts: calf, shin, knee, achilles, foot, ...",
            "side", "left|right|both",
            "pain", "pain now, 0 (none) to 10 (worst imaginable)",
            "quality", "dull-achy|tight-stiff|sharp|stabbing|shooting|burning|throbbing",
            "spread", "widespread|localized",
            "onset", "during|after|delayed",
            "hours-since-run", "hours since the run that brought it on",
            "trend", "improving|unchanged|worse",
            "movement", "eases|unchanged|worse with light movement");

    /** What each flag's help says. */
    private static final Map<Symptom, String> FLAG_HELP = Map.ofEntries(
            Map.entry(Symptom.PAIN_AT_REST, "flag: it hurts at rest"),
            Map.entry(Symptom.PERSISTS_AFTER_REST, "flag: it persists despite days off running"),
            Map.entry(Symptom.SWELLING, "flag: swelling"),
            Map.entry(Symptom.REDNESS, "flag: redness"),
            Map.entry(Symptom.WARMTH, "flag: warm to the touch"),
            Map.entry(Symptom.NUMBNESS, "flag: numbness or tingling"),
            Map.entry(Symptom.CANNOT_BEAR_WEIGHT, "flag: cannot bear weight, or limping"),
            Map.entry(Symptom.DEFORMITY, "flag: visible deformity, bump or bruising"),
            Map.entry(Symptom.SUDDEN, "flag: the pain came on suddenly during the run"),
            Map.entry(Symptom.STOPPED_RUN, "flag: the pain stopped the run"),
            Map.entry(Symptom.ALTERED_GAIT, "flag: the pain changed the way you ran (a limp, an altered stride)"),
            Map.entry(Symptom.NUMBNESS_SPREADING, "flag: numbness or tingling that spreads, or comes with weakness"),
            Map.entry(Symptom.BONE_TENDER, "flag: pressing on the bone at the sore spot hurts"),
            Map.entry(Symptom.HOP_PAIN, "flag: hopping on that leg hurts"),
            Map.entry(Symptom.WORSE_NEXT_MORNING, "flag: the morning after the run it was worse than before the run"));

    /** Compact constructor: copies. */
    public CheckInOptions {
        values = new LinkedHashMap<>(values);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * The options {@code triage} and {@code checkin} share, declared once for both: the value
     * options in the order questions are asked, then the yes/no flags in the order of {@link Symptom}.
     *
     * @return the option declarations, as Spring Shell's registry, parser, help and completion read them
     */
    public static List<CommandOption> declared() {
        List<CommandOption> options = new ArrayList<>();
        for (String option : VALUE_OPTIONS) {
            options.add(option(option, VALUE_HELP.get(option), String.class));
        }
        options.add(option(PAIN_DURING_RUN, "the worst pain in that spot during the last run, 0-10 (optional)", String.class));
        for (Symptom symptom : Symptom.values()) {
            options.add(option(flagName(symptom), FLAG_HELP.get(symptom), Boolean.class));
        }
        return options;
    }

    /**
     * @param longName the option's long name, without dashes
     * @param description what help says about it
     * @param type {@code String.class} for a value, {@code Boolean.class} for a bare yes/no flag
     * @return an optional option
     */
    public static CommandOption option(String longName, String description, Class<?> type) {
        return CommandOption.with().longName(longName).description(description).required(Boolean.FALSE).type(type).build();
    }

    /**
     * @param context the command as parsed
     * @param longName an option's long name
     * @return the text given for it, or null if it was left out
     */
    public static String value(CommandContext context, String longName) {
        CommandOption given = context.getOptionByLongName(longName);
        return given == null ? null : given.value();
    }

    /**
     * @param context the command as parsed, with the options of {@link #declared()}
     * @return the check-in options given
     */
    public static CheckInOptions given(CommandContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String option : VALUE_OPTIONS) {
            values.put(option, value(context, option));
        }
        values.put(PAIN_DURING_RUN, value(context, PAIN_DURING_RUN));
        Set<Symptom> flags = EnumSet.noneOf(Symptom.class);
        for (Symptom symptom : Symptom.values()) {
            if ("true".equals(value(context, flagName(symptom)))) {
                flags.add(symptom);
            }
        }
        return new CheckInOptions(values, flags);
    }

    private static Map<String, String> orderedHelp(String... namesAndHelp) {
        Map<String, String> help = new LinkedHashMap<>();
        for (int i = 0; i < namesAndHelp.length; i += 2) {
            help.put(namesAndHelp[i], namesAndHelp[i + 1]);
        }
        return help;
    }

    /** @return whether nothing at all was given on the command line */
    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == null) && flags.isEmpty();
    }

    /**
     * @param input the REPL's line reader, or a reader that cannot ask (one-shot, scripts)
     * @param out where questions' explanations and re-asks go
     * @return the check-in
     * @throws UsageException if an option is missing and cannot be asked for, or a value is not allowed
     */
    public CheckIn toCheckIn(InputReader input, PrintWriter out) {
        Map<String, String> answers = new LinkedHashMap<>(values);
        Set<Symptom> symptoms = flags.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(flags);
        List<String> missing = VALUE_OPTIONS.stream().filter(o -> answers.get(o) == null).toList();
        if (!missing.isEmpty() && !(input instanceof JLineInputReader)) {
            throw new UsageException("missing option" + (missing.size() > 1 ? "s" : "") + " "
                    + String.join(" ", missing.stream().map(o -> "--" + o).toList())
                    + " (in the REPL, 'checkin' alone asks for each)");
        }
        if (missing.isEmpty() && !isEmpty()) {
            return build(answers, symptoms);
        }
        Questions questions = input instanceof ReplInputReader repl && repl.supportsComponents()
                ? new ComponentQuestions(repl.terminal(), repl.colour()) : new LineQuestions(input, out);
        boolean askFlags = isEmpty();
        try {
            for (String option : missing) {
                answers.put(option, ask(questions, option));
            }
            if (askFlags) {
                for (Symptom symptom : ASKED_FLAGS) {
                    if (questions.confirm(question(symptom))) {
                        symptoms.add(symptom);
                    }
                }
                Onset onset = Onset.parse(answers.get("onset"));
                if (onset == Onset.DURING && answers.get(PAIN_DURING_RUN) == null) {
                    answers.put(PAIN_DURING_RUN, ask(questions, PAIN_DURING_RUN));
                }
                for (Symptom symptom : askedAfter(BodyRegion.parse(answers.get("region")), Spread.parse(answers.get("spread")),
                        onset, symptoms)) {
                    if (questions.confirm(question(symptom))) {
                        symptoms.add(symptom);
                    }
                }
            }
        } catch (EndOfFileException | UserInterruptException cancelled) {
            throw new UsageException("check-in cancelled; nothing was recorded");
        }
        return build(answers, symptoms);
    }

    /**
     * The signs beyond the classic eight worth asking about, given the answers so far: the run signs
     * only when the pain began during the run; worse-next-morning only when it began during or right
     * after one; the bone signs only for pain on one spot of a bone-stress site; spreading numbness
     * only when there is numbness. Anything else cannot change the result.
     *
     * @param region where it hurts
     * @param spread over a muscle group or one spot
     * @param onset when it began
     * @param given the signs answered yes so far
     * @return the signs to ask about, in order
     */
    static List<Symptom> askedAfter(BodyRegion region, Spread spread, Onset onset, Set<Symptom> given) {
        List<Symptom> asked = new ArrayList<>();
        if (onset == Onset.DURING) {
            asked.addAll(RUN_FLAGS);
        }
        if (onset != Onset.DELAYED) {
            asked.add(Symptom.WORSE_NEXT_MORNING);
        }
        if (RegionClass.of(region) == RegionClass.BONE_STRESS_SITE && spread == Spread.LOCALIZED) {
            asked.addAll(BONE_FLAGS);
        }
        if (given.contains(Symptom.NUMBNESS)) {
            asked.add(Symptom.NUMBNESS_SPREADING);
        }
        return asked;
    }

    private static CheckIn build(Map<String, String> a, Set<Symptom> symptoms) {
        BodyRegion region = OptionValues.parse("region", a.get("region"), BodyRegion::parse);
        Side side = OptionValues.parse("side", a.get("side"), Side::parse);
        PainScore pain = OptionValues.parse("pain", a.get("pain"), PainScore::parse);
        PainQuality quality = OptionValues.parse("quality", a.get("quality"), PainQuality::parse);
        Spread spread = OptionValues.parse("spread", a.get("spread"), Spread::parse);
        Onset onset = OptionValues.parse("onset", a.get("onset"), Onset::parse);
        double hours = OptionValues.parse("hours-since-run", a.get("hours-since-run"), CheckInOptions::hours);
        Trend trend = OptionValues.parse("trend", a.get("trend"), Trend::parse);
        MovementResponse movement = OptionValues.parse("movement", a.get("movement"), MovementResponse::parse);
        Optional<PainScore> during = a.get(PAIN_DURING_RUN) == null ? Optional.empty()
                : Optional.of(OptionValues.parse(PAIN_DURING_RUN, a.get(PAIN_DURING_RUN), PainScore::parse));
        return OptionValues.build(() -> new CheckIn(region, side, pain, quality, spread, onset, hours, trend, movement, symptoms,
                during));
    }

    private static double hours(String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hours-since-run: " + text + " is not allowed; expected a number of hours, "
                    + "e.g. 30 or 1.5");
        }
        if (Double.isNaN(value) || value < 0 || value > CheckIn.MAX_HOURS_SINCE_RUN) {
            throw new IllegalArgumentException("hours-since-run: " + text + " is not allowed; expected hours from 0 to "
                    + (long) CheckIn.MAX_HOURS_SINCE_RUN);
        }
        return value;
    }

    private static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("region", "Where does it hurt?"),
            Map.entry("side", "Which side?"),
            Map.entry("pain", "How much does it hurt right now, 0 (none) to 10 (worst imaginable)?"),
            Map.entry("quality", "What does it feel like?"),
            Map.entry("spread", "Spread over a muscle group, or in one spot?"),
            Map.entry("onset", "When did it start: during the run, after it, or delayed (12-24 h later)?"),
            Map.entry("hours-since-run", "How many hours since the run that brought it on?"),
            Map.entry("trend", "Since it started, is it"),
            Map.entry("movement", "With light movement, does it"),
            Map.entry(PAIN_DURING_RUN, "How much did it hurt during the run, 0 (none) to 10?"));

    private static final Map<String, List<String>> CHOICES = Map.of(
            "region", ids(BodyRegion.values()), "side", ids(Side.values()), "quality", ids(PainQuality.values()),
            "spread", ids(Spread.values()), "onset", ids(Onset.values()), "trend", ids(Trend.values()),
            "movement", ids(MovementResponse.values()));

    private static final Map<String, Function<String, ?>> PARSERS = Map.of(
            "region", BodyRegion::parse, "side", Side::parse, "pain", PainScore::parse, "quality", PainQuality::parse,
            "spread", Spread::parse, "onset", Onset::parse, "hours-since-run", CheckInOptions::hours,
            "trend", Trend::parse, "movement", MovementResponse::parse, PAIN_DURING_RUN, PainScore::parse);

    private static List<String> ids(Enum<?>[] constants) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> constant : constants) {
            ids.add(Checks.id(constant));
        }
        return ids;
    }

    private static String ask(Questions questions, String option) {
        while (true) {
            List<String> choices = CHOICES.get(option);
            String answer = choices == null ? questions.ask(QUESTIONS.get(option)) : questions.choose(QUESTIONS.get(option), choices);
            if (answer.isBlank()) {
                continue;
            }
            try {
                PARSERS.get(option).apply(answer.strip());
                return answer.strip();
            } catch (IllegalArgumentException e) {
                questions.complain(OptionValues.rename(option, e.getMessage(), answer));
            }
        }
    }

    private static String question(Symptom symptom) {
        switch (symptom) {
            case PAIN_AT_REST:
                return "Does it hurt at rest?";
            case PERSISTS_AFTER_REST:
                return "Has it persisted despite days off running?";
            case SWELLING:
                return "Is there swelling?";
            case REDNESS:
                return "Is there redness?";
            case WARMTH:
                return "Does it feel warm to the touch?";
            case NUMBNESS:
                return "Any numbness or tingling?";
            case CANNOT_BEAR_WEIGHT:
                return "Are you unable to bear weight, or limping?";
            case DEFORMITY:
                return "Any visible deformity, unusual bump or bruising?";
            case SUDDEN:
                return "Did it come on suddenly during the run?";
            case STOPPED_RUN:
                return "Did it make you stop the run?";
            case ALTERED_GAIT:
                return "Did it change the way you ran (a limp, a shorter stride)?";
            case NUMBNESS_SPREADING:
                return "Does the numbness or tingling spread, or come with weakness?";
            case BONE_TENDER:
                return "Does pressing on the bone at the sore spot hurt?";
            case HOP_PAIN:
                return "Does hopping on that leg hurt?";
            case WORSE_NEXT_MORNING:
                return "The morning after the run, was it worse than before the run?";
            default:
                return "Do you have " + symptom.id() + "?";
        }
    }

    /** @return the flags' option names, in the order of {@link Symptom} */
    static List<String> flagOptions() {
        List<String> names = new ArrayList<>();
        for (Symptom symptom : Symptom.values()) {
            names.add(flagName(symptom));
        }
        return names;
    }

    /** @return the option naming a symptom, e.g. {@code at-rest} for pain at rest */
    static String flagName(Symptom symptom) {
        return symptom == Symptom.PAIN_AT_REST ? "at-rest" : symptom.id();
    }
}
