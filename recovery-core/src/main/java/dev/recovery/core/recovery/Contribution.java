package dev.recovery.core.recovery;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * What one rule adds to a day: items for the timeline, and notes on what it left out and why.
 *
 * @param items the items, in the order the rule adds them; possibly empty
 * @param notes the notes, in order; possibly empty
 */
public record Contribution(List<RecoveryItem> items, List<Reason> notes) {

    /** Nothing added. */
    public static final Contribution NONE = new Contribution(List.of(), List.of());

    /** @throws IllegalArgumentException if a list is missing */
    public Contribution {
        items = List.copyOf(Checks.required("items", items, "a list of items"));
        notes = List.copyOf(Checks.required("notes", notes, "a list of notes"));
    }

    /** These items and no note. */
    public static Contribution of(RecoveryItem... items) {
        return new Contribution(List.of(items), List.of());
    }

    /** This note and no item. */
    public static Contribution note(Reason note) {
        return new Contribution(List.of(), List.of(note));
    }

    /** These items, in order. */
    public static Contribution ofItems(List<RecoveryItem> items) {
        return new Contribution(items, List.of());
    }

    /** This contribution followed by {@code more}. */
    public Contribution plus(Contribution more) {
        List<RecoveryItem> i = new ArrayList<>(items);
        i.addAll(more.items);
        List<Reason> n = new ArrayList<>(notes);
        n.addAll(more.notes);
        return new Contribution(i, n);
    }

    /** A copy with {@code note} added at the end of the notes. */
    public Contribution plusNote(Reason note) {
        return plus(note(note));
    }
}
