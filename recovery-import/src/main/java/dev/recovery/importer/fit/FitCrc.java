package dev.recovery.importer.fit;

/**
 * The FIT protocol's 16-bit cyclic redundancy check, computed a nibble at a time with the 16-entry
 * table of the public FIT protocol description (polynomial 0xA001, reflected CRC-16/ARC). A file's
 * header may carry the check of its first 12 bytes, and every file ends with the check of all bytes
 * before it; a file whose check does not match was damaged in transit or on disk.
 */
public final class FitCrc {

    private static final int[] TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    };
    private static final int NIBBLE = 0x0F;
    private static final int LOW_12_BITS = 0x0FFF;
    private static final int BYTE_VALUES = 256;
    /** The check after one byte from 0, per byte value: one lookup per byte instead of four. */
    private static final int[] BYTE_TABLE = byteTable();

    private FitCrc() {
    }

    /**
     * The check after one more byte.
     *
     * @param crc  the check so far (0 before the first byte)
     * @param b    the next byte (only its low 8 bits count)
     * @return the check including {@code b}, 0 to 65535
     */
    public static int update(int crc, int b) {
        return (crc >>> 8) ^ BYTE_TABLE[(crc ^ b) & 0xFF];
    }

    /**
     * The check after {@code length} more bytes of {@code bytes} from {@code offset}.
     *
     * @param crc    the check so far
     * @param bytes  the data
     * @param offset the first byte
     * @param length how many bytes
     * @return the check including those bytes, 0 to 65535
     */
    static int update(int crc, byte[] bytes, int offset, int length) {
        int c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = (c >>> 8) ^ BYTE_TABLE[(c ^ bytes[i]) & 0xFF];
        }
        return c;
    }

    /** The protocol's nibble-wise step, as published; the byte table is built from it. */
    private static int nibbleUpdate(int crc, int b) {
        int tmp = TABLE[crc & NIBBLE];
        crc = (crc >> 4) & LOW_12_BITS;
        crc = crc ^ tmp ^ TABLE[b & NIBBLE];
        tmp = TABLE[crc & NIBBLE];
        crc = (crc >> 4) & LOW_12_BITS;
        return crc ^ tmp ^ TABLE[(b >> 4) & NIBBLE];
    }

    /**
     * The check of {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @param bytes  the data
     * @param offset the first byte
     * @param length how many bytes
     * @return the check, 0 to 65535
     * @throws IndexOutOfBoundsException if the range is not inside {@code bytes}
     */
    public static int of(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        return update(0, bytes, offset, length);
    }

    private static int[] byteTable() {
        int[] t = new int[BYTE_VALUES];
        for (int b = 0; b < BYTE_VALUES; b++) {
            t[b] = nibbleUpdate(0, b);
        }
        return t;
    }
}
