package dev.recovery.plans.generate;

import java.util.Optional;

/**
 * A request the plan rules cannot satisfy: a race date in the past or too soon, a peak the
 * progression cannot reach in the time, or more volume than the runs a week can carry. The message
 * says why and what would work. It is an {@link IllegalArgumentException} because the request is
 * what must change; nothing partial is built.
 *
 * @since 0.1.0
 */
public final class InfeasiblePlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Optional<String> suggestion;

    InfeasiblePlanException(String field, String message, String suggestion) {
        super(field + ": " + message + (suggestion == null ? "" : "; " + suggestion));
        this.field = field;
        this.suggestion = Optional.ofNullable(suggestion);
    }

    /** The request field to change, e.g. {@code peak-weekly}. */
    public String field() {
        return field;
    }

    /** What would work instead, e.g. the reachable peak or the weeks needed. */
    public Optional<String> suggestion() {
        return suggestion;
    }
}
