package dev.recovery.shell.export;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Distance;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the library's immutable values (records, enums, Optionals, lists, sets, maps, dates and
 * durations) to a JSON tree and back, by their declared types, so that a value read back equals the
 * value written. Enums are written by their user-facing ids ({@code marathon-pace}), dates and
 * durations as ISO-8601, records as objects named by their components, and a sealed interface's
 * value with a {@code "@type"} naming the record.
 *
 * <p>Reading goes through each record's canonical constructor, so every validation the library
 * does still applies to what comes from a file: a value the library would refuse is refused here,
 * with the library's own message.
 */
final class RecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A distance's one field in JSON. */
    private static final String DISTANCE_METRES = "metres";

    private RecordJson() {
    }

    /** The JSON tree of {@code value}, whose declared type is {@code type}. */
    static JsonNode write(Object value, Type type) {
        if (value == null) {
            throw new IllegalStateException("a value of " + type.getTypeName() + " is null; the library never holds nulls");
        }
        Class<?> raw = raw(type);
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? write(optional.get(), argument(type, 0)) : NODES.nullNode();
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? NODES.numberNode(optional.getAsInt()) : NODES.nullNode();
        }
        if (value instanceof OptionalDouble optional) {
            return optional.isPresent() ? NODES.numberNode(optional.getAsDouble()) : NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof LocalDate || value instanceof Duration || value instanceof Instant) {
            return NODES.stringNode(value.toString());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.stringNode(id(constant));
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : list) {
                array.add(write(element, argument(type, 0)));
            }
            return array;
        }
        if (value instanceof Set<?> set) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : set) {
                array.add(write(element, argument(type, 0)));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = entry.getKey() instanceof Enum<?> e ? id(e) : String.valueOf(entry.getKey());
                object.set(key, write(entry.getValue(), argument(type, 1)));
            }
            return object;
        }
        if (value instanceof Distance distance) {
            // Kept as metres, the shape plan files and journals have always had, although a
            // Distance now holds whole millimetres.
            ObjectNode object = NODES.objectNode();
            object.put(DISTANCE_METRES, distance.metres());
            return object;
        }
        if (value instanceof Record record) {
            ObjectNode object = NODES.objectNode();
            if (!raw.isRecord()) {
                object.put("@type", record.getClass().getSimpleName());
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    object.set(component.getName(), write(component.getAccessor().invoke(record), component.getGenericType()));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return object;
        }
        throw new IllegalStateException("no JSON mapping for " + value.getClass().getName());
    }

    /**
     * The value of declared type {@code type} in {@code node}.
     *
     * @throws IllegalArgumentException naming the JSON path and what was expected, or the library's
     *                                  own message for a value it refuses
     */
    static Object read(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return node == null || node.isNull() ? Optional.empty() : Optional.of(read(node, argument(type, 0), path));
        }
        if (raw == OptionalInt.class) {
            return node == null || node.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(node, path));
        }
        if (raw == OptionalDouble.class) {
            return node == null || node.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(node, path));
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new IllegalArgumentException(path + ": missing; expected " + describe(raw));
        }
        if (raw == String.class) {
            return text(node, path);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                throw new IllegalArgumentException(path + ": " + node + " is not allowed; expected true or false");
            }
            return node.booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return integer(node, path);
        }
        if (raw == long.class || raw == Long.class) {
            if (!node.canConvertToLong() || !node.isIntegralNumber()) {
                throw new IllegalArgumentException(path + ": " + node + " is not allowed; expected a whole number");
            }
            return node.asLong();
        }
        if (raw == double.class || raw == Double.class) {
            return number(node, path);
        }
        try {
            if (raw == LocalDate.class) {
                return LocalDate.parse(text(node, path));
            }
            if (raw == Duration.class) {
                return Duration.parse(text(node, path));
            }
            if (raw == Instant.class) {
                return Instant.parse(text(node, path));
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": '" + node.asString() + "' is not allowed; expected ISO-8601 "
                    + raw.getSimpleName());
        }
        if (raw.isEnum()) {
            return enumValue(raw, text(node, path), path);
        }
        if (raw == List.class || raw == Set.class) {
            if (!node.isArray()) {
                throw new IllegalArgumentException(path + ": expected a list");
            }
            List<Object> items = new ArrayList<>(node.size());
            int i = 0;
            for (JsonNode element : node.values()) {
                items.add(read(element, argument(type, 0), path + "[" + i++ + "]"));
            }
            return raw == List.class ? List.copyOf(items) : Set.copyOf(new LinkedHashSet<>(items));
        }
        if (raw == Map.class) {
            if (!node.isObject()) {
                throw new IllegalArgumentException(path + ": expected an object");
            }
            Class<?> keyType = raw(argument(type, 0));
            Map<Object, Object> map = keyType.isEnum() ? enumMap(keyType) : new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                Object key = keyType.isEnum() ? enumValue(keyType, entry.getKey(), path) : entry.getKey();
                map.put(key, read(entry.getValue(), argument(type, 1), path + "." + entry.getKey()));
            }
            return Map.copyOf(map);
        }
        if (raw == Distance.class) {
            if (!node.isObject() || node.get(DISTANCE_METRES) == null) {
                throw new IllegalArgumentException(path + ": expected an object with the distance in metres");
            }
            try {
                return Distance.ofMetres(number(node.get(DISTANCE_METRES), path + "." + DISTANCE_METRES));
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException(path + ": " + refused.getMessage(), refused);
            }
        }
        if (raw == Source.class) {
            // A stored reason keeps its source's id; print today's citation for it, not the stored text.
            Source stored = (Source) record(node, raw, path);
            return Sources.byId(stored.id()).orElse(stored);
        }
        if (raw.isRecord()) {
            return record(node, raw, path);
        }
        if (raw.isSealed() && raw.isInterface()) {
            String name = text(node.get("@type"), path + ".@type");
            for (Class<?> permitted : raw.getPermittedSubclasses()) {
                if (permitted.getSimpleName().equals(name)) {
                    return record(node, permitted, path);
                }
            }
            throw new IllegalArgumentException(path + ".@type: '" + name + "' is not a kind of " + raw.getSimpleName());
        }
        throw new IllegalStateException("no JSON mapping for " + type.getTypeName());
    }

    private static Object record(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(node.get(components[i].getName()), components[i].getGenericType(), path + "." + components[i].getName());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw new IllegalArgumentException(path + ": " + refused.getMessage(), refused);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + path, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + path, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Object, Object> enumMap(Class<?> keyType) {
        return new EnumMap(keyType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String id, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (id((Enum) constant).equals(id)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(path + ": '" + id + "' is not allowed; expected one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(c -> id((Enum) c)).toList());
    }

    static String id(Enum<?> constant) {
        if (constant instanceof DayOfWeek day) {
            return day.name().toLowerCase(Locale.ROOT);
        }
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException(path + ": " + node + " is not allowed; expected a text");
        }
        return node.asString();
    }

    private static int integer(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(path + ": " + node + " is not allowed; expected a whole number");
        }
        return node.asInt();
    }

    private static double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + ": " + node + " is not allowed; expected a number");
        }
        return node.asDouble();
    }

    private static String describe(Class<?> raw) {
        return raw.isRecord() ? "an object (" + raw.getSimpleName() + ")" : "a value of type " + raw.getSimpleName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException(type + " has no type arguments");
    }
}
