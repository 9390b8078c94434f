package dev.recovery.shell.command;

/** The headings under which {@code help} lists the commands. */
public final class Groups {

    /** Soreness check-ins and triage. */
    public static final String BODY = "Body: what hurts";
    /** Logging sessions, history, undo. */
    public static final String LOG = "Training log";
    /** Load, readiness, recovery, paces. */
    public static final String TRAINING = "Training insight";
    /** Periodized plans. */
    public static final String PLAN = "Plans";
    /** The runner's profile and shoes. */
    public static final String PROFILE = "Profile and shoes";
    /** Help, scripts. */
    public static final String CONSOLE = "Console";

    private Groups() {
    }
}
