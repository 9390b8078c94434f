package dev.recovery.shell.cli;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.shell.jline.JLineInputReader;

/**
 * The REPL's input reader: Spring Shell's line reading, plus access to the terminal so that a
 * command can use Spring Shell's interactive components (selectors, inputs, confirmations).
 */
public final class ReplInputReader extends JLineInputReader {

    private final Terminal terminal;
    private final boolean colour;

    /**
     * @param reader the REPL's line reader
     * @param colour whether the components may use colour
     */
    public ReplInputReader(LineReader reader, boolean colour) {
        super(reader);
        this.terminal = reader.getTerminal();
        this.colour = colour;
    }

    /** @return the REPL's terminal */
    public Terminal terminal() {
        return terminal;
    }

    /** @return whether the components may use colour */
    public boolean colour() {
        return colour;
    }

    /**
     * @return whether the terminal can redraw a list in place (a dumb terminal, or one without
     *     cursor movement, gets plain line questions instead)
     */
    public boolean supportsComponents() {
        String type = terminal.getType();
        return type != null && !type.startsWith("dumb") && System.getenv("RECOVERY_PLAIN_QUESTIONS") == null;
    }
}
