package dev.recovery.shell.render;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON output with Jackson 3. Commands build explicit shapes (ordered maps and lists of plain
 * values: metric units, ISO-8601 dates as text) rather than serialising library records by
 * reflection, so the output is a deliberate, documented contract. The mapper is created on first
 * use: text output never pays for it.
 */
public final class Json {

    private static volatile JsonMapper mapper;

    private Json() {
    }

    /**
     * @param tree maps, lists, strings, numbers, booleans and nulls
     * @return the tree as indented JSON
     */
    public static String write(Object tree) {
        return mapper().writeValueAsString(tree);
    }

    /**
     * @param keysAndValues alternating keys (strings) and values; pairs whose value is null are left out
     * @return an ordered JSON object
     * @throws IllegalArgumentException if the arguments do not pair up
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("object: " + keysAndValues.length + " arguments; expected key/value pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                object.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
            }
        }
        return object;
    }

    /**
     * @param value a number of kilometres, seconds and so on
     * @param decimals how many decimals to keep
     * @return the value rounded for output
     */
    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static JsonMapper mapper() {
        JsonMapper current = mapper;
        if (current == null) {
            synchronized (Json.class) {
                current = mapper;
                if (current == null) {
                    current = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
                    mapper = current;
                }
            }
        }
        return current;
    }
}
