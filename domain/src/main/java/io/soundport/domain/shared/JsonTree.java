package io.soundport.domain.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies of JSON-shaped trees (maps with string keys, lists, strings, numbers, booleans, nulls). */
public final class JsonTree {
    /**
     * The deepest a free-form value may nest, counting each map and list: well under DynamoDB's 32 levels, with room
     * for the item that holds the value.
     */
    public static final int MAX_DEPTH = 16;
    /** The largest a free-form value may be, as compact JSON in UTF-8: a few of them fit in one DynamoDB item. */
    public static final int MAX_BYTES = 8 * 1024;
    private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
    private static final BigDecimal LARGEST = new BigDecimal("1E+126");

    private JsonTree() {
    }

    /**
     * A free-form value that every store keeps as it is: nested at most {@link #MAX_DEPTH} levels, at most
     * {@link #MAX_BYTES} as JSON, its texts (multi-line allowed) and keys (single-line) made of characters that may
     * be stored ({@link StoredText}). A VALIDATION_ERROR names the place, such as {@code data.tags[2]}.
     */
    public static void check(Object value, String field) {
        walk(value, field, 0);
        int bytes = Json.write(value).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw DomainException.invalid(field, "must be at most " + MAX_BYTES + " bytes as JSON (it has " + bytes + ")");
        }
    }

    private static void walk(Object value, String path, int depth) {
        if (value instanceof String text) {
            StoredText.check(text, path, true);
        } else if (value instanceof Number number) {
            checkNumber(number, path);
        } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
            if (depth >= MAX_DEPTH) {
                throw DomainException.invalid(path, "must not nest deeper than " + MAX_DEPTH + " levels");
            }
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    StoredText.check(key, path, false);
                    walk(entry.getValue(), path + "." + key, depth + 1);
                }
            } else {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), path + "[" + i + "]", depth + 1);
                }
            }
        }
    }

    /**
     * A number every store keeps exactly: finite, at most 38 significant digits, between 1E-130 and 1E+126 in
     * magnitude (DynamoDB's numbers; PostgreSQL and memory keep more).
     */
    private static void checkNumber(Number number, String path) {
        BigDecimal exact;
        try {
            exact = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        } catch (NumberFormatException notFinite) {
            throw DomainException.invalid(path, "must be a finite number");
        }
        if (exact.signum() == 0) {
            return;
        }
        BigDecimal magnitude = exact.abs().stripTrailingZeros();
        if (magnitude.precision() > 38 || magnitude.compareTo(SMALLEST) < 0 || magnitude.compareTo(LARGEST) >= 0) {
            throw DomainException.invalid(path, "must be a number of at most 38 significant digits between 1E-130 and 1E+126");
        }
    }

    public static Map<String, Object> copyOf(Map<String, ?> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyValue(v)));
            return Collections.unmodifiableList(copy);
        }
        return value.toString();
    }
}
