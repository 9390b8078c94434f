package dev.recovery.shell.cli;

import dev.recovery.shell.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.shell.jline.CommandCompleter;

/**
 * The interactive console: JLine line editing, Spring Shell's command and option completion,
 * history kept in the data directory. Errors are printed as one line and the session goes on.
 */
public final class Repl {

    private final CommandRunner runner;
    private final CommandCatalog catalog;
    private final RecoveryHome home;
    private final Style style;

    /**
     * @param runner runs each line
     * @param catalog the commands, for completion
     * @param home where the history file lives
     * @param style whether the prompt may be coloured
     */
    public Repl(CommandRunner runner, CommandCatalog catalog, RecoveryHome home, Style style) {
        this.runner = runner;
        this.catalog = catalog;
        this.home = home;
        this.style = style;
    }

    /**
     * Reads and runs commands until {@code exit}, {@code quit} or end of input.
     *
     * @return {@link ExitCode#OK}; failures of single commands do not end the session
     * @throws IOException if the terminal cannot be opened
     */
    public ExitCode run() throws IOException {
        home.create();
        try (Terminal terminal = TerminalBuilder.builder().name("recovery").system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("recovery")
                    .completer(new CommandCompleter(catalog.registry()))
                    .parser(new DefaultParser())
                    .variable(LineReader.HISTORY_FILE, home.historyFile())
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            PrintWriter out = terminal.writer();
            ReplInputReader input = new ReplInputReader(reader, style.colour());
            out.println("recovery console: type 'help' for the commands, 'exit' to leave.");
            out.flush();
            String prompt = style.colour() ? "\u001b[36;1mrecovery>\u001b[0m " : "recovery> ";
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt);
                } catch (UserInterruptException interrupted) {
                    continue;
                } catch (EndOfFileException end) {
                    break;
                }
                String command = line.strip();
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                if (isExit(command)) {
                    break;
                }
                runner.run(command, out, out, input);
            }
            reader.getHistory().save();
            out.flush();
        }
        return ExitCode.OK;
    }

    /** True for the words that leave the console: {@code exit} and {@code quit}, in the REPL, a script or piped input alike. */
    static boolean isExit(String command) {
        return command.equals("exit") || command.equals("quit");
    }
}
