package io.soundport.domain.workflow;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A test on one field of what a rule sees: the event's data, and the release's fields under {@code release.}
 * (for example {@code release.genre eq "Synthwave"}, {@code track_count gt 3}, {@code release.territories contains "US"}).
 */
public record Condition(String field, Op op, Object value) {
    /** The comparisons a condition may make. */
    public enum Op {
        EQ, NE, IN, CONTAINS, GT, LT;

        public static Op parse(String value) {
            try {
                return Op.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw DomainException.invalid("op", "must be eq, ne, in, contains, gt or lt");
            }
        }
    }

    public Condition {
        field = Validation.requireText(field, "field", 200);
        Objects.requireNonNull(op, "op");
        if (op == Op.IN && !(value instanceof List<?>)) {
            throw DomainException.invalid("value", "must be a list for the in operator");
        }
        if ((op == Op.GT || op == Op.LT) && number(value) == null) {
            throw DomainException.invalid("value", "must be a number for gt and lt");
        }
    }

    /** Looks {@code field} up (dots walk into nested maps) and compares. A missing field matches only {@code ne}. */
    public boolean matches(Map<String, Object> facts) {
        Object actual = valueAt(facts, field);
        return switch (op) {
            case EQ -> same(actual, value);
            case NE -> !same(actual, value);
            case IN -> ((List<?>) value).stream().anyMatch(v -> same(actual, v));
            case CONTAINS -> actual instanceof Collection<?> c ? c.stream().anyMatch(v -> same(v, value))
                    : actual != null && value != null && actual.toString().toLowerCase(Locale.ROOT)
                    .contains(value.toString().toLowerCase(Locale.ROOT));
            case GT -> compare(actual) > 0;
            case LT -> compare(actual) < 0 && number(actual) != null;
        };
    }

    private int compare(Object actual) {
        BigDecimal left = number(actual);
        return left == null ? Integer.MIN_VALUE : left.compareTo(number(value));
    }

    /** The value at a dotted path of a JSON-shaped tree ({@code release.title}), or null. */
    public static Object valueAt(Map<String, Object> facts, String path) {
        Object current = facts;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static boolean same(Object a, Object b) {
        BigDecimal na = number(a);
        BigDecimal nb = number(b);
        if (na != null && nb != null) {
            return na.compareTo(nb) == 0;
        }
        return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
