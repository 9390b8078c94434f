package dev.recovery.shell.command;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Table;
import dev.recovery.shell.service.TrainingHistory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code paces}: VDOT from a race or a goal, equivalent race times, and training paces. */
public class PaceCommands {

    private final TrainingHistory history;

    /** @param history gives the profile's units and goal */
    public PaceCommands(TrainingHistory history) {
        this.history = history;
    }

    /** @return VDOT, predictions and paces, text or JSON */
    @Command(name = "paces", group = Groups.TRAINING, completionProvider = OptionCompletions.BEAN,
            description = "VDOT, race predictions and training paces from a recent race or a goal marathon time",
            help = "Examples: paces --race 10k --time 45:30    paces --goal 3:30:00\n"
                    + "With neither, the goal marathon time of your profile is used.")
    public String paces(@Option(longName = "race", description = "a recent race: 5k|10k|half|marathon (with --time)") String race,
            @Option(longName = "time", description = "its finishing time, e.g. 45:30 or 1:39:00") String time,
            @Option(longName = "goal", description = "goal marathon time, e.g. 3:30:00 (instead of --race)") String goal,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (race != null && goal != null) {
            throw new UsageException("paces: give either --race with --time, or --goal, not both");
        }
        if ((race == null) != (time == null) && goal == null) {
            throw new UsageException("paces: --race and --time go together, e.g. --race 10k --time 45:30");
        }
        Vdot vdot;
        String basis;
        if (race != null) {
            RaceDistance distance = OptionValues.parse("race", race, RaceDistance::parse);
            Duration finish = OptionValues.parse("time", time, t -> Durations.parse("time", t));
            vdot = OptionValues.build(() -> Vdot.fromRace(distance.distance(), finish));
            basis = distance.label() + " in " + Durations.format(finish);
        } else {
            Duration marathon = goal != null ? OptionValues.parse("goal", goal, t -> Durations.parse("goal", t))
                    : history.profile().goalMarathonTime().orElseThrow(() -> new UsageException(
                            "paces: give --race with --time, or --goal (or set one: profile set --goal 3:30:00)"));
            vdot = OptionValues.build(() -> Vdot.fromGoal(marathon));
            basis = "goal marathon " + Durations.format(marathon);
        }
        TrainingPaces paces = vdot.trainingPaces();
        Map<String, Duration> predictions = new LinkedHashMap<>();
        for (RaceDistance distance : RaceDistance.values()) {
            predictions.put(key(distance), vdot.predict(distance.distance()));
        }
        if (output == OutputFormat.JSON) {
            Map<String, Object> predicted = new LinkedHashMap<>();
            predictions.forEach((k, v) -> predicted.put(k, v.getSeconds()));
            return Json.write(Json.object("vdot", Json.round(vdot.value(), 1), "basis", basis, "predictions", predicted,
                    "paces", Json.object("easy", range(paces.easy()), "marathon", seconds(paces.marathon()),
                            "threshold", seconds(paces.threshold()), "interval", seconds(paces.interval()),
                            "repetition", seconds(paces.repetition())),
                    "reasons", DomainJson.reasons(paces.reasons())));
        }
        DistanceUnit units = history.profile().units();
        Table races = Table.create().left("race").right("time").right("pace");
        for (RaceDistance distance : RaceDistance.values()) {
            Duration predicted = predictions.get(key(distance));
            races.row(distance.label(), Durations.format(predicted), Pace.of(distance.distance(), predicted).format(units));
        }
        Table zones = Table.create().left("zone").right("pace");
        zones.row("easy (E)", paces.easy().format(units));
        zones.row("marathon (M)", paces.marathon().format(units));
        zones.row("threshold (T)", paces.threshold().format(units));
        zones.row("interval (I)", paces.interval().format(units));
        zones.row("repetition (R)", paces.repetition().format(units));
        StringBuilder text = new StringBuilder("VDOT " + String.format(java.util.Locale.ROOT, "%.1f", vdot.value())
                + " from " + basis + "\n\n" + races.render() + "\n\n" + zones.render() + "\n");
        for (Reason reason : paces.reasons()) {
            text.append("\n- ").append(reason.message()).append(" [").append(reason.ruleId()).append("]\n  source: ")
                    .append(reason.source().citation());
        }
        return text.toString();
    }

    private static String key(RaceDistance distance) {
        switch (distance) {
            case FIVE_K:
                return "5k";
            case TEN_K:
                return "10k";
            case HALF_MARATHON:
                return "half";
            default:
                return "marathon";
        }
    }

    private static Map<String, Object> range(PaceRange range) {
        return Json.object("fastSecondsPerKm", seconds(range.fast()), "slowSecondsPerKm", seconds(range.slow()));
    }

    private static double seconds(Pace pace) {
        return Json.round(pace.secondsPerKm(), 1);
    }
}
