package dev.recovery.shell.journal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One journal line parsed into its top-level fields, with typed getters that explain what is wrong.
 *
 * <p>Only the streaming parser of jackson-core is used (no data binding): start-up time matters and
 * the mapping stays explicit. Nested objects and arrays of anything but strings are skipped, which
 * keeps unknown fields (of a newer minor format) harmless.
 */
final class JsonRecord {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** A number kept as its text, converted exactly when read (durations need exact decimals). */
    private record NumberText(String text, boolean integral) {
    }

    private final Map<String, Object> fields;

    private JsonRecord(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * Parses one line.
     *
     * @throws BadRecordException if it is not one complete JSON object
     */
    static JsonRecord parse(byte[] bytes, int offset, int length) {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecordException("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                fields.put(name, readValue(p, value));
            }
            if (t != JsonToken.END_OBJECT) {
                throw new BadRecordException("not valid JSON");
            }
            if (p.nextToken() != null) {
                throw new BadRecordException("more than one JSON value on the line");
            }
        } catch (JacksonException e) {
            throw new BadRecordException("not valid JSON");
        }
        return new JsonRecord(fields);
    }

    private static Object readValue(JsonParser p, JsonToken value) {
        switch (value) {
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
                return new NumberText(p.getString(), true);
            case VALUE_NUMBER_FLOAT:
                return new NumberText(p.getString(), false);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<Object> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                        items.add(null);
                    } else {
                        items.add(readValue(p, t));
                    }
                }
                return items;
            case START_OBJECT:
                // Not part of any format so far: tolerated and ignored.
                p.skipChildren();
                return null;
            default:
                throw new BadRecordException("not valid JSON");
        }
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    String string(String name) {
        Object value = fields.get(name);
        if (value instanceof String) {
            return (String) value;
        }
        throw missing(name, "text");
    }

    Optional<String> optString(String name) {
        return has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    long longValue(String name) {
        NumberText n = number(name);
        if (!n.integral()) {
            throw missing(name, "a whole number");
        }
        try {
            return Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            throw missing(name, "a whole number");
        }
    }

    int intValue(String name) {
        long value = longValue(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw missing(name, "a whole number");
        }
        return (int) value;
    }

    OptionalInt optInt(String name) {
        return has(name) ? OptionalInt.of(intValue(name)) : OptionalInt.empty();
    }

    double doubleValue(String name) {
        return Double.parseDouble(number(name).text());
    }

    /** True if the field is a number written without a fraction or exponent. */
    boolean isIntegral(String name) {
        return number(name).integral();
    }

    BigDecimal decimal(String name) {
        return new BigDecimal(number(name).text());
    }

    LocalDate date(String name) {
        String text = string(name);
        try {
            return IsoText.date(text);
        } catch (DateTimeException e) {
            throw new BadRecordException(name + ": '" + text + "' is not an ISO date");
        }
    }

    Instant instant(String name) {
        String text = string(name);
        try {
            return IsoText.instant(text);
        } catch (DateTimeException e) {
            throw new BadRecordException(name + ": '" + text + "' is not an ISO instant");
        }
    }

    UUID uuid(String name) {
        String text = string(name);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(name + ": '" + text + "' is not a UUID");
        }
    }

    List<String> strings(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw missing(name, "a list of text");
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
                throw missing(name, "a list of text");
            }
            out.add((String) item);
        }
        return out;
    }

    private NumberText number(String name) {
        Object value = fields.get(name);
        if (value instanceof NumberText) {
            return (NumberText) value;
        }
        throw missing(name, "a number");
    }

    private BadRecordException missing(String name, String expected) {
        Object value = fields.get(name);
        return new BadRecordException(value == null ? "field '" + name + "' is missing" : "field '" + name + "' should be " + expected);
    }
}
