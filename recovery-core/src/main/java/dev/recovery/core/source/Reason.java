package dev.recovery.core.source;

import dev.recovery.core.unit.Checks;

/**
 * One explained step of a decision: which rule fired, what it means for the runner in plain words,
 * and where the rule comes from. Triage results, readiness, load flags, recovery items and plan
 * changes all carry reasons, so nothing the product recommends is unexplained.
 *
 * @param ruleId  the rule's stable id, e.g. {@code red-pain-at-rest}; never changes between releases
 * @param message a plain-language sentence for the runner
 * @param source  where the rule comes from
 * @since 0.1.0
 */
public record Reason(String ruleId, String message, Source source) {

    /** Rule ids: lower-case words joined by hyphens. Compiled once: reasons are made in hot loops (plans, loads). */
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** @throws IllegalArgumentException if the id or message is blank or the source is missing */
    public Reason {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            throw Checks.invalid("rule id", ruleId, "lower-case words joined by hyphens, e.g. red-pain-at-rest");
        }
        if (message == null || message.isBlank()) {
            throw Checks.invalid("message", message, "a non-blank sentence");
        }
        Checks.required("source", source, "the source of rule " + ruleId);
    }

    /** A reason for {@code ruleId}. */
    public static Reason of(String ruleId, String message, Source source) {
        return new Reason(ruleId, message, source);
    }
}
