package dev.recovery.core.triage;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One triage rule: a stable id, the level it points to when it fires, when it fires, what it tells
 * the runner, and where it comes from. Rules are pure: the same check-in always gives the same answer.
 *
 * @param id      stable kebab-case id, e.g. {@code red-pain-at-rest}; never changes between releases
 * @param level   the level the rule points to when it fires
 * @param summary one line on what the rule means, for documentation and help text
 * @param source  where the rule comes from
 * @param fires   true when the rule applies to a check-in
 * @param message the plain-language sentence for the runner, built from the check-in
 * @since 0.1.0
 */
public record TriageRule(String id, TriageLevel level, String summary, Source source, Predicate<CheckIn> fires,
        Function<CheckIn, String> message) {

    /** @throws IllegalArgumentException if a part is missing or the id is not kebab-case */
    public TriageRule {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw Checks.invalid("rule id", id, "lower-case words joined by hyphens, e.g. red-pain-at-rest");
        }
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("summary", summary, "a one-line description of rule " + id);
        Checks.required("source", source, "the source of rule " + id);
        Checks.required("fires", fires, "the condition of rule " + id);
        Checks.required("message", message, "the message of rule " + id);
    }

    /**
     * The rule's reason if it fires for {@code checkIn}, else empty.
     *
     * @throws NullPointerException if {@code checkIn} is null
     */
    public Optional<Reason> apply(CheckIn checkIn) {
        return fires.test(checkIn) ? Optional.of(Reason.of(id, message.apply(checkIn), source)) : Optional.empty();
    }
}
