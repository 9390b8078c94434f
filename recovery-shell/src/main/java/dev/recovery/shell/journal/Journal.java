package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The runner's training journal: an append-only JSON Lines file in the data directory that never
 * loses an acknowledged entry (docs/journal.md).
 *
 * <ul>
 *   <li>{@link #open(Path)} locks the directory against a second console, loads every record, and
 *       repairs damage left by a crash: a torn or corrupt line, or an unfinished transaction, is moved
 *       to a quarantine file and reported in {@link #startupReport()}; every complete record is kept.</li>
 *   <li>{@link #append(JournalEntry)} writes one line and fsyncs it before returning: once it returns,
 *       the entry survives a crash or power cut, and only then may a command report success.</li>
 *   <li>{@link #appendAll(List)} writes several entries as one transaction: after a crash either all of
 *       them are there or none.</li>
 *   <li>{@link #undo()} never deletes: it appends an {@link UndoEntry} naming the entry undone.</li>
 * </ul>
 *
 * <p>An instance is safe to use from several threads (its methods are synchronized) but only one
 * instance, in one process, may have a data directory open at a time.
 */
public final class Journal implements AutoCloseable {

    /** The journal's file name inside the data directory. */
    public static final String FILE_NAME = "journal.jsonl";
    /** The lock file's name inside the data directory; it holds no data. */
    public static final String LOCK_FILE_NAME = "journal.lock";
    /** The prefix of quarantine files, followed by a UTC timestamp and {@code .jsonl}. */
    public static final String QUARANTINE_PREFIX = "journal.quarantine-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path dataDir;
    private final Clock clock;
    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel channel;
    private final StartupReport report;
    /** Every id ever written (live, undone and undo entries): ids are never reused. */
    private final Set<UUID> ids = new HashSet<>();
    private final List<JournalEntry> records = new ArrayList<>();
    private final List<JournalEntry> live = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private List<JournalEntry> liveSnapshot;
    private long size;
    private long syncs;
    private boolean closed;
    private boolean broken;

    private Journal(Path dataDir, Clock clock, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dataDir = dataDir;
        this.clock = clock;
        this.file = dataDir.resolve(FILE_NAME);
        this.lockChannel = lockChannel;
        this.lock = lock;
        Optional<Path> quarantineFile = Optional.empty();
        JournalLoader.Result loaded = new JournalLoader.Result();
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            loaded = JournalLoader.load(bytes);
            if (loaded.needsRewrite) {
                quarantineFile = repair(bytes, loaded);
            }
        }
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.size = channel.size();
        if (size == 0) {
            // A new (or emptied) journal: make sure its directory entry is durable before the first append.
            FileSync.syncDirectory(dataDir);
        }
        for (JournalEntry entry : loaded.records) {
            apply(entry);
        }
        this.report = new StartupReport(records.size(), live.size(), quarantineFile, loaded.quarantined, loaded.rolledBack, notes);
    }

    /**
     * Opens the journal in {@code dataDir} on the system clock (UTC), creating the directory and an
     * empty journal if needed.
     *
     * @param dataDir the data directory ({@code RECOVERY_HOME}, by default {@code ~/.recovery})
     * @return the open journal; close it to release the lock
     * @throws JournalLockedException if another console (process) has the directory open
     * @throws JournalException       if the directory or journal cannot be created, read or repaired
     */
    public static Journal open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /**
     * Opens the journal in {@code dataDir}, creating the directory and an empty journal if needed.
     *
     * @param dataDir the data directory ({@code RECOVERY_HOME}, by default {@code ~/.recovery})
     * @param clock   time-stamps what the journal itself records (undo entries, quarantine file names)
     * @return the open journal; close it to release the lock
     * @throws JournalLockedException if another console (process) has the directory open
     * @throws JournalException       if the directory or journal cannot be created, read or repaired
     */
    public static Journal open(Path dataDir, Clock clock) {
        Checks.required("data-dir", dataDir, "a directory");
        Checks.required("clock", clock, "a clock");
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            createPrivately(dir);
        } catch (IOException e) {
            throw new JournalException("cannot create the data directory " + dir + ": " + describe(e), e);
        }
        FileChannel lockChannel;
        try {
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalException("cannot create the lock file in " + dir + ": " + describe(e), e);
        }
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This very process already has it open.
            lock = null;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new JournalException("cannot lock " + dir.resolve(LOCK_FILE_NAME) + ": " + describe(e), e);
        }
        if (lock == null) {
            closeQuietly(lockChannel);
            throw new JournalLockedException(dir);
        }
        try {
            return new Journal(dir, clock, lockChannel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockChannel);
            if (e instanceof JournalException) {
                throw (JournalException) e;
            }
            throw new JournalException("cannot open the journal " + dir.resolve(FILE_NAME) + ": " + describe(e), e);
        }
    }

    /**
     * Creates the data directory (and missing parents) readable by its owner only where the file
     * system supports POSIX permissions: it holds health data (pain reports). An existing directory
     * keeps its permissions.
     */
    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    /** Moves the quarantined lines out, then rewrites the journal with the kept lines, both atomically. */
    private Optional<Path> repair(byte[] bytes, JournalLoader.Result loaded) throws IOException {
        Optional<Path> quarantineFile = Optional.empty();
        if (!loaded.quarantined.isEmpty()) {
            // The quarantine file is made durable first: if we crash before the journal is rewritten,
            // the bad lines are merely set aside twice, never lost.
            Path target = quarantineTarget();
            FileSync.replaceAtomically(target, loaded.quarantinedBytes.toByteArray());
            quarantineFile = Optional.of(target);
        }
        FileSync.replaceAtomically(file, loaded.keptBytes(bytes));
        return quarantineFile;
    }

    private Path quarantineTarget() {
        String stamp = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).format(STAMP);
        Path target = dataDir.resolve(QUARANTINE_PREFIX + stamp + ".jsonl");
        for (int n = 2; Files.exists(target); n++) {
            target = dataDir.resolve(QUARANTINE_PREFIX + stamp + "-" + n + ".jsonl");
        }
        return target;
    }

    /**
     * Records {@code entry}: one JSON line, written and fsynced before this returns.
     *
     * @return {@code entry}, now durable
     * @throws IllegalArgumentException if the entry is {@code null}, an {@link UndoEntry} (use
     *                                  {@link #undo()}) or has the id of an entry already recorded
     * @throws JournalException         if it could not be written; it is then not recorded
     * @throws IllegalStateException    if the journal is closed
     */
    public synchronized <E extends JournalEntry> E append(E entry) {
        checkNew(entry, Set.of());
        write(EntryCodec.encode(entry, null));
        apply(entry);
        return entry;
    }

    /**
     * Records {@code entries} as one transaction (used by imports): after this returns all of them
     * are durable; if it throws, or the process dies while it runs, none of them will be in the
     * journal when it is next opened. An empty list records nothing.
     *
     * @throws IllegalArgumentException if an entry is {@code null}, an {@link UndoEntry}, or repeats an id
     * @throws JournalException         if they could not be written; none is then recorded
     * @throws IllegalStateException    if the journal is closed
     */
    public synchronized void appendAll(List<? extends JournalEntry> entries) {
        Checks.required("entries", entries, "a list of entries");
        Set<UUID> batch = new HashSet<>();
        for (JournalEntry entry : entries) {
            checkNew(entry, batch);
            batch.add(entry.id());
        }
        if (entries.isEmpty()) {
            return;
        }
        UUID tx = UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(entries.size() * 256 + 200);
        out.writeBytes(EntryCodec.begin(tx, entries.size()));
        for (JournalEntry entry : entries) {
            out.writeBytes(EntryCodec.encode(entry, tx));
        }
        out.writeBytes(EntryCodec.commit(tx, entries.size()));
        write(out.toByteArray());
        for (JournalEntry entry : entries) {
            apply(entry);
        }
    }

    /**
     * Undoes the last live entry: appends (and fsyncs) an {@link UndoEntry} naming it, after which it
     * no longer appears in {@link #entries()}. The undone entry stays in the file.
     *
     * @return the entry undone, or empty if there was nothing to undo (then nothing is written)
     * @throws JournalException      if the undo could not be written; nothing is then undone
     * @throws IllegalStateException if the journal is closed
     */
    public synchronized Optional<JournalEntry> undo() {
        ensureUsable();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        JournalEntry last = live.get(live.size() - 1);
        UndoEntry undo = UndoEntry.of(last.id(), clock);
        write(EntryCodec.encode(undo, null));
        apply(undo);
        return Optional.of(last);
    }

    /** The entries that count, in the order recorded: every entry not undone, without the undo records themselves. */
    public synchronized List<JournalEntry> entries() {
        if (liveSnapshot == null) {
            liveSnapshot = List.copyOf(live);
        }
        return liveSnapshot;
    }

    /**
     * The live entries of one kind, in the order recorded, e.g. {@code entries(SessionEntry.class)}.
     */
    public synchronized <T extends JournalEntry> List<T> entries(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (JournalEntry entry : live) {
            if (type.isInstance(entry)) {
                out.add(type.cast(entry));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every record in the journal in order, including undone entries and the {@link UndoEntry} records (for an audit trail). */
    public synchronized List<JournalEntry> records() {
        return List.copyOf(records);
    }

    /** The runner's current profile: the one in the latest live {@link ProfileEntry}, else {@link Profile#defaults()}. */
    public synchronized Profile profile() {
        for (int i = live.size() - 1; i >= 0; i--) {
            if (live.get(i) instanceof ProfileEntry) {
                return ((ProfileEntry) live.get(i)).profile();
            }
        }
        return Profile.defaults();
    }

    /** The latest live saved plan, if any. */
    public synchronized Optional<PlanEntry> plan() {
        for (int i = live.size() - 1; i >= 0; i--) {
            if (live.get(i) instanceof PlanEntry) {
                return Optional.of((PlanEntry) live.get(i));
            }
        }
        return Optional.empty();
    }

    /** The source ids of the live imported entries, for an import to skip what it already added. */
    public synchronized Set<String> sourceIds() {
        Set<String> out = new LinkedHashSet<>();
        for (JournalEntry entry : live) {
            entry.sourceId().ifPresent(out::add);
        }
        return Collections.unmodifiableSet(out);
    }

    /** The start and distance of every live imported session that has them: what an import deduplicates against. */
    public synchronized List<ImportStamp> importStamps() {
        List<ImportStamp> out = new ArrayList<>();
        for (JournalEntry entry : live) {
            if (entry instanceof SessionEntry session) {
                session.stamp().ifPresent(out::add);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** What loading found: records read, lines quarantined and where, transactions rolled back. */
    public StartupReport startupReport() {
        return report;
    }

    /** The data directory this journal lives in. */
    public Path dataDir() {
        return dataDir;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** How many times the journal file has been fsynced since it was opened (for tests). */
    synchronized long syncCount() {
        return syncs;
    }

    /** Releases the lock and closes the file. Everything appended is already durable. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(channel);
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(lockChannel);
    }

    // ---------------------------------------------------------------- internals

    private void checkNew(JournalEntry entry, Set<UUID> batch) {
        ensureUsable();
        Checks.required("entry", entry, "a journal entry");
        if (entry instanceof UndoEntry) {
            throw Checks.invalid("entry", "undo", "a new entry; undo with Journal.undo()");
        }
        if (ids.contains(entry.id()) || batch.contains(entry.id())) {
            throw Checks.invalidFormatted("id", entry.id().toString(), "an id not already in the journal");
        }
    }

    private void ensureUsable() {
        if (closed) {
            throw new IllegalStateException("the journal " + file + " is closed");
        }
        if (broken) {
            throw new JournalException("the journal " + file + " could not be repaired after a failed write; restart the console", null);
        }
    }

    /** Appends {@code bytes} and fsyncs; on failure cuts the file back so no partial record remains. */
    private void write(byte[] bytes) {
        ensureUsable();
        long end;
        try {
            end = FileSync.writeFully(channel, bytes, size);
            channel.force(true);
            syncs++;
        } catch (IOException e) {
            try {
                channel.truncate(size);
                channel.force(true);
            } catch (IOException again) {
                broken = true;
            }
            throw new JournalException("could not write to the journal " + file + ": " + describe(e) + "; nothing was recorded", e);
        }
        size = end;
    }

    /** Brings the in-memory state up to date with a record now durable (or loaded). */
    private void apply(JournalEntry entry) {
        ids.add(entry.id());
        records.add(entry);
        liveSnapshot = null;
        if (entry instanceof UndoEntry) {
            UUID target = ((UndoEntry) entry).undoneId();
            for (int i = live.size() - 1; i >= 0; i--) {
                if (live.get(i).id().equals(target)) {
                    live.remove(i);
                    return;
                }
            }
            notes.add("an undo record (" + entry.id() + ") names an entry that is not in the journal or was already undone ("
                    + target + "); it was ignored");
            return;
        }
        live.add(entry);
    }

    /** The cause in words: NIO's exceptions often carry only a path as their message. */
    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + ((AccessDeniedException) e).getFile() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory (" + ((NoSuchFileException) e).getFile() + ")";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way (" + ((FileAlreadyExistsException) e).getFile() + ")";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason() + " (" + ((FileSystemException) e).getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // Nothing useful to do: the data was fsynced before.
        }
    }
}
