package dev.recovery.core.triage;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of triaging a check-in: the level, which kind of soreness it looks like, and every
 * rule that fired with its source, so the runner can see why. Made by {@link #of(CheckIn)}; the
 * constructor refuses a result that no check-in could give (a reason that is not a triage rule, or
 * a rule of another level), so a triage can always be trusted to match its reasons.
 *
 * @param level   GREEN, AMBER or RED
 * @param pattern acute soreness, DOMS, or neither
 * @param reasons every rule that fired, in the order the rules are evaluated; never empty, each a
 *                triage rule of {@code level}
  *
 * @since 0.1.0
 */
public record Triage(TriageLevel level, SorenessPattern pattern, List<Reason> reasons) {

    /**
     * @throws IllegalArgumentException if a part is missing, there are no reasons, or a reason is not
     *                                  a triage rule of {@code level}
     */
    public Triage {
        Checks.required("level", level, "GREEN, AMBER or RED");
        Checks.required("pattern", pattern, "acute, doms or neither");
        Checks.required("reasons", reasons, "at least one reason");
        if (reasons.isEmpty()) {
            throw Checks.invalid("reasons", "none", "at least one reason: every triage explains itself");
        }
        reasons = List.copyOf(reasons);
        for (Reason reason : reasons) {
            TriageRule rule = TriageRules.byId(reason.ruleId());
            if (rule.level() != level) {
                throw Checks.invalid("reason " + reason.ruleId(), rule.level(),
                        "a rule of the triage's level " + level + ": a triage lists only the rules that decided it");
            }
        }
    }

    /**
     * Triages a check-in; the same as {@link TriageRules#evaluate(CheckIn)}.
     *
     * @param checkIn the check-in
     * @return its triage
     * @throws IllegalArgumentException if {@code checkIn} is null
     */
    public static Triage of(CheckIn checkIn) {
        return TriageRules.evaluate(checkIn);
    }

    /**
     * The ids of the rules that fired, in order, e.g. {@code [red-swelling, red-severe-pain]}.
     *
     * @return the ids
     */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::ruleId).collect(Collectors.toUnmodifiableList());
    }

    /**
     * True if the rule with this id fired.
     *
     * @param ruleId the id
     * @return whether it fired
     */
    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    /**
     * How soon to be seen: the most urgent of the red flags that fired; empty unless RED.
     *
     * @return the urgency, for RED only
     */
    public Optional<Urgency> urgency() {
        return reasons.stream().map(r -> TriageRules.byId(r.ruleId()).urgency()).flatMap(Optional::stream)
                .reduce(Urgency::atLeast);
    }

    /**
     * What the runner should do, from the level, with the urgency for RED.
     *
     * @return the action in plain words
     */
    public String action() {
        return urgency().map(u -> level.action() + " " + u.action()).orElse(level.action());
    }
}
