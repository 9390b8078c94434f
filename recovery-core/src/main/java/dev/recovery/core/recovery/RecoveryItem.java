package dev.recovery.core.recovery;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One thing to do in a day's recovery: when, what, how much, on which regions, and why.
 *
 * @param slot     when in the day
 * @param modality which modality
 * @param text     the instruction for a runner, dose included, e.g.
 *                 {@code Foam roll calves 2-3 min, pause 30 s on tender spots}
 * @param dose     the same dose, structured; always within the modality's catalogue dose
 * @param targets  the regions it works; empty for whole-body items
 * @param activity the cross-training activity, for {@link Modality#CROSS_TRAINING} items only
 * @param reason   why it is here: the rule, in plain words, with its source
 * @param cautions what to watch out for, each with its rule and source; empty if none
 * @since 0.1.0
 */
public record RecoveryItem(Slot slot, Modality modality, String text, Dose dose, Set<BodyRegion> targets,
        Optional<CrossActivity> activity, Reason reason, List<Reason> cautions) {

    /** @throws IllegalArgumentException naming the first missing or blank part */
    public RecoveryItem {
        Checks.requiredOneOf("slot", slot, Slot.class);
        Checks.requiredOneOf("modality", modality, Modality.class);
        if (text == null || text.isBlank()) {
            throw Checks.invalid("text", text, "a non-blank instruction");
        }
        Checks.required("dose", dose, "a dose");
        Checks.required("targets", targets, "a set of regions, empty for the whole body");
        Checks.required("activity", activity, "a cross-training activity, or none");
        Checks.required("reason", reason, "the reason for the item");
        Checks.required("cautions", cautions, "a list of cautions, empty if none");
        targets = targets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(targets));
        cautions = List.copyOf(cautions);
    }

    /** The time it asks for today, in minutes. */
    public DoseRange minutes() {
        return dose.minutes();
    }

    /** One line for a runner: the instruction, then the rule id in brackets. */
    public String line() {
        return text + " [" + reason.ruleId() + "]";
    }
}
