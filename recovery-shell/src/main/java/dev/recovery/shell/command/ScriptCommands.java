package dev.recovery.shell.command;

import dev.recovery.shell.cli.CommandRunner;
import dev.recovery.shell.cli.ScriptRunner;
import dev.recovery.shell.cli.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;

/** {@code script FILE}: runs a file of commands in one process, stopping at the first failure. */
public class ScriptCommands {

    private final ObjectProvider<CommandRunner> runner;

    /** @param runner runs each line (looked up lazily: this command is run by it) */
    public ScriptCommands(ObjectProvider<CommandRunner> runner) {
        this.runner = runner;
    }

    /**
     * @param file path of the script, relative to the current directory
     * @param context where results go and how commands may ask questions
     * @return nothing: each command prints its own result
     */
    @Command(name = "script", group = Groups.CONSOLE,
            description = "Run a file of commands, one per line (# starts a comment); stops at the first failure",
            help = "Example file:\n  # week 47\n  log run --date 2026-11-16 --distance 10km --duration 55:00\n"
                    + "  log cross --date 2026-11-17 --activity bike --duration 45:00")
    public String script(@Argument(index = 0, description = "FILE") String file, CommandContext context) {
        if (file == null || file.isBlank()) {
            throw new UsageException("script: missing FILE; usage: script FILE");
        }
        Path path = OptionValues.path("script", file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("script: '" + file + "' is not a readable file");
        }
        try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            new ScriptRunner(runner.getObject()).run(lines, path.getFileName().toString(), context.outputWriter(),
                    context.inputReader());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("script: cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
