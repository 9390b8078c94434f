package dev.recovery.core.triage;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The triage as a pure function of a check-in.
 *
 * <ol>
 *   <li>A check-in at pain 0 with no yes/no sign and no unacceptable pain during the run is GREEN
 *       ({@link GreenRules#PAIN_FREE}): nothing is left to triage.</li>
 *   <li>Every {@link RedFlags red flag} is checked; if any fires the level is RED and the result
 *       lists all of them.</li>
 *   <li>Otherwise every {@link AmberRules amber rule} is checked; each names a green condition that
 *       failed; if any fires the level is AMBER.</li>
 *   <li>Otherwise every green condition holds and the level is GREEN, explained by the
 *       {@link GreenRules green rule} of the route that held (within 24 h, or the DOMS pattern).</li>
 * </ol>
 *
 * The soreness pattern ({@link SorenessPattern#classify(CheckIn)}) is reported alongside; it
 * describes the timing and never changes the level.
 *
 * @since 0.1.0
 */
public final class TriageRules {

    private TriageRules() {
    }

    /**
     * Triages a check-in: same check-in, same result; no I/O, no clock.
     *
     * @param checkIn the soreness check-in, already validated by its constructor
     * @return the level, the soreness pattern and every rule that fired, each with its source; never
     *         without a reason
     * @throws IllegalArgumentException if {@code checkIn} is null
     */
    public static Triage evaluate(CheckIn checkIn) {
        Checks.required("check-in", checkIn, "a soreness check-in");
        SorenessPattern pattern = SorenessPattern.classify(checkIn);
        if (GreenConditions.painFree(checkIn)) {
            return new Triage(TriageLevel.GREEN, pattern, fired(List.of(GreenRules.PAIN_FREE), checkIn));
        }
        List<Reason> red = fired(RedFlags.ALL, checkIn);
        if (!red.isEmpty()) {
            return new Triage(TriageLevel.RED, pattern, red);
        }
        List<Reason> amber = fired(AmberRules.ALL, checkIn);
        if (!amber.isEmpty()) {
            return new Triage(TriageLevel.AMBER, pattern, amber);
        }
        return new Triage(TriageLevel.GREEN, pattern, fired(GreenRules.ALL, checkIn));
    }

    /**
     * Every triage rule: red flags, then amber rules, then green rules. Ids are unique.
     *
     * @return the rules
     */
    public static List<TriageRule> all() {
        return Holder.ALL;
    }

    /**
     * The rule with this id.
     *
     * @throws IllegalArgumentException naming the id and listing the known ids if there is none
     */
    public static TriageRule byId(String id) {
        TriageRule rule = Holder.BY_ID.get(id);
        return Optional.ofNullable(rule).orElseThrow(() -> Checks.invalid("rule id", id,
                "one of " + all().stream().map(TriageRule::id).collect(Collectors.joining(", "))));
    }

    /** Built on first use: the rule classes refer to each other's constants while initialising. */
    private static final class Holder {
        static final List<TriageRule> ALL = Stream.of(RedFlags.ALL, AmberRules.ALL, GreenRules.ALL).flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
        static final Map<String, TriageRule> BY_ID = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(TriageRule::id, r -> r));
    }

    private static List<Reason> fired(List<TriageRule> rules, CheckIn checkIn) {
        List<Reason> reasons = new ArrayList<>();
        for (TriageRule rule : rules) {
            rule.apply(checkIn).ifPresent(reasons::add);
        }
        return reasons;
    }
}
