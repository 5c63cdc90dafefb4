package io.soundport.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One conditional write, and what a failure of its condition means for the port: given the item as it was (null
 * when there was none), the {@link io.soundport.domain.shared.DomainException} to throw. An outbox write is kept
 * for the last chunk of a large unit of work. A guarded write has its condition checked by every other chunk of a
 * large unit of work too, so that no call commits once it no longer holds.
 */
record Write(TransactWriteItem action, Function<Map<String, AttributeValue>, RuntimeException> onConditionFailed,
             boolean outbox, TransactWriteItem guard) {
    Write {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(onConditionFailed, "onConditionFailed");
    }

    Write(TransactWriteItem action, Function<Map<String, AttributeValue>, RuntimeException> onConditionFailed,
          boolean outbox) {
        this(action, onConditionFailed, outbox, null);
    }

    static Write put(String table, Map<String, AttributeValue> item, String condition,
                     Map<String, String> names, Map<String, AttributeValue> values,
                     Function<Map<String, AttributeValue>, RuntimeException> onConditionFailed) {
        return new Write(TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression(condition)
                .expressionAttributeNames(emptyToNull(names(names, condition)))
                .expressionAttributeValues(emptyToNull(values))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                onConditionFailed, false);
    }

    static Write update(String table, Map<String, AttributeValue> key, String update, String condition,
                        Map<String, String> names, Map<String, AttributeValue> values,
                        Function<Map<String, AttributeValue>, RuntimeException> onConditionFailed) {
        return new Write(TransactWriteItem.builder().update(u -> u.tableName(table).key(key)
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(emptyToNull(names(names, condition, update)))
                .expressionAttributeValues(emptyToNull(values))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                onConditionFailed, false);
    }

    static Write delete(String table, Map<String, AttributeValue> key, String condition,
                        Map<String, String> names, Map<String, AttributeValue> values,
                        Function<Map<String, AttributeValue>, RuntimeException> onConditionFailed) {
        return new Write(TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)
                .conditionExpression(condition)
                .expressionAttributeNames(emptyToNull(names(names, condition)))
                .expressionAttributeValues(emptyToNull(values))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                onConditionFailed, false);
    }

    /**
     * The attribute names of the expressions: every {@code #name} stands for the attribute {@code name}, so that
     * DynamoDB's reserved words ({@code status}, {@code name}, ...) never get in the way.
     */
    static Map<String, String> names(Map<String, String> given, String... expressions) {
        Map<String, String> names = new java.util.HashMap<>(given);
        for (String expression : expressions) {
            if (expression == null) {
                continue;
            }
            java.util.regex.Matcher m = NAME.matcher(expression);
            while (m.find()) {
                names.putIfAbsent(m.group(), m.group().substring(1));
            }
        }
        return names;
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("#[A-Za-z0-9_]+");

    private static <V> Map<String, V> emptyToNull(Map<String, V> map) {
        return map.isEmpty() ? null : map;
    }

    Write asOutbox() {
        return new Write(action, onConditionFailed, true, guard);
    }

    /** This update, whose condition every other chunk of a unit of work too large for one call also checks. */
    Write guarded() {
        Update u = Objects.requireNonNull(action.update(), "only an update is guarded");
        return new Write(action, onConditionFailed, outbox, TransactWriteItem.builder().conditionCheck(c -> c
                .tableName(u.tableName()).key(u.key()).conditionExpression(u.conditionExpression())
                .expressionAttributeNames(u.hasExpressionAttributeNames()
                        ? emptyToNull(onlyIn(u.expressionAttributeNames(), u.conditionExpression())) : null)
                .expressionAttributeValues(u.hasExpressionAttributeValues()
                        ? emptyToNull(onlyIn(u.expressionAttributeValues(), u.conditionExpression())) : null)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
    }

    /** The guard of a guarded write, as a write of its own for another chunk. */
    Write guardCheck() {
        return new Write(Objects.requireNonNull(guard, "guard"), onConditionFailed, false, null);
    }

    /** DynamoDB refuses values and names an expression does not use. */
    private static <V> Map<String, V> onlyIn(Map<String, V> given, String expression) {
        Map<String, V> used = new java.util.HashMap<>();
        given.forEach((name, value) -> {
            if (expression.matches(".*" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                used.put(name, value);
            }
        });
        return used;
    }

    String table() {
        if (action.put() != null) {
            return action.put().tableName();
        }
        if (action.update() != null) {
            return action.update().tableName();
        }
        if (action.delete() != null) {
            return action.delete().tableName();
        }
        return action.conditionCheck().tableName();
    }

    /** Table and key, to keep two writes of one item out of one TransactWriteItems call (DynamoDB refuses that). */
    String target() {
        Map<String, AttributeValue> key;
        if (action.put() != null) {
            key = action.put().item();
        } else if (action.update() != null) {
            key = action.update().key();
        } else if (action.delete() != null) {
            key = action.delete().key();
        } else {
            key = action.conditionCheck().key();
        }
        return target(table(), key);
    }

    static String target(String table, Map<String, AttributeValue> key) {
        AttributeValue sk = key.get(Keys.SK);
        return table + "\u0000" + key.get(Keys.PK).s() + "\u0000" + (sk == null ? "" : sk.s());
    }
}
