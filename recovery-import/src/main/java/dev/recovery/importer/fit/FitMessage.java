package dev.recovery.importer.fit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One decoded data message: its global message number (see {@link FitProfile}) and the fields it
 * recorded. A field holding its base type's invalid value is absent; of an array field only the
 * first element is kept (none of the fields this product reads is an array). Values are raw, before
 * the profile's scale: a session's distance is in centimetres, its times in milliseconds.
 */
public final class FitMessage {

    private final int global;
    private final int[] numbers;
    private final long[] values;
    private final String[] texts;
    private final int count;
    private final long offset;

    /** Takes the arrays as they are (the decoder hands them over); only the first {@code count} entries are fields. */
    FitMessage(int global, int[] numbers, long[] values, String[] texts, int count, long offset) {
        this.global = global;
        this.numbers = numbers;
        this.values = values;
        this.texts = texts;
        this.count = count;
        this.offset = offset;
    }

    /** The global message number, e.g. {@link FitProfile#MESG_SESSION}. */
    public int global() {
        return global;
    }

    /** The message's byte offset in the stream, for messages about it. */
    public long offset() {
        return offset;
    }

    /**
     * A numeric field's raw value.
     *
     * @param field the field number within the message
     * @return the value, or empty if the message has no such field or it holds the invalid value
     */
    public OptionalLong value(int field) {
        for (int i = 0; i < count; i++) {
            if (numbers[i] == field && texts[i] == null) {
                return OptionalLong.of(values[i]);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * A string field.
     *
     * @param field the field number within the message
     * @return the text, or empty if absent or empty
     */
    public Optional<String> text(int field) {
        for (int i = 0; i < count; i++) {
            if (numbers[i] == field && texts[i] != null) {
                return Optional.of(texts[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * A date_time field as an instant.
     *
     * @param field the field number, e.g. {@link FitProfile#FIELD_TIMESTAMP}
     * @return the instant, or empty if absent
     */
    public Optional<Instant> time(int field) {
        OptionalLong v = value(field);
        return v.isPresent() ? Optional.of(FitProfile.instant(v.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return "FitMessage[" + global + " " + Arrays.toString(Arrays.copyOf(numbers, count)) + "]";
    }
}
