package dev.recovery.importer.fuzz;

/** How long {@code ./mvnw -Pfuzz verify} fuzzes each importer; without the profile only the corpus is replayed. */
final class FuzzBudget {

    /**
     * Per fuzz target: nine importer targets at 20 s each keep the whole fuzz profile, with the
     * command parser's target and the JVM start-ups, within about four minutes.
     */
    static final String PER_TARGET = "20s";

    private FuzzBudget() {
    }
}
