package dev.recovery.shell.render;

import java.util.Locale;

/** How a command prints its result: {@code --format text|json}. */
public enum OutputFormat {
    /** Aligned text for people, in the runner's units. */
    TEXT,
    /** JSON for programs: metric units, ISO-8601 dates. */
    JSON;

    /** Help text of the {@code --format} option. */
    public static final String HELP = "text|json (default text; json uses metric units and ISO dates)";

    /**
     * @param value the option value, {@code text} or {@code json}; null means text
     * @return the format
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static OutputFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text":
                return TEXT;
            case "json":
                return JSON;
            default:
                throw new IllegalArgumentException("--format: '" + value + "' is not allowed; expected text or json");
        }
    }
}
