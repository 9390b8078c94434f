package dev.recovery.core.recovery;

import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One recovery rule that adds to a day's prescription: its stable id and source (a
 * {@link RecoveryRule}), the condition on the day's facts, and what it adds when the condition
 * holds. The rules are evaluated in the order of {@link RecoveryRules#IN_ORDER}.
 *
 * @param rule   the rule's id and source; every item the rule adds cites it
 * @param when   the condition: the rule applies only on days where this holds
 * @param adds   the items (per time slot, doses from the {@link Catalogue}) and notes it adds on such
 *               a day; may be {@link Contribution#NONE} when nothing is left to add
 */
public record PrescriptionRule(RecoveryRule rule, Predicate<DayFacts> when, Function<DayFacts, Contribution> adds) {

    /** @throws IllegalArgumentException if a part is missing */
    public PrescriptionRule {
        Checks.required("rule", rule, "a recovery rule id");
        Checks.required("when", when, "a condition on the day");
        Checks.required("adds", adds, "what the rule adds");
    }

    /** The rule's stable id, e.g. {@code foam-roll-after-hard}. */
    public String id() {
        return rule.id();
    }

    /** Where the rule comes from. */
    public Source source() {
        return rule.source();
    }

    /** What the rule adds on {@code facts}' day: nothing when its condition does not hold. */
    public Contribution apply(DayFacts facts) {
        return when.test(facts) ? adds.apply(facts) : Contribution.NONE;
    }
}
