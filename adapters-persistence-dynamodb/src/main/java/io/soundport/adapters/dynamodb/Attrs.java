package io.soundport.adapters.dynamodb;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing item attributes. A null value is never stored: the attribute is left out, which also keeps
 * an item out of the sparse indexes keyed on it. Timestamps are ISO-8601 strings, which round-trip every nanosecond.
 */
final class Attrs {
    private Attrs() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? null : value.s();
    }

    static String required(Map<String, AttributeValue> item, String name) {
        String value = str(item, name);
        if (value == null) {
            throw new IllegalStateException("DynamoDB item without attribute " + name);
        }
        return value;
    }

    static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("DynamoDB item without number " + name);
        }
        return Long.parseLong(value.n());
    }

    static Integer optionalInt(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Integer.valueOf(value.n());
    }

    static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = str(item, name);
        return value == null ? null : Instant.parse(value);
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::s).toList();
    }

    static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    static AttributeValue bytes(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    static byte[] bytes(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.b() == null ? new byte[0] : value.b().asByteArray();
    }

    /** A JSON-shaped tree (maps, lists, strings, numbers, booleans, nulls) as a DynamoDB map, kept native. */
    static AttributeValue tree(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            map.forEach((k, v) -> m.put(String.valueOf(k), tree(v)));
            return AttributeValue.fromM(m);
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> l = new ArrayList<>(list.size());
            list.forEach(v -> l.add(tree(v)));
            return AttributeValue.fromL(l);
        }
        return AttributeValue.fromS(value.toString());
    }

    /**
     * The tree back, with numbers as a JSON parser gives them (Integer, Long or BigInteger for whole numbers,
     * Double otherwise), so that an event reads back equal to the one appended, as it does from PostgreSQL's jsonb.
     */
    static Object untree(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return number(value.n());
        }
        if (value.bool() != null) {
            return value.bool();
        }
        if (value.hasM()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.m().forEach((k, v) -> map.put(k, untree(v)));
            return map;
        }
        if (value.hasL()) {
            List<Object> list = new ArrayList<>(value.l().size());
            value.l().forEach(v -> list.add(untree(v)));
            return list;
        }
        return null;
    }

    private static Number number(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            BigInteger whole = new BigInteger(text);
            if (whole.bitLength() < 32) {
                return whole.intValue();
            }
            if (whole.bitLength() < 64) {
                return whole.longValue();
            }
            return whole;
        }
        return Double.valueOf(text);
    }

    /** An item under construction; {@code put} with a null value leaves the attribute out. */
    static final class Item {
        private final Map<String, AttributeValue> values = new LinkedHashMap<>();

        Item put(String name, String value) {
            if (value != null) {
                values.put(name, AttributeValue.fromS(value));
            }
            return this;
        }

        Item put(String name, Instant value) {
            return put(name, value == null ? null : value.toString());
        }

        Item put(String name, long value) {
            values.put(name, n(value));
            return this;
        }

        Item put(String name, Integer value) {
            if (value != null) {
                values.put(name, n(value));
            }
            return this;
        }

        Item put(String name, boolean value) {
            values.put(name, bool(value));
            return this;
        }

        Item put(String name, AttributeValue value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        Map<String, AttributeValue> build() {
            return Map.copyOf(values);
        }
    }
}
