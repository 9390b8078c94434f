package dev.recovery.importer.fit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * Builds FIT files byte by byte for tests, including the things a well-behaved encoder never
 * writes: big-endian definitions, developer fields, compressed timestamp headers, wrong CRCs and
 * sizes.
 */
final class FitBytes {

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int headerSize = 14;
    private Long declaredSize;
    private boolean corruptCrc;
    private int protocol = 0x20;
    private Integer headerCrc;

    static FitBytes create() {
        return new FitBytes();
    }

    static long fit(Instant t) {
        return FitProfile.fitSeconds(t);
    }

    FitBytes headerSize(int value) {
        headerSize = value;
        return this;
    }

    FitBytes declaredSize(long value) {
        declaredSize = value;
        return this;
    }

    /** The header's protocol byte (major version in the high nibble); 0x20 unless set. */
    FitBytes protocol(int value) {
        protocol = value;
        return this;
    }

    /** The CRC stored in a 14-byte header, instead of the computed one (0 means "not computed"). */
    FitBytes headerCrc(int value) {
        headerCrc = value;
        return this;
    }

    FitBytes corruptCrc() {
        corruptCrc = true;
        return this;
    }

    /** A definition; each field is {number, size, baseTypeByte}; dev fields {number, size, devIndex}. */
    FitBytes define(int local, boolean bigEndian, int global, int[][] fields, int[]... devFields) {
        data.write(0x40 | (devFields.length > 0 ? 0x20 : 0) | local);
        data.write(0);
        data.write(bigEndian ? 1 : 0);
        if (bigEndian) {
            data.write(global >> 8);
            data.write(global);
        } else {
            data.write(global);
            data.write(global >> 8);
        }
        data.write(fields.length);
        for (int[] f : fields) {
            data.write(f[0]);
            data.write(f[1]);
            data.write(f[2]);
        }
        if (devFields.length > 0) {
            data.write(devFields.length);
            for (int[] f : devFields) {
                data.write(f[0]);
                data.write(f[1]);
                data.write(f[2]);
            }
        }
        return this;
    }

    /** A normal data message header and its raw bytes. */
    FitBytes data(int local, byte[] bytes) {
        data.write(local);
        data.writeBytes(bytes);
        return this;
    }

    /** A compressed-timestamp data message of local type 0-3. */
    FitBytes compressed(int local, int timeOffset, byte[] bytes) {
        data.write(0x80 | (local << 5) | (timeOffset & 0x1F));
        data.writeBytes(bytes);
        return this;
    }

    FitBytes raw(int... bytes) {
        for (int b : bytes) {
            data.write(b);
        }
        return this;
    }

    byte[] toBytes() {
        byte[] body = data.toByteArray();
        long size = declaredSize != null ? declaredSize : body.length;
        byte[] out = new byte[headerSize + body.length + 2];
        out[0] = (byte) headerSize;
        out[1] = (byte) protocol;
        out[2] = (byte) 2140;
        out[3] = (byte) (2140 >> 8);
        for (int i = 0; i < 4; i++) {
            out[4 + i] = (byte) (size >>> (8 * i));
        }
        out[8] = '.';
        out[9] = 'F';
        out[10] = 'I';
        out[11] = 'T';
        if (headerSize == 14) {
            int hc = headerCrc != null ? headerCrc : FitCrc.of(out, 0, 12);
            out[12] = (byte) hc;
            out[13] = (byte) (hc >> 8);
        }
        System.arraycopy(body, 0, out, headerSize, body.length);
        int crc = FitCrc.of(out, 0, out.length - 2) ^ (corruptCrc ? 0x5A5A : 0);
        out[out.length - 2] = (byte) crc;
        out[out.length - 1] = (byte) (crc >> 8);
        return out;
    }

    /** Little-endian bytes of values with the given widths: le(4, v1, 1, v2...). */
    static byte[] le(long... widthThenValue) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (int i = 0; i < widthThenValue.length; i += 2) {
            int w = (int) widthThenValue[i];
            long v = widthThenValue[i + 1];
            for (int k = 0; k < w; k++) {
                o.write((int) (v >>> (8 * k)));
            }
        }
        return o.toByteArray();
    }

    /** Big-endian bytes of values with the given widths. */
    static byte[] be(long... widthThenValue) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (int i = 0; i < widthThenValue.length; i += 2) {
            int w = (int) widthThenValue[i];
            long v = widthThenValue[i + 1];
            for (int k = w - 1; k >= 0; k--) {
                o.write((int) (v >>> (8 * k)));
            }
        }
        return o.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }
}
