package dev.recovery.core.recovery;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A day's recovery prescription: an ordered timeline of items (before the run, right after, later
 * that day, evening), each with its dose and reason, plus notes on what was left out and why.
 *
 * @param date      the day
 * @param phase     the training phase it was prescribed for
 * @param worst     the most serious triage level among the day's soreness reports, if there were any
 * @param items     the timeline, ordered by {@link Slot}; never empty (sleep is there every day)
 * @param notes     decisions that are not items (e.g. no rolling on a RED region), each with its rule
 *                  and source; empty if none
 * @since 0.1.0
 */
public record Prescription(LocalDate date, TrainingPhase phase, Optional<TriageLevel> worst, List<RecoveryItem> items,
        List<Reason> notes) {

    /** @throws IllegalArgumentException if a part is missing, there are no items or they are out of slot order */
    public Prescription {
        Checks.required("date", date, "a date");
        Checks.required("phase", phase, "a training phase");
        Checks.required("worst", worst, "a triage level, or none");
        Checks.required("items", items, "at least one item");
        Checks.required("notes", notes, "a list of notes, empty if none");
        if (items.isEmpty()) {
            throw Checks.invalid("items", "none", "at least one item: sleep is prescribed every day");
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).slot().compareTo(items.get(i - 1).slot()) < 0) {
                throw Checks.invalidFormatted("items", "item " + (i + 1) + " in slot " + items.get(i).slot(),
                        "items ordered by slot: before the run, right after, later that day, evening");
            }
        }
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    /**
     * The total time the prescription asks for, in minutes: the sum of its items' minutes (sleep,
     * eating and drinking count as 0, as they fit into the day anyway).
     */
    public DoseRange totalMinutes() {
        DoseRange total = DoseRange.NONE;
        for (RecoveryItem item : items) {
            total = total.plus(item.minutes());
        }
        return total;
    }

    /** The items in {@code slot}, in order. */
    public List<RecoveryItem> items(Slot slot) {
        return items.stream().filter(i -> i.slot() == slot).toList();
    }

    /** The items of {@code modality}, in order. */
    public List<RecoveryItem> itemsOf(Modality modality) {
        return items.stream().filter(i -> i.modality() == modality).toList();
    }

    /** True if any item is of {@code modality}. */
    public boolean has(Modality modality) {
        return items.stream().anyMatch(i -> i.modality() == modality);
    }

    /**
     * The prescription as plain text for a runner: one heading per slot, one line per item with its
     * rule id and its cautions, the total time, then the notes and every source cited.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("Recovery for ").append(date).append(" (").append(phase.id()).append(" week)");
        worst.ifPresent(level -> out.append(", soreness ").append(level));
        out.append('\n');
        for (Slot slot : Slot.values()) {
            List<RecoveryItem> inSlot = items(slot);
            if (inSlot.isEmpty()) {
                continue;
            }
            out.append('\n').append(slot.label()).append(":\n");
            for (RecoveryItem item : inSlot) {
                out.append("  - ").append(item.line()).append('\n');
                for (Reason caution : item.cautions()) {
                    out.append("      careful: ").append(caution.message()).append('\n');
                }
            }
        }
        out.append("\nTotal time: ").append(totalMinutes().format()).append(" min\n");
        if (!notes.isEmpty()) {
            out.append("\nNotes:\n");
            for (Reason note : notes) {
                out.append("  - ").append(note.message()).append(" [").append(note.ruleId()).append("]\n");
            }
        }
        out.append("\nSources:\n");
        java.util.stream.Stream.concat(items.stream().map(i -> i.reason().source()), notes.stream().map(Reason::source))
                .distinct()
                .forEach(s -> out.append("  - ").append(s.citation()).append('\n'));
        return out.toString();
    }
}
