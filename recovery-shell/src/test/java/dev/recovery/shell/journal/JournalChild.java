package dev.recovery.shell.journal;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process for the lock and crash tests, started with the test class path:
 * <ul>
 *   <li>{@code try-open DIR}: prints {@code OPENED} or {@code LOCKED <message>} and exits;</li>
 *   <li>{@code hold DIR}: opens, prints {@code OPENED}, and keeps the journal open until stdin closes;</li>
 *   <li>{@code append DIR N}: appends N runs, printing each id (padded with blanks) once {@code append} has returned;</li>
 *   <li>{@code import DIR N SIZE}: appends N transactions of SIZE runs, printing {@code TX} and the ids after each commit.</li>
 * </ul>
 */
public final class JournalChild {

    /**
     * Appended to every acknowledgement line: the operating system's pipe buffer (64 KiB on Linux)
     * then holds only about sixty lines, so a child that runs ahead of the parent blocks on printing
     * and the parent's kill lands part-way through however fast the disk is (even on tmpfs). Each
     * line stays below PIPE_BUF (4 KiB), so it reaches the pipe whole or not at all.
     */
    static final String PADDING = " ".repeat(1000);

    private JournalChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "try-open":
                try {
                    Journal.open(dir).close();
                    System.out.println("OPENED");
                } catch (JournalLockedException e) {
                    System.out.println("LOCKED " + e.getMessage());
                }
                break;
            case "hold":
                Journal held = Journal.open(dir);
                try {
                    System.out.println("OPENED");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // Hold the lock until the parent closes our stdin.
                    }
                } finally {
                    held.close();
                }
                break;
            case "append":
                try (Journal journal = Journal.open(dir)) {
                    int n = Integer.parseInt(args[2]);
                    for (int i = 0; i < n; i++) {
                        JournalEntry entry = journal.append(SessionEntry.of(run(i), Samples.CLOCK));
                        System.out.println(entry.id() + PADDING);
                        System.out.flush();
                    }
                }
                break;
            case "import":
                try (Journal journal = Journal.open(dir)) {
                    int n = Integer.parseInt(args[2]);
                    int size = Integer.parseInt(args[3]);
                    for (int t = 0; t < n; t++) {
                        List<JournalEntry> batch = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            batch.add(SessionEntry.imported(run(i), "test:" + t + ":" + i, Samples.CLOCK));
                        }
                        journal.appendAll(batch);
                        StringBuilder line = new StringBuilder("TX");
                        batch.forEach(e -> line.append(' ').append(e.id()));
                        System.out.println(line + PADDING);
                        System.out.flush();
                    }
                }
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static Run run(int i) {
        return Run.of(LocalDate.of(2026, 1, 1).plusDays(i % 300), Distance.ofKm(5 + i % 20), Duration.ofMinutes(30 + 5L * (i % 20)),
                RunType.EASY).withNote("run number " + i + " with a note long enough to make the line span more than one disk sector ".repeat(3));
    }
}
