package dev.recovery.importer.fit;

import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the messages of a FIT stream, one or several FIT files back to back ("chained" files, as a
 * device writes when an activity spans a settings change), checking both CRCs of each file.
 *
 * <p>A FIT file is a 12- or 14-byte header (header size, protocol and profile version, the size of
 * the data that follows, the characters {@code .FIT} and, in a 14-byte header, a CRC of the first
 * 12 bytes), then records, then a 2-byte CRC of everything before it. Each record starts with a
 * header byte: a definition message (bit 6) says how the data messages of one of 16 local types
 * are laid out (global message number, byte order, each field's number, size and base type, and the
 * sizes of any developer fields); a data message (bit 6 clear) holds the values; a compressed
 * timestamp header (bit 7) is a data message of local type 0-3 whose time is given as a 5-bit offset
 * from the last full timestamp.
 *
 * <p>Safe on hostile input: memory is a fixed buffer plus at most 16 definitions of at most 255
 * fields and one field of at most 255 bytes, whatever the sizes the file declares; time is linear in
 * the bytes read. Anything malformed (a bad CRC, a stream shorter than its header declares, a data
 * message of an undefined local type, a message running past the declared data) throws
 * {@link ImportException} naming the file and the byte offset. Messages already delivered to the
 * handler must then be discarded: a file is only valid once this returns.
 */
public final class FitDecoder {

    /** The size of the header without its CRC (protocol 1.0). */
    public static final int HEADER_SIZE_NO_CRC = 12;
    /** The size of the header with its CRC (protocol 2.0 files, mostly). */
    public static final int HEADER_SIZE_WITH_CRC = 14;
    /** The highest protocol major version this decoder reads (FIT protocol 2.x). */
    public static final int MAX_PROTOCOL_MAJOR = 2;

    private static final byte[] MAGIC = {'.', 'F', 'I', 'T'};
    private static final int LOCAL_TYPES = 16;
    private static final int COMPRESSED_HEADER = 0x80;
    private static final int DEFINITION_HEADER = 0x40;
    private static final int DEVELOPER_FLAG = 0x20;
    private static final int LOCAL_TYPE_MASK = 0x0F;
    private static final int COMPRESSED_LOCAL_TYPE_SHIFT = 5;
    private static final int COMPRESSED_LOCAL_TYPE_MASK = 0x03;
    private static final int TIME_OFFSET_MASK = 0x1F;
    private static final int TIME_OFFSET_ROLLOVER = 0x20;
    private static final int BIG_ENDIAN = 1;
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 255;
    private static final int MAX_FIELDS = 255;

    /** Receives the decoded messages, in file order. */
    @FunctionalInterface
    public interface Handler {
        /**
         * One data message.
         *
         * @param message the message
         */
        void message(FitMessage message);

        /**
         * A new FIT file begins in the stream (called before its messages; the first file too).
         *
         * @param index  0 for the first file, 1 for the next chained file, ...
         * @param offset its byte offset in the stream
         */
        default void fileStart(int index, long offset) {
        }
    }

    private final InputStream in;
    private final String name;
    private final byte[] buffer = new byte[BUFFER];
    /** One data message's field bytes: at most 255 fields of at most 255 bytes. */
    private final byte[] payload = new byte[MAX_FIELDS * MAX_FIELD_BYTES];
    private int pos;
    private int limit;
    private long offset;
    private int crc;
    private long dataEnd;
    private long declared;

