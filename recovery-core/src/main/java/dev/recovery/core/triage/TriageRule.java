package dev.recovery.core.triage;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One triage rule: a stable id, the level it points to when it fires, when it fires, what it tells
 * the runner, where it comes from and, for a red flag, how soon to be seen. Rules are pure: the same
 * check-in always gives the same answer.
 *
 * @param id      stable kebab-case id, e.g. {@code red-pain-at-rest}; never changes between releases
 * @param level   the level the rule points to when it fires
 * @param summary one line on what the rule means, for documentation and help text
 * @param source  where the rule comes from
 * @param fires   true when the rule applies to a check-in
 * @param message the plain-language sentence for the runner, built from the check-in
 * @param urgency how soon to be seen: present exactly for RED rules
  *
 * @since 0.1.0
 */
public record TriageRule(String id, TriageLevel level, String summary, Source source, Predicate<CheckIn> fires,
        Function<CheckIn, String> message, Optional<Urgency> urgency) {

    /**
     * @throws IllegalArgumentException if a part is missing, the id is not kebab-case, or the urgency
     *                                  is missing on a RED rule or present on another
     */
    public TriageRule {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw Checks.invalid("rule id", id, "lower-case words joined by hyphens, e.g. red-pain-at-rest");
        }
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("summary", summary, "a one-line description of rule " + id);
        Checks.required("source", source, "the source of rule " + id);
        Checks.required("fires", fires, "the condition of rule " + id);
        Checks.required("message", message, "the message of rule " + id);
        Checks.required("urgency", urgency, "an urgency for a RED rule, none otherwise");
        if (urgency.isPresent() != (level == TriageLevel.RED)) {
            throw Checks.invalid("urgency of " + id, urgency.map(Urgency::id).orElse("none"),
                    level == TriageLevel.RED ? "same-day or soon for a RED rule" : "none: only RED rules have an urgency");
        }
    }

    /**
     * A GREEN or AMBER rule, which has no urgency.
     *
     * @param id      stable kebab-case id
     * @param level   GREEN or AMBER
     * @param summary one line on what the rule means
     * @param source  where the rule comes from
     * @param fires   when it applies
     * @param message the sentence for the runner
     * @throws IllegalArgumentException if a part is missing or {@code level} is RED
     */
    public TriageRule(String id, TriageLevel level, String summary, Source source, Predicate<CheckIn> fires,
            Function<CheckIn, String> message) {
        this(id, level, summary, source, fires, message, Optional.empty());
    }

    /**
     * A RED rule with its urgency.
     *
     * @param id      stable kebab-case id
     * @param urgency how soon to be seen
     * @param summary one line on what the rule means
     * @param source  where the rule comes from
     * @param fires   when it applies
     * @param message the sentence for the runner
     * @return the rule
     * @throws IllegalArgumentException if a part is missing
     */
    public static TriageRule red(String id, Urgency urgency, String summary, Source source, Predicate<CheckIn> fires,
            Function<CheckIn, String> message) {
        Checks.required("urgency", urgency, "same-day or soon");
        return new TriageRule(id, TriageLevel.RED, summary, source, fires, message, Optional.of(urgency));
    }

    /**
     * The rule's reason if it fires for {@code checkIn}, else empty.
     *
     * @param checkIn the check-in
     * @return the reason, or empty
     * @throws NullPointerException if {@code checkIn} is null
     */
    public Optional<Reason> apply(CheckIn checkIn) {
        return fires.test(checkIn) ? Optional.of(Reason.of(id, message.apply(checkIn), source)) : Optional.empty();
    }
}
