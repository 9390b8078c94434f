package dev.recovery.shell.render;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for work that takes more than about a second (an import of years
 * of history). It draws nothing for quick work, nothing when standard error is not a terminal (a
 * script, a pipe, CI), and it never mixes with a command's result, which goes to standard output.
 */
public final class ProgressBar {

    /** Work shorter than this shows no bar at all: a bar that flashes is noise. */
    static final long QUIET_NANOS = 1_000_000_000L;
    /** Redraw at most this often, so drawing never slows the work. */
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final Style style;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean enabled, Style style, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.style = style;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /** A bar on standard error, drawn only when the console runs on a terminal. */
    public static ProgressBar onStandardError(Style style) {
        return new ProgressBar(System.err, System.console() != null, style, System::nanoTime);
    }

    /** Reports {@code done} of {@code total} units (total 0 or less: unknown). */
    public void update(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started < QUIET_NANOS || (drawn && now - lastDrawn < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        double share = total > 0 ? Math.min(1.0, done / (double) total) : 0;
        int filled = (int) Math.round(share * WIDTH);
        String full = style.unicode() ? "█" : "#";
        String empty = style.unicode() ? "░" : ".";
        out.print(String.format(Locale.ROOT, "\r%s%s %3d%%  %d/%d", full.repeat(filled), empty.repeat(WIDTH - filled),
                Math.round(share * 100), done, total));
        out.flush();
    }

    /** Clears the bar's line, if one was drawn. */
    public void finish() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            out.flush();
        }
    }
}
