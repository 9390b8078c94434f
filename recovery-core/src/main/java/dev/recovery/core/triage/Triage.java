package dev.recovery.core.triage;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of triaging a check-in: the level, which kind of soreness it looks like, and every
 * rule that fired with its source, so the runner can see why.
 *
 * @param level   GREEN, AMBER or RED
 * @param pattern acute soreness, DOMS, or neither
 * @param reasons every rule that fired, in the order the rules are evaluated; never empty
 * @since 0.1.0
 */
public record Triage(TriageLevel level, SorenessPattern pattern, List<Reason> reasons) {

    /** @throws IllegalArgumentException if a part is missing or there are no reasons */
    public Triage {
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("pattern", pattern, "acute, doms or neither");
        Checks.required("reasons", reasons, "at least one reason");
        if (reasons.isEmpty()) {
            throw Checks.invalid("reasons", "none", "at least one reason: every triage explains itself");
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * Triages a check-in by the rules of RULES.md 1.4 and 1.5; the same as {@link TriageRules#evaluate(CheckIn)}.
     *
     * @throws IllegalArgumentException if {@code checkIn} is null
     */
    public static Triage of(CheckIn checkIn) {
        return TriageRules.evaluate(checkIn);
    }

    /** The ids of the rules that fired, in order, e.g. {@code [red-swelling, red-severe-pain]}. */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::ruleId).collect(Collectors.toUnmodifiableList());
    }

    /** True if the rule with this id fired. */
    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    /** What the runner should do, from the level. */
    public String action() {
        return level.action();
    }
}