    private FitDecoder(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /**
     * Decodes every FIT file in {@code in} into {@code handler}.
     *
     * @param in      the bytes (already un-gzipped); read to the end, not closed
     * @param name    the file as the runner knows it, for messages
     * @param handler receives each data message
     * @return how many FIT files the stream held (at least 1)
     * @throws ImportException naming {@code name} and the byte offset if the stream is empty, not FIT,
     *                         truncated or corrupt, or cannot be read
     */
    public static int decode(InputStream in, String name, Handler handler) {
        return new FitDecoder(in, name).run(handler);
    }

    private int run(Handler handler) {
        int files = 0;
        while (true) {
            long start = offset;
            int first = next();
            if (first < 0) {
                if (files == 0) {
                    throw fail(start, "the file is empty; expected a FIT file");
                }
                return files;
            }
            handler.fileStart(files, start);
            readFile(first, start, handler);
            files++;
        }
    }

    private void readFile(int headerSize, long start, Handler handler) {
        crc = FitCrc.update(0, headerSize);
        if (headerSize != HEADER_SIZE_NO_CRC && headerSize != HEADER_SIZE_WITH_CRC) {
            throw fail(start, (start == 0 ? "" : "after the FIT data ends: ") + "header size " + headerSize
                    + "; a FIT file starts with a header of 12 or 14 bytes (not a FIT file, or corrupt)");
        }
        dataEnd = Long.MAX_VALUE;
        int protocol = u8(start);
        u16(false, start);
        declared = u32(start);
        for (byte m : MAGIC) {
            if (u8(start) != m) {
                throw fail(start + 8, "no \".FIT\" signature in the header: not a FIT file");
            }
        }
        if (headerSize == HEADER_SIZE_WITH_CRC) {
            int computed = crc;
            int stored = u16(false, start);
            if (stored != 0 && stored != computed) {
                throw fail(start + HEADER_SIZE_NO_CRC, "the header's CRC is " + hex(stored) + " but its bytes give "
                        + hex(computed) + ": the file is corrupt");
            }
        }
        if ((protocol >> 4) > MAX_PROTOCOL_MAJOR) {
            throw fail(start + 1, "FIT protocol version " + (protocol >> 4) + "." + (protocol & 0x0F)
                    + " is not supported (up to 2.x)");
        }
        dataEnd = offset + declared;
        Definition[] defs = new Definition[LOCAL_TYPES];
        long lastTimestamp = -1;
        while (offset < dataEnd) {
            long at = offset;
            int h = u8(at);
            if ((h & COMPRESSED_HEADER) != 0) {
                int local = (h >> COMPRESSED_LOCAL_TYPE_SHIFT) & COMPRESSED_LOCAL_TYPE_MASK;
                Definition def = defined(defs, local, at);
                if (lastTimestamp < 0) {
                    throw fail(at, "a compressed timestamp before any full timestamp: the file is corrupt");
                }
                int timeOffset = h & TIME_OFFSET_MASK;
                long base = lastTimestamp & ~(long) TIME_OFFSET_MASK;
                long ts = base + timeOffset + (timeOffset >= (lastTimestamp & TIME_OFFSET_MASK) ? 0 : TIME_OFFSET_ROLLOVER);
                lastTimestamp = ts;
                handler.message(data(def, at, ts));
            } else if ((h & DEFINITION_HEADER) != 0) {
                defs[h & LOCAL_TYPE_MASK] = definition((h & DEVELOPER_FLAG) != 0, at);
            } else {
                Definition def = defined(defs, h & LOCAL_TYPE_MASK, at);
                FitMessage m = data(def, at, -1);
                long ts = m.value(FitProfile.FIELD_TIMESTAMP).orElse(-1);
                if (ts >= 0) {
                    lastTimestamp = ts;
                }
                handler.message(m);
            }
            if (offset > dataEnd) {
                throw fail(at, "a message runs past the end of the data the header declares (" + declared
                        + " bytes): the file is corrupt");
            }
        }
        int computed = crc;
        dataEnd = Long.MAX_VALUE;
        long crcAt = offset;
        int stored = u16(false, crcAt);
        if (stored != computed) {
            throw fail(crcAt, "the file's CRC is " + hex(stored) + " but its bytes give " + hex(computed)
                    + ": the file is corrupt or truncated");
        }
    }

    private Definition defined(Definition[] defs, int local, long at) {
        Definition def = defs[local];
        if (def == null) {
            throw fail(at, "a data message of local type " + local + ", which no definition message defined: the file is corrupt");
        }
        return def;
    }

    private Definition definition(boolean developer, long at) {
        u8(at);
        int arch = u8(at);
        if (arch > BIG_ENDIAN) {
            throw fail(at + 2, "byte order " + arch + " in a definition message; expected 0 (little-endian) or 1 (big-endian)");
        }
        boolean big = arch == BIG_ENDIAN;
        int global = u16(big, at);
        int count = u8(at);
        int[] numbers = new int[count];
        int[] sizes = new int[count];
        FitBaseType[] types = new FitBaseType[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = u8(at);
            int size = u8(at);
            sizes[i] = size;
            Optional<FitBaseType> type = FitBaseType.of(u8(at));
            // A size that is not a whole number of elements cannot be decoded; its bytes are skipped.
            types[i] = type.filter(t -> size > 0 && size % t.bytes() == 0).orElse(null);
        }
        int developerBytes = 0;
        if (developer) {
            int devCount = u8(at);
            for (int i = 0; i < devCount; i++) {
                u8(at);
                developerBytes += u8(at);
                u8(at);
            }
        }
        return new Definition(global, big, numbers, sizes, types, developerBytes);
    }

    private FitMessage data(Definition def, long at, long compressedTimestamp) {
        int n = def.numbers.length + (compressedTimestamp >= 0 ? 1 : 0);
        int[] numbers = new int[n];
        long[] values = new long[n];
        String[] texts = new String[n];
        int kept = 0;
        read(payload, def.payloadBytes, at);
        int start = 0;
        for (int i = 0; i < def.numbers.length; i++) {
            int size = def.sizes[i];
            int from = start;
            start += size;
            FitBaseType type = def.types[i];
            if (type == null || type == FitBaseType.BYTE) {
                continue;
            }
            if (type == FitBaseType.STRING) {
                int len = 0;
                while (len < size && payload[from + len] != 0) {
                    len++;
                }
                if (len > 0) {
                    numbers[kept] = def.numbers[i];
                    texts[kept] = new String(payload, from, len, StandardCharsets.UTF_8);
                    kept++;
                }
                continue;
            }
            long raw = element(from, type, def.big);
            if (!type.isInvalid(raw)) {
                numbers[kept] = def.numbers[i];
                values[kept] = raw;
                kept++;
            }
        }
        skip(def.developerBytes, at);
        if (compressedTimestamp >= 0) {
            numbers[kept] = FitProfile.FIELD_TIMESTAMP;
            values[kept] = compressedTimestamp;
            kept++;
        }
        return new FitMessage(def.global, numbers, values, texts, kept, at);
    }

    /** The first element of the field just read, zero-extended for unsigned types, sign-extended for signed. */
    private long element(int from, FitBaseType type, boolean big) {
        int bytes = type.bytes();
        long v = 0;
        for (int k = 0; k < bytes; k++) {
            int b = payload[from + (big ? k : bytes - 1 - k)] & 0xFF;
            v = (v << 8) | b;
        }
        if (type.signed()) {
            // For 8-byte types the shift is 0: already sign-correct.
            int shift = 64 - 8 * bytes;
            v = (v << shift) >> shift;
        }
        return v;
    }

    private int u8(long at) {
        int b = next();
        if (b < 0) {
            throw truncated(at);
        }
        return b;
    }

    private int u16(boolean big, long at) {
        int a = u8(at);
        int b = u8(at);
        return big ? a << 8 | b : b << 8 | a;
    }

    /** A little-endian uint32: the header's data size is always little-endian. */
    private long u32(long at) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            long b = u8(at);
            v |= b << (8 * i);
        }
        return v;
    }

    /** Reads {@code n} bytes into {@code into} (or skips them if null), a buffer's run at a time. */
    private void read(byte[] into, int n, long at) {
        int done = 0;
        while (done < n) {
            if (pos == limit && !fill()) {
                throw truncated(at);
            }
            int chunk = Math.min(n - done, limit - pos);
            if (into != null) {
                System.arraycopy(buffer, pos, into, done, chunk);
            }
            crc = FitCrc.update(crc, buffer, pos, chunk);
            pos += chunk;
            offset += chunk;
            done += chunk;
        }
    }

    private void skip(int n, long at) {
        read(null, n, at);
    }

    /** The next byte (updating the CRC and offset), or -1 at the end of the stream. */
    private int next() {
        if (pos == limit && !fill()) {
            return -1;
        }
        int b = buffer[pos++] & 0xFF;
        crc = FitCrc.update(crc, b);
        offset++;
        return b;
    }

    /** Refills the buffer; false at the end of the stream. */
    private boolean fill() {
        try {
            limit = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new ImportException(name, "byte " + offset, "cannot be read: " + e.getMessage(), e);
        }
        pos = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    private ImportException truncated(long at) {
        String declaredText = dataEnd == Long.MAX_VALUE ? "" : "; its header declares " + declared + " bytes of data";
        return fail(offset, "the file ends inside the message at byte " + at + declaredText + " (truncated)");
    }

    private ImportException fail(long at, String problem) {
        return new ImportException(name, "byte " + at, problem);
    }

    private static String hex(int v) {
        return String.format("0x%04X", v);
    }

    /** One local type's layout. */
    private static final class Definition {
        final int global;
        final boolean big;
        final int[] numbers;
        final int[] sizes;
        final FitBaseType[] types;
        final int developerBytes;
        final int payloadBytes;

        Definition(int global, boolean big, int[] numbers, int[] sizes, FitBaseType[] types, int developerBytes) {
            this.global = global;
            this.big = big;
            this.numbers = numbers;
            this.sizes = sizes;
            this.types = types;
            this.developerBytes = developerBytes;
            this.payloadBytes = java.util.Arrays.stream(sizes).sum();
        }
    }
}
