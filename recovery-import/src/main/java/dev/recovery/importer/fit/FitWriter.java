package dev.recovery.importer.fit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one FIT file: a 14-byte header with its CRC, definition and data messages (little-endian,
 * each message on local type 0 with its own definition, which every reader accepts), and the file
 * CRC. Meant for small files such as workouts: it buffers the file in memory.
 */
public final class FitWriter {

    /** Protocol version 2.0, as the header's byte says it (major in the high nibble). */
    public static final int PROTOCOL_VERSION = 0x20;
    /** The profile version written: 21.40, as profile major x 100 + minor. */
    public static final int PROFILE_VERSION = 2140;

    private static final int DEFINITION_HEADER = 0x40;
    private static final int MAX_FIELD_BYTES = 255;

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /**
     * Starts a message.
     *
     * @param global the global message number, 0 to 65534
     * @return a builder; call {@link Message#write()} to add it
     */
    public Message message(int global) {
        return new Message(global);
    }

    /**
     * The complete file: header, messages, CRC.
     *
     * @return the bytes
     */
    public byte[] toBytes() {
        byte[] body = data.toByteArray();
        byte[] out = new byte[FitDecoder.HEADER_SIZE_WITH_CRC + body.length + 2];
        out[0] = (byte) FitDecoder.HEADER_SIZE_WITH_CRC;
        out[1] = (byte) PROTOCOL_VERSION;
        out[2] = (byte) PROFILE_VERSION;
        out[3] = (byte) (PROFILE_VERSION >> 8);
        for (int i = 0; i < 4; i++) {
            out[4 + i] = (byte) (body.length >>> (8 * i));
        }
        out[8] = '.';
        out[9] = 'F';
        out[10] = 'I';
        out[11] = 'T';
        int headerCrc = FitCrc.of(out, 0, FitDecoder.HEADER_SIZE_NO_CRC);
        out[12] = (byte) headerCrc;
        out[13] = (byte) (headerCrc >> 8);
        System.arraycopy(body, 0, out, FitDecoder.HEADER_SIZE_WITH_CRC, body.length);
        int crc = FitCrc.of(out, 0, out.length - 2);
        out[out.length - 2] = (byte) crc;
        out[out.length - 1] = (byte) (crc >> 8);
        return out;
    }

    /** One message being built: its fields in the order added. */
    public final class Message {
        private final int global;
        private final ByteArrayOutputStream definition = new ByteArrayOutputStream();
        private final ByteArrayOutputStream values = new ByteArrayOutputStream();
        private int fields;

        private Message(int global) {
            this.global = global;
        }

        /**
         * Adds an integer field (a value that is the type's invalid value is written as it is, and
         * reads as absent).
         *
         * @param number the field number
         * @param type   a 1-, 2- or 4-byte integer or enum type
         * @param value  the raw value, before the profile's scale
         * @return this message
         */
        public Message field(int number, FitBaseType type, long value) {
            if (type == FitBaseType.STRING || type.bytes() > 4) {
                throw new IllegalArgumentException("type: " + type + " is not allowed; expected an integer type of 1 to 4 bytes");
            }
            define(number, type.bytes(), type);
            for (int i = 0; i < type.bytes(); i++) {
                values.write((int) (value >>> (8 * i)));
            }
            return this;
        }

        /**
         * Adds a string field sized to the text and its terminator.
         *
         * @param number the field number
         * @param text   at most 254 bytes of UTF-8
         * @return this message
         */
        public Message text(int number, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length + 1 > MAX_FIELD_BYTES) {
                throw new IllegalArgumentException("text: " + bytes.length + " bytes is not allowed; expected at most 254");
            }
            define(number, bytes.length + 1, FitBaseType.STRING);
            values.write(bytes, 0, bytes.length);
            values.write(0);
            return this;
        }

        private void define(int number, int size, FitBaseType type) {
            definition.write(number);
            definition.write(size);
            definition.write(type.definitionByte());
            fields++;
        }

        /** Appends the definition and the data message to the file. */
        public void write() {
            data.write(DEFINITION_HEADER);
            data.write(0);
            data.write(0);
            data.write(global);
            data.write(global >> 8);
            data.write(fields);
            data.writeBytes(definition.toByteArray());
            data.write(0);
            data.writeBytes(values.toByteArray());
        }
    }
}
