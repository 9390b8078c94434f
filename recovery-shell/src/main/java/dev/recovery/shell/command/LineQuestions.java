package dev.recovery.shell.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;

/**
 * Questions as plain prompted lines, through Spring Shell's {@link InputReader}: for dumb terminals
 * and anywhere a list cannot be redrawn in place.
 */
final class LineQuestions implements Questions {

    private final InputReader input;
    private final PrintWriter out;

    LineQuestions(InputReader input, PrintWriter out) {
        this.input = input;
        this.out = out;
    }

    @Override
    public String choose(String question, List<String> choices) {
        return read(question + " (" + String.join(", ", choices) + ") ");
    }

    @Override
    public String ask(String question) {
        return read(question + " ");
    }

    @Override
    public boolean confirm(String question) {
        while (true) {
            String answer = read(question + " [y/N] ").strip().toLowerCase(Locale.ROOT);
            if (answer.isEmpty() || answer.equals("n") || answer.equals("no")) {
                return false;
            }
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            complain("please answer y or n");
        }
    }

    @Override
    public void complain(String message) {
        out.println("  " + message);
        out.flush();
    }

    private String read(String prompt) {
        out.flush();
        try {
            String line = input.readInput(prompt);
            return line == null ? "" : line;
        } catch (EndOfFileException | UserInterruptException stop) {
            throw stop;
        } catch (Exception e) {
            throw new EndOfFileException(e.getMessage());
        }
    }
}
