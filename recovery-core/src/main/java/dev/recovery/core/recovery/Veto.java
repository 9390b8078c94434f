package dev.recovery.core.recovery;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule that forbids: after every {@link PrescriptionRule} has added its items, each item passes
 * the vetoes in the order of {@link RecoveryRules#VETOES}, and an item any veto forbids is dropped.
 * This is where contraindications go (no ice on a numb region, no rolling on a region with an open
 * injury episode, only "seek care today" when a blood clot is possible): a veto sees the day's facts,
 * the item, and the items kept before it.
 *
 * @param rule    the rule's id and source
 * @param forbids true if the item may not be prescribed today
 * @param note    the note to add (once) when the veto dropped something; empty for a silent policy
 */
public record Veto(RecoveryRule rule, Forbids forbids, Function<DayFacts, Optional<String>> note) {

    /** The test of one item. */
    @FunctionalInterface
    public interface Forbids {
        /**
         * True if {@code item} may not be prescribed on {@code facts}' day.
         *
         * @param facts the day
         * @param item  the item in question
         * @param kept  the items kept so far, in the order the rules added them
         * @return true to drop the item
         */
        boolean test(DayFacts facts, RecoveryItem item, List<RecoveryItem> kept);
    }

    /** @throws IllegalArgumentException if a part is missing */
    public Veto {
        Checks.required("rule", rule, "a recovery rule id");
        Checks.required("forbids", forbids, "a test of an item");
        Checks.required("note", note, "the note for a dropped item, or none");
    }

    /** The note citing this rule for {@code facts}' day, if the veto gives one. */
    public Optional<Reason> noteFor(DayFacts facts) {
        return note.apply(facts).map(rule::reason);
    }
}
