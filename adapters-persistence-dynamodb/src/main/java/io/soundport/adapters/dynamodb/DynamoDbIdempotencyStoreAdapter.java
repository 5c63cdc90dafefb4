package io.soundport.adapters.dynamodb;

import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency records keyed by {@code pk = scope}, {@code sk = key}. A claim is one conditional put,
 * {@code attribute_not_exists(pk) OR expiresAt <= :now}, with a new random {@code claimToken}: DynamoDB decides which
 * of several concurrent requests holds the key, and an expired record (a lease that ran out, or an outcome past its
 * retention) is taken over by the same write. A failed claim reads the record it lost to from the failure itself.
 * Claims and releases answer at once, inside a unit of work too: a claim cannot wait for a commit. The outcome is an
 * update conditional on {@code claimToken}, written through the unit of work: it goes into the same
 * {@code TransactWriteItems} as the use case's writes (in its last call, with the outbox, when the unit of work is
 * larger than one call), so that a lost claim cancels them all.
 * Expired records are removed by {@link #purgeExpired}, which scans the table (the record count is about one day
 * of requests); {@code ttl} carries the expiry in epoch seconds for a DynamoDB TTL, should an operator enable it.
 * A recorded outcome is {@code payload} (binary) and {@code attributes} (a map of strings), each left out when empty.
 */
final class DynamoDbIdempotencyStoreAdapter implements IdempotencyStore {
    private static final int CLAIM_ATTEMPTS = 5;
    /**
     * Items completed before outcomes became opaque to the core kept the REST answer as these top-level attributes
     * (and its body as {@code body}); they are read back as the outcome attributes of the same names.
     */
    private static final List<String> LEGACY_ATTRIBUTES = List.of("status", "contentType", "location", "etag");
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbIdempotencyStoreAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.idempotency();
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant now, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new Attrs.Item()
                .put(Keys.PK, scope)
                .put(Keys.SK, key)
                .put("fingerprint", fingerprint)
                .put("claimToken", token)
                .put("completed", false)
                .put("createdAt", now)
                .put("expiresAt", Keys.time(leaseUntil))
                .put("ttl", leaseUntil.getEpochSecond())
                .build();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            try {
                db.client().putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(pk) OR #expiresAt <= :now")
                        .expressionAttributeNames(Map.of("#expiresAt", "expiresAt"))
                        .expressionAttributeValues(Map.of(":now", Attrs.s(Keys.time(now))))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                return new Claim.Claimed(token);
            } catch (ConditionalCheckFailedException e) {
                if (e.hasItem() && !e.item().isEmpty()) {
                    return read(e.item());
                }
                Optional<Claim> current = find(scope, key);
                if (current.isPresent()) {
                    return current.get();
                }
                // released between our write and our read: try again
            } catch (SdkException e) {
                throw DynamoDbErrors.translate(e);
            }
        }
        throw DomainException.unavailable("The idempotency key " + key + " is busy; try again shortly");
    }

    @Override
    public void complete(String scope, String key, String token, RecordedOutcome outcome, Instant keepUntil) {
        StringBuilder update = new StringBuilder("SET #completed = :true, #expiresAt = :expiresAt, #ttl = :ttl");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":true", Attrs.bool(true));
        values.put(":false", Attrs.bool(false));
        values.put(":token", Attrs.s(token));
        values.put(":expiresAt", Attrs.s(Keys.time(keepUntil)));
        values.put(":ttl", Attrs.n(keepUntil.getEpochSecond()));
        StringBuilder remove = new StringBuilder();
        byte[] payload = outcome.payload();
        setOrRemove(update, remove, values, "payload", payload.length == 0 ? null : Attrs.bytes(payload));
        setOrRemove(update, remove, values, "attributes", outcome.attributes().isEmpty() ? null
                : Attrs.tree(outcome.attributes()));
        String expression = update + (remove.isEmpty() ? "" : " REMOVE " + remove);
        // in the last call of a unit of work too large for one, after everything it answers for; the others check it
        db.write(Write.update(table, Map.of(Keys.PK, Attrs.s(scope), Keys.SK, Attrs.s(key)), expression,
                "#claimToken = :token AND #completed = :false", Map.of(), values,
                old -> IdempotencyStore.claimLost()).guarded().asOutbox());
    }

    private static void setOrRemove(StringBuilder set, StringBuilder remove, Map<String, AttributeValue> values,
                                    String name, AttributeValue value) {
        if (value == null) {
            remove.append(remove.isEmpty() ? "" : ", ").append('#').append(name);
        } else {
            set.append(", #").append(name).append(" = :").append(name);
            values.put(":" + name, value);
        }
    }

    @Override
    public void release(String scope, String key, String token) {
        try {
            db.client().deleteItem(r -> r.tableName(table).key(Map.of(Keys.PK, Attrs.s(scope), Keys.SK, Attrs.s(key)))
                    .conditionExpression("#completed = :false AND #claimToken = :token")
                    .expressionAttributeNames(Map.of("#completed", "completed", "#claimToken", "claimToken"))
                    .expressionAttributeValues(Map.of(":false", Attrs.bool(false), ":token", Attrs.s(token))));
        } catch (ConditionalCheckFailedException e) {
            // completed, taken over, or not there: nothing to release
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        Map<String, AttributeValue> values = Map.of(":now", Attrs.s(Keys.time(now)));
        int purged = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest request = ScanRequest.builder().tableName(table)
                    .filterExpression("#expiresAt < :now").expressionAttributeValues(values)
                    .expressionAttributeNames(Map.of("#expiresAt", "expiresAt", "#pk", Keys.PK, "#sk", Keys.SK))
                    .projectionExpression("#pk, #sk").exclusiveStartKey(start).build();
            ScanResponse response = db.call(() -> db.client().scan(request));
            for (Map<String, AttributeValue> found : response.items()) {
                try {
                    db.client().deleteItem(r -> r.tableName(table).key(found)
                            .conditionExpression("#expiresAt < :now")
                            .expressionAttributeNames(Map.of("#expiresAt", "expiresAt"))
                            .expressionAttributeValues(values));
                    purged++;
                } catch (ConditionalCheckFailedException e) {
                    // taken over by a new claim meanwhile
                } catch (SdkException e) {
                    throw DynamoDbErrors.translate(e);
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return purged;
    }

    @Override
    public Optional<Claim> find(String scope, String key) {
        return Optional.ofNullable(db.get(table, Map.of(Keys.PK, Attrs.s(scope), Keys.SK, Attrs.s(key))))
                .map(DynamoDbIdempotencyStoreAdapter::read);
    }

    static Claim read(Map<String, AttributeValue> item) {
        String fingerprint = Attrs.required(item, "fingerprint");
        if (!Attrs.flag(item, "completed")) {
            return new Claim.InProgress(fingerprint);
        }
        return new Claim.Completed(fingerprint, item.containsKey("status") ? legacyOutcome(item) : outcome(item));
    }

    private static RecordedOutcome outcome(Map<String, AttributeValue> item) {
        Map<String, String> attributes = new LinkedHashMap<>();
        AttributeValue stored = item.get("attributes");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((name, value) -> attributes.put(name, value.s()));
        }
        return new RecordedOutcome(Attrs.bytes(item, "payload"), attributes);
    }

    private static RecordedOutcome legacyOutcome(Map<String, AttributeValue> item) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : LEGACY_ATTRIBUTES) {
            AttributeValue value = item.get(name);
            if (value != null) {
                attributes.put(name, value.n() != null ? value.n() : value.s());
            }
        }
        return new RecordedOutcome(Attrs.bytes(item, "body"), attributes);
    }
}
