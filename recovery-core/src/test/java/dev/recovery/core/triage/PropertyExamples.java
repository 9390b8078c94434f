package dev.recovery.core.triage;

/**
 * How many examples a property test generates: its own number in an ordinary build, capped by
 * QuickTheories' {@code QT_EXAMPLES} system property when it is set. The mutation profile sets it:
 * a mutant is usually caught by the first few examples, and every surviving mutant reruns every
 * property that covers it.
 */
public final class PropertyExamples {

    /** The system property QuickTheories reads for its default number of examples. */
    public static final String PROPERTY = "QT_EXAMPLES";

    private PropertyExamples() {
    }

    /**
     * {@code wanted}, or fewer if {@code QT_EXAMPLES} asks for fewer.
     *
     * @param wanted the property's own number of examples
     * @return the number to generate
     */
    public static int upTo(int wanted) {
        Integer cap = Integer.getInteger(PROPERTY);
        return cap == null ? wanted : Math.min(wanted, cap);
    }
}
