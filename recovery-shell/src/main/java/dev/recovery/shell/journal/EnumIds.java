package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads enum values by the ids the journal writes ({@code marathon-pace}) with one hash lookup.
 * Loading parses thousands of them, and the general {@link Checks#parseEnum} normalises every
 * constant's name on every call; it stays the fallback for any other spelling and for the error
 * message.
 */
final class EnumIds {

    private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> ids = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                ids.put(Checks.id((Enum<?>) constant), constant);
            }
            return ids;
        }
    };

    private EnumIds() {
    }

    /**
     * The constant of {@code type} whose id is {@code text}.
     *
     * @throws IllegalArgumentException naming {@code field}, the text and the accepted ids
     */
    static <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        Object constant = BY_ID.get(type).get(text);
        return constant != null ? type.cast(constant) : Checks.parseEnum(field, text, type);
    }
}
