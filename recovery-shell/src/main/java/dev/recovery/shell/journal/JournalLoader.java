package dev.recovery.shell.journal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the bytes of a journal file line by line and sorts every line into kept or quarantined,
 * applying the transaction rules: the entries of a transaction are kept only if its commit marker
 * follows with the announced count; otherwise the whole transaction is rolled back (quarantined).
 *
 * <p>Kept lines are remembered by their byte range so that a repair can rewrite them verbatim,
 * unknown fields and all: the loader never re-serialises what it did not write.
 */
final class JournalLoader {

    /** Everything a load found. */
    static final class Result {
        final List<JournalEntry> records = new ArrayList<>();
        final List<QuarantinedLine> quarantined = new ArrayList<>();
        final ByteArrayOutputStream quarantinedBytes = new ByteArrayOutputStream();
        final List<long[]> keptRanges = new ArrayList<>();
        int rolledBack;
        boolean needsRewrite;

        /** The kept lines, each ending with a newline, for the repaired journal. */
        byte[] keptBytes(byte[] source) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(source.length);
            for (long[] r : keptRanges) {
                out.write(source, (int) r[0], (int) r[1]);
                out.write('\n');
            }
            return out.toByteArray();
        }
    }

    /** A line's place in the file; {@code complete} if it ends with a newline. */
    private record Line(int number, int offset, int length, boolean complete) {
    }

    /** A transaction whose commit marker has not been seen yet. */
    private static final class Pending {
        final UUID tx;
        final int count;
        final List<Line> lines = new ArrayList<>();
        final List<JournalEntry> entries = new ArrayList<>();

        Pending(UUID tx, int count, Line begin) {
            this.tx = tx;
            this.count = count;
            lines.add(begin);
        }
    }

    /** The number of lines from which decoding is split between two threads: about two years of training. */
    static final int PARALLEL_THRESHOLD = 2_000;

    private final byte[] bytes;
    private final Result result = new Result();
    private final Set<UUID> seen = new HashSet<>();
    private Pending pending;

    private JournalLoader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Sorts the lines of {@code bytes} (a whole journal file). */
    static Result load(byte[] bytes) {
        JournalLoader loader = new JournalLoader(bytes);
        loader.run();
        return loader.result;
    }

    private void run() {
        List<Line> lines = split();
        Object[] decoded = decodeAll(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (decoded[i] instanceof DecodedLine) {
                accept(line, (DecodedLine) decoded[i]);
                continue;
            }
            String problem = ((BadRecordException) decoded[i]).getMessage();
            String reason = line.complete() ? problem : "incomplete last line (a write cut short by a crash): " + problem;
            if (pending != null) {
                rollBack("the transaction it belongs to is damaged");
            }
            quarantine(line, reason);
        }
        if (pending != null) {
            rollBack("interrupted before its commit (a crash during an import?)");
        }
    }

    /** The non-blank lines. */
    private List<Line> split() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = indexOf('\n', start);
            boolean complete = end >= 0;
            if (!complete) {
                end = bytes.length;
                // A last line without its newline: kept if whole, but the file must be repaired so
                // that the next append does not run on from it.
                result.needsRewrite = true;
            }
            number++;
            Line line = new Line(number, start, end - start, complete);
            start = end + 1;
            if (isBlank(line)) {
                // Carries no data; dropped if the file is repaired anyway, and a reason to repair it.
                result.needsRewrite = true;
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Parses and validates every line: a {@link DecodedLine} or the {@link BadRecordException} for
     * each. Lines are independent here, so a long journal is split between two threads when there
     * are two processors: on a cold start this work runs interpreted and dominates the load time.
     */
    private Object[] decodeAll(List<Line> lines) {
        Object[] decoded = new Object[lines.size()];
        if (lines.size() < PARALLEL_THRESHOLD || Runtime.getRuntime().availableProcessors() < 2) {
            decodeRange(lines, decoded, 0, lines.size());
            return decoded;
        }
        int middle = lines.size() / 2;
        Throwable[] failure = new Throwable[1];
        Thread helper = new Thread(() -> {
            try {
                decodeRange(lines, decoded, middle, lines.size());
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "journal-load");
        helper.setDaemon(true);
        helper.start();
        decodeRange(lines, decoded, 0, middle);
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the journal", e);
        }
        if (failure[0] instanceof RuntimeException) {
            throw (RuntimeException) failure[0];
        } else if (failure[0] != null) {
            throw new IllegalStateException("loading the journal failed", failure[0]);
        }
        return decoded;
    }

    private void decodeRange(List<Line> lines, Object[] decoded, int from, int to) {
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            try {
                decoded[i] = EntryCodec.decode(JsonRecord.parse(bytes, line.offset(), line.length()));
            } catch (BadRecordException e) {
                decoded[i] = e;
            }
        }
    }

    private void accept(Line line, DecodedLine decoded) {
        switch (decoded.kind()) {
            case BEGIN:
                if (pending != null) {
                    rollBack("a new transaction began before it was committed");
                }
                pending = new Pending(decoded.tx(), decoded.count(), line);
                break;
            case COMMIT:
                if (pending == null || !pending.tx.equals(decoded.tx())) {
                    if (pending != null) {
                        rollBack("a commit marker of another transaction followed it");
                    }
                    quarantine(line, "commit marker of transaction " + decoded.tx() + " whose begin marker is missing");
                } else if (pending.count != decoded.count() || pending.entries.size() != decoded.count()) {
                    pending.lines.add(line);
                    rollBack("it announced " + pending.count + " entries but holds " + pending.entries.size());
                } else {
                    Set<UUID> ids = new HashSet<>();
                    for (JournalEntry e : pending.entries) {
                        if (seen.contains(e.id()) || !ids.add(e.id())) {
                            pending.lines.add(line);
                            rollBack("it repeats the id " + e.id() + " of an entry already in the journal");
                            return;
                        }
                    }
                    for (Line l : pending.lines) {
                        keep(l);
                    }
                    keep(line);
                    for (JournalEntry e : pending.entries) {
                        seen.add(e.id());
                        result.records.add(e);
                    }
                    pending = null;
                }
                break;
            default:
                if (decoded.tx() != null) {
                    if (pending != null && pending.tx.equals(decoded.tx())) {
                        pending.lines.add(line);
                        pending.entries.add(decoded.entry());
                    } else {
                        if (pending != null) {
                            rollBack("an entry of another transaction followed it");
                        }
                        quarantine(line, "entry of transaction " + decoded.tx() + " whose begin marker is missing");
                    }
                    return;
                }
                if (pending != null) {
                    rollBack("interrupted before its commit (a crash during an import?)");
                }
                if (!seen.add(decoded.entry().id())) {
                    quarantine(line, "repeats the id " + decoded.entry().id() + " of an earlier entry");
                    return;
                }
                keep(line);
                result.records.add(decoded.entry());
                break;
        }
    }

    private void rollBack(String why) {
        result.rolledBack++;
        String reason = "part of transaction " + pending.tx + " rolled back: " + why;
        for (Line l : pending.lines) {
            quarantine(l, reason);
        }
        pending = null;
    }

    private void keep(Line line) {
        result.keptRanges.add(new long[] {line.offset(), line.length()});
    }

    private void quarantine(Line line, String reason) {
        result.quarantined.add(new QuarantinedLine(line.number(), reason));
        result.quarantinedBytes.write(bytes, line.offset(), line.length());
        result.quarantinedBytes.write('\n');
        result.needsRewrite = true;
    }

    private boolean isBlank(Line line) {
        for (int i = line.offset(); i < line.offset() + line.length(); i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
