package dev.recovery.importer.fit;

import java.util.Optional;

/**
 * The FIT protocol's base types: how a field's bytes encode a value, and which value means "not
 * recorded". A field whose sensor had nothing to say holds its type's invalid value (e.g. a heart
 * rate of {@code 0xFF} when no strap was worn); the decoder reports such a field as absent.
 */
public enum FitBaseType {
    /** An enumerated value, 1 byte; invalid 0xFF. */
    ENUM(0x00, 1, false, false, 0xFFL),
    /** Signed 8-bit integer; invalid 0x7F. */
    SINT8(0x01, 1, true, false, 0x7FL),
    /** Unsigned 8-bit integer; invalid 0xFF. */
    UINT8(0x02, 1, false, false, 0xFFL),
    /** Signed 16-bit integer; invalid 0x7FFF. */
    SINT16(0x03, 2, true, false, 0x7FFFL),
    /** Unsigned 16-bit integer; invalid 0xFFFF. */
    UINT16(0x04, 2, false, false, 0xFFFFL),
    /** Signed 32-bit integer; invalid 0x7FFFFFFF. */
    SINT32(0x05, 4, true, false, 0x7FFF_FFFFL),
    /** Unsigned 32-bit integer; invalid 0xFFFFFFFF. */
    UINT32(0x06, 4, false, false, 0xFFFF_FFFFL),
    /** A null-terminated UTF-8 string padded to the field's size; invalid when empty. */
    STRING(0x07, 1, false, false, 0x00L),
    /** IEEE 754 single precision; invalid when all bits are set. */
    FLOAT32(0x08, 4, false, false, 0xFFFF_FFFFL),
    /** IEEE 754 double precision; invalid when all bits are set. */
    FLOAT64(0x09, 8, false, false, -1L),
    /** Unsigned 8-bit integer whose invalid value is 0. */
    UINT8Z(0x0A, 1, false, true, 0x00L),
    /** Unsigned 16-bit integer whose invalid value is 0. */
    UINT16Z(0x0B, 2, false, true, 0x00L),
    /** Unsigned 32-bit integer whose invalid value is 0. */
    UINT32Z(0x0C, 4, false, true, 0x00L),
    /** Raw bytes; invalid when every byte is 0xFF. */
    BYTE(0x0D, 1, false, false, 0xFFL),
    /** Signed 64-bit integer; invalid 0x7FFFFFFFFFFFFFFF. */
    SINT64(0x0E, 8, true, false, Long.MAX_VALUE),
    /** Unsigned 64-bit integer; invalid when all bits are set. */
    UINT64(0x0F, 8, false, false, -1L),
    /** Unsigned 64-bit integer whose invalid value is 0. */
    UINT64Z(0x10, 8, false, true, 0x00L);

    /** The base-type number sits in the low 5 bits of a field definition's base-type byte. */
    private static final int NUMBER_MASK = 0x1F;
    /** Bit 7 of the base-type byte says that the type has more than one byte, so byte order matters. */
    private static final int ENDIAN_FLAG = 0x80;

    private final int number;
    private final int bytes;
    private final boolean signed;
    private final boolean zeroInvalid;
    private final long invalid;

    FitBaseType(int number, int bytes, boolean signed, boolean zeroInvalid, long invalid) {
        this.number = number;
        this.bytes = bytes;
        this.signed = signed;
        this.zeroInvalid = zeroInvalid;
        this.invalid = invalid;
    }

    /** The type's number in a field definition (0 to 16). */
    public int number() {
        return number;
    }

    /** The byte written in a field definition: the number, with the endian flag for multi-byte types. */
    public int definitionByte() {
        return bytes > 1 ? number | ENDIAN_FLAG : number;
    }

    /** Bytes per element: 1, 2, 4 or 8. */
    public int bytes() {
        return bytes;
    }

    /** True for the signed integer types. */
    public boolean signed() {
        return signed;
    }

    /** The raw value (as read, unsigned types zero-extended) that means "not recorded". */
    public long invalid() {
        return invalid;
    }

    /**
     * True if {@code raw}, read as this type, means "not recorded".
     *
     * @param raw the element's value as {@link FitDecoder} reads it (unsigned types zero-extended,
     *            signed types sign-extended)
     * @return whether the value is this type's invalid value
     */
    public boolean isInvalid(long raw) {
        if (zeroInvalid) {
            return raw == 0;
        }
        if (signed) {
            long max = bytes == 8 ? Long.MAX_VALUE : (1L << (8 * bytes - 1)) - 1;
            return raw == max;
        }
        return raw == invalid;
    }

    /**
     * The type a field definition's base-type byte names, ignoring the endian flag.
     *
     * @param definitionByte the byte from the definition message
     * @return the type, or empty for a number this decoder does not know (its bytes are skipped)
     */
    public static Optional<FitBaseType> of(int definitionByte) {
        int n = definitionByte & NUMBER_MASK;
        for (FitBaseType t : values()) {
            if (t.number == n) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
