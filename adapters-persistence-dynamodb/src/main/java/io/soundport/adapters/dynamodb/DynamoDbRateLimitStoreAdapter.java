package io.soundport.adapters.dynamodb;

import io.soundport.domain.port.RateLimitStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rate-limit counters in {@code <prefix>rate_limits}, one item per key ({@code pk}) and window start ({@code sk},
 * sortable time). Every call goes straight to DynamoDB, never through the unit of work: a counter is shared at once
 * and never rolls back. An add is an {@code UpdateItem ADD count :amount} answering the new count (DynamoDB applies
 * concurrent ADDs one after the other), then a strongly consistent GetItem of the previous window; a peek is one
 * BatchGetItem of both. Each item carries {@code ttl}, two windows after its window started, in epoch seconds:
 * DynamoDB's TTL, enabled on the table at start, deletes it some time after that.
 */
final class DynamoDbRateLimitStoreAdapter implements RateLimitStore {
    static final String TTL = "ttl";
    private static final String COUNT = "count";
    private static final int BATCH_ATTEMPTS = 5;

    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbRateLimitStoreAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = tables.rateLimits();
    }

    @Override
    public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
        RateLimitStore.checkArguments(key, windowStart, window);
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1");
        }
        try {
            Map<String, AttributeValue> added = db.client().updateItem(r -> r.tableName(table)
                    .key(Keys.key(key, Keys.time(windowStart)))
                    .updateExpression("ADD #count :amount SET #ttl = :ttl")
                    .expressionAttributeNames(Map.of("#count", COUNT, "#ttl", TTL))
                    .expressionAttributeValues(Map.of(":amount", Attrs.n(amount),
                            ":ttl", Attrs.n(windowStart.plus(window.multipliedBy(2)).getEpochSecond())))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
            Map<String, AttributeValue> previous = db.client().getItem(r -> r.tableName(table)
                    .key(Keys.key(key, Keys.time(windowStart.minus(window))))
                    .consistentRead(true)
                    .projectionExpression("#count")
                    .expressionAttributeNames(Map.of("#count", COUNT))).item();
            return new WindowCounts(Attrs.num(added, COUNT), countOf(previous));
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    @Override
    public WindowCounts peek(String key, Instant windowStart, Duration window) {
        RateLimitStore.checkArguments(key, windowStart, window);
        String current = Keys.time(windowStart);
        String previous = Keys.time(windowStart.minus(window));
        Map<String, Long> counts = new HashMap<>();
        Map<String, KeysAndAttributes> wanted = Map.of(table, KeysAndAttributes.builder()
                .keys(Keys.key(key, current), Keys.key(key, previous))
                .consistentRead(true)
                .projectionExpression("#sk, #count")
                .expressionAttributeNames(Map.of("#sk", Keys.SK, "#count", COUNT))
                .build());
        try {
            for (int attempt = 0; attempt < BATCH_ATTEMPTS && !wanted.isEmpty(); attempt++) {
                Map<String, KeysAndAttributes> asked = wanted;
                BatchGetItemResponse response = db.client().batchGetItem(r -> r.requestItems(asked));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    counts.put(Attrs.required(item, Keys.SK), Attrs.num(item, COUNT));
                }
                wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
        if (!wanted.isEmpty()) {
            throw DynamoDbErrors.unavailable();
        }
        return new WindowCounts(counts.getOrDefault(current, 0L), counts.getOrDefault(previous, 0L));
    }

    @Override
    public void clear(String key) {
        Objects.requireNonNull(key, "key");
        try {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = db.client().query(r -> r.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", Attrs.s(key)))
                        .projectionExpression("#pk, #sk")
                        .consistentRead(true)
                        .exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    db.client().deleteItem(r -> r.tableName(table).key(item));
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                        ? page.lastEvaluatedKey() : null;
            } while (start != null);
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    private static long countOf(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() ? 0 : Attrs.num(item, COUNT);
    }
}
