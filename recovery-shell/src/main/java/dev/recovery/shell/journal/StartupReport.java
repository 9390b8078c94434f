package dev.recovery.shell.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Journal#open(java.nio.file.Path)} found: how much was loaded and whether anything
 * needed repair. A clean start has nothing to report; otherwise the console shows
 * {@link #describe()} once, so the runner knows data was set aside and where it is.
 *
 * @param records         the records read from the journal and kept (including undos)
 * @param liveEntries     the entries that count ({@link Journal#entries()})
 * @param quarantineFile  the file the unusable lines were moved to, if any were
 * @param quarantined     the unusable lines and why
 * @param rolledBack      interrupted transactions (imports) rolled back: their lines are among {@code quarantined}
 * @param notes           other things worth knowing that needed no repair
 */
public record StartupReport(int records, int liveEntries, Optional<Path> quarantineFile, List<QuarantinedLine> quarantined,
        int rolledBack, List<String> notes) {

    /** How many quarantine reasons {@link #describe()} lists before summarising the rest: enough to see a pattern, short enough to read. */
    public static final int MAX_REASONS_SHOWN = 10;

    /** Copies the lists. */
    public StartupReport {
        quarantined = List.copyOf(quarantined);
        notes = List.copyOf(notes);
    }

    /** True if the journal loaded with nothing quarantined and nothing to note. */
    public boolean isClean() {
        return quarantined.isEmpty() && notes.isEmpty();
    }

    /**
     * A short text for the runner, empty when {@link #isClean()}: how many lines were set aside,
     * where, and why (at most the first {@value #MAX_REASONS_SHOWN} reasons).
     */
    public String describe() {
        if (isClean()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (!quarantined.isEmpty()) {
            out.append("The journal had ").append(quarantined.size())
                    .append(quarantined.size() == 1 ? " unusable line" : " unusable lines")
                    .append("; moved to ").append(quarantineFile.map(Path::toString).orElse("the quarantine file"))
                    .append(" (every complete record was kept):");
            quarantined.stream().limit(MAX_REASONS_SHOWN).forEach(q -> out.append(System.lineSeparator())
                    .append("  line ").append(q.lineNumber()).append(": ").append(q.reason()));
            if (quarantined.size() > MAX_REASONS_SHOWN) {
                out.append(System.lineSeparator()).append("  ... and ").append(quarantined.size() - MAX_REASONS_SHOWN).append(" more");
            }
        }
        for (String note : notes) {
            if (out.length() > 0) {
                out.append(System.lineSeparator());
            }
            out.append(note);
        }
        return out.toString();
    }
}
