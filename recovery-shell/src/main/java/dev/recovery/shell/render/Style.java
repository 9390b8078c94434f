package dev.recovery.shell.render;

/**
 * Colour and glyphs for text output. Colour only when standard output is a terminal, the terminal
 * is not dumb and {@code NO_COLOR} is not set (https://no-color.org); block characters only when
 * the output can carry them, with an ASCII fallback otherwise.
 *
 * @param colour whether to emit ANSI colour codes
 * @param unicode whether block characters and other non-ASCII glyphs may be used
 */
public record Style(boolean colour, boolean unicode) {

    /** Plain ASCII, no colour: pipes, files, tests. */
    public static final Style PLAIN = new Style(false, false);

    /**
     * Decides from the environment. The launcher passes {@code -Drecovery.tty=true|false}
     * (from {@code [ -t 1 ]}), because Java 17 cannot tell whether standard output alone is a
     * terminal.
     *
     * @return the style for this process
     */
    public static Style detect() {
        String tty = System.getProperty("recovery.tty");
        boolean terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        String term = System.getenv("TERM");
        boolean dumb = term == null || term.isBlank() || term.equals("dumb");
        boolean noColour = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        String ascii = System.getenv("RECOVERY_ASCII");
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("file.encoding", "")));
        boolean utf8 = encoding.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8")
                || locale().contains("UTF-8") || locale().contains("utf8");
        boolean unicode = !dumb && utf8 && (ascii == null || ascii.isEmpty());
        return new Style(terminal && !dumb && !noColour, unicode);
    }

    private static String locale() {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** @return text in bold */
    public String bold(String text) {
        return wrap("1", text);
    }

    /** @return text in red: RED triage, errors */
    public String red(String text) {
        return wrap("31;1", text);
    }

    /** @return text in amber: AMBER triage, warnings */
    public String amber(String text) {
        return wrap("33;1", text);
    }

    /** @return text in green: GREEN triage */
    public String green(String text) {
        return wrap("32;1", text);
    }

    /**
     * @param level a triage or readiness level
     * @return its name in its colour: red, amber or green
     */
    public String level(dev.recovery.core.triage.TriageLevel level) {
        switch (level) {
            case RED:
                return red(level.name());
            case AMBER:
                return amber(level.name());
            default:
                return green(level.name());
        }
    }

    /** @return text dimmed: sources, hints */
    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
