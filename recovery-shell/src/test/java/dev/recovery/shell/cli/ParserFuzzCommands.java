package dev.recovery.shell.cli;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Commands shaped like the console's (multi-word names, required options, yes/no flags, positional
 * arguments), for fuzzing the parser without the services the real commands need.
 */
public final class ParserFuzzCommands {

    /**
     * @param distance a required option with a value
     * @param duration a required option with a value
     * @param rpe      an optional option with a value
     * @return nothing to see
     */
    @Command(name = {"log", "run"}, description = "Record a run")
    public String logRun(@Option(longName = "distance", required = true, description = "e.g. 10km") String distance,
            @Option(longName = "duration", required = true, description = "e.g. 55:00") String duration,
            @Option(longName = "rpe", shortName = 'r', description = "1 to 10") String rpe) {
        return "";
    }

    /**
     * @param pain     an option with a value
     * @param swelling a yes/no flag
     * @param json     a yes/no flag
     * @return nothing to see
     */
    @Command(name = "triage", description = "Triage a sore spot")
    public String triage(@Option(longName = "pain", description = "0 to 10") String pain,
            @Option(longName = "swelling", description = "visible swelling") boolean swelling,
            @Option(longName = "json", description = "JSON output") boolean json) {
        return "";
    }

    /**
     * @param topic a positional argument
     * @return nothing to see
     */
    @Command(name = "help", description = "Help")
    public String help(@Argument(index = 0, description = "a command") String topic) {
        return "";
    }

    /**
     * @param weeks an option with a value
     * @return nothing to see
     */
    @Command(name = {"plan", "show"}, description = "Show the plan")
    public String planShow(@Option(longName = "weeks", description = "how many") String weeks) {
        return "";
    }
}
