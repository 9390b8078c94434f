package dev.recovery.shell.command;

import dev.recovery.shell.cli.UsageException;
import java.util.function.Function;

/**
 * Turns an option's text into a value with the domain library's parsers, so every bad value is
 * reported the library's way (the value, what is allowed) and named after the option the runner
 * typed: {@code --pain: 11 is not allowed; expected a whole number from 0 to 10}.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * @param option the option's long name, without dashes
     * @param text what was typed; null when the option was not given
     * @param parser the library's parser for the value
     * @param <T> the value type
     * @return the parsed value, or null when the option was not given
     * @throws UsageException naming the option, the value and what is allowed
     */
    public static <T> T parse(String option, String text, Function<String, T> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(rename(option, e.getMessage(), text));
        }
    }

    /**
     * @param option the option's long name
     * @param text what was typed
     * @param parser the library's parser
     * @param <T> the value type
     * @return the parsed value
     * @throws UsageException if the option is missing or its value is not allowed
     */
    public static <T> T required(String option, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            throw new UsageException("--" + option + " is required");
        }
        return parse(option, text, parser);
    }

    /**
     * @param option the option's long name
     * @param text what was typed, or null
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param unit what the number counts, e.g. "bpm"
     * @return the whole number, or null when not given
     * @throws UsageException if it is not a whole number in range
     */
    public static Integer wholeNumber(String option, String text, int min, int max, String unit) {
        return parse(option, text, t -> {
            int value;
            try {
                value = Integer.parseInt(t.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": " + t + " is not allowed; expected a whole number of "
                        + unit + " from " + min + " to " + max);
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + ": " + t + " is not allowed; expected a whole number of "
                        + unit + " from " + min + " to " + max);
            }
            return value;
        });
    }

    /**
     * Builds a value from already parsed options; a library complaint about a field (e.g. a run's
     * pace out of range) becomes a usage error naming that field as an option.
     *
     * @param build creates the value
     * @param <T> the value type
     * @return the value
     * @throws UsageException if the library rejects the combination
     */
    public static <T> T build(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "the values given do not fit together" : e.getMessage();
            int colon = message.indexOf(": ");
            boolean namesField = colon > 0 && colon < 40 && message.substring(0, colon).matches("[a-z][a-z-]*");
            throw new UsageException(namesField ? "--" + message : message);
        }
    }

    /**
     * A file or folder a runner names: {@code ~} and {@code ~/...} mean the home folder (inside the
     * REPL no shell expands them), relative paths are taken from the current folder.
     *
     * @param option the option's name for the message, e.g. {@code --file}
     * @param text what was typed
     * @return the absolute, normalised path (it may not exist)
     * @throws UsageException if the text is not a path this system accepts
     */
    public static java.nio.file.Path path(String option, String text) {
        String expanded = text.equals("~") || text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text;
        try {
            return java.nio.file.Path.of(expanded).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(option + ": '" + text + "' is not allowed; expected a file path (" + e.getReason() + ")");
        }
    }

    /** Puts the option's name, with dashes, at the front of the library's message. */
    static String rename(String option, String message, String text) {
        if (message == null || message.isBlank()) {
            return "--" + option + ": '" + text + "' is not allowed";
        }
        int colon = message.indexOf(": ");
        if (colon > 0 && colon < 40 && !message.substring(0, colon).contains(" is ")) {
            return "--" + option + message.substring(colon);
        }
        return "--" + option + ": " + message;
    }
}
