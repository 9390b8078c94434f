package dev.recovery.shell.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known word nearest to a mistyped one, to suggest it ("did you mean ...?"). */
public final class Suggestions {

    /**
     * Largest edit distance still worth suggesting: beyond three edits a suggestion for a short
     * command name is more often noise than help.
     */
    private static final int MAX_DISTANCE = 3;

    private Suggestions() {
    }

    /**
     * @param typed what the user typed
     * @param known the valid words
     * @return the nearest known word within a few edits, or a known word starting with what was typed
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        Optional<String> prefixed = known.stream().filter(k -> k.startsWith(typed)).sorted().findFirst();
        if (prefixed.isPresent() && !typed.isEmpty()) {
            return prefixed;
        }
        return known.stream()
                .filter(k -> distance(typed, k) <= MAX_DISTANCE)
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
    }

    /** Levenshtein distance: the number of single-character edits between two words. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
