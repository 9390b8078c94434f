package dev.recovery.shell.command;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.RunType;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Completes option values in the REPL: regions, pain qualities, run types, activities, days,
 * formats. Keyed by the option's long name, so every command using {@code --region} completes
 * the same values. The values come from the library's enums, so they never drift from what the
 * parsers accept.
 */
public final class OptionCompletions implements CompletionProvider {

    /** The bean name commands refer to in {@code @Command(completionProvider = ...)}. */
    public static final String BEAN = "optionCompletions";

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Builds the table of values from the library's enums. */
    public OptionCompletions() {
        values.put("region", ids(BodyRegion.values()));
        values.put("side", ids(Side.values()));
        values.put("quality", ids(PainQuality.values()));
        values.put("spread", ids(Spread.values()));
        values.put("onset", ids(Onset.values()));
        values.put("trend", ids(Trend.values()));
        values.put("movement", ids(MovementResponse.values()));
        values.put("type", ids(RunType.values()));
        List<String> activities = new ArrayList<>(ids(CrossActivity.values()));
        activities.addAll(List.of("strength", "yoga"));
        values.put("activity", activities);
        values.put("format", List.of("text", "json"));
        values.put("units", List.of("km", "mi"));
        values.put("sex", List.of("female", "male"));
        List<String> days = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        Stream.of("long-run-day", "rest-day", "cross-day", "strength-days").forEach(o -> values.put(o, days));
        values.put("race", List.of("5k", "10k", "half", "marathon"));
        values.put("model", List.of("goldencheetah", "trainingpeaks", "runalyze"));
        values.put("phase", ids(dev.recovery.core.recovery.TrainingPhase.values()));
    }

    /** @return the values completed for an option, empty when it takes free text */
    public List<String> valuesOf(String option) {
        return values.getOrDefault(option, List.of());
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        if (option == null || option.longName() == null) {
            return List.of();
        }
        return valuesOf(option.longName()).stream().map(CompletionProposal::new).toList();
    }

    private static List<String> ids(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Checks::id).toList();
    }
}
