package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Every authorization under way is {@code OAUTHSTATES / STATE#<state hash>} in the entities table, one partition
 * listed by expiry on {@code lsi1} ({@code EXPIRES#<time>#<state hash>}): they live minutes, so the partition stays
 * small, and {@link #removeExpired} is one range of it. The entities table has no TTL, so nothing expires by itself.
 *
 * <p>A take is one DeleteItem on {@code attribute_exists(pk)} returning the item ({@code ALL_OLD}): DynamoDB applies
 * concurrent deletes one after the other, so exactly one taker gets the item. Its answer is needed at once, as a job
 * claim's, so it is not deferred to the unit of work: inside one that rolls back, what was taken stays taken.
 * {@link #removeExpired} deletes at once too: a sweep has nothing to roll back.
 */
final class DynamoDbPendingAuthorizationsAdapter implements PendingAuthorizations {
    private static final String PARTITION = "OAUTHSTATES";
    private static final String STATE = "STATE#";
    private static final String EXPIRES = "EXPIRES#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbPendingAuthorizationsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(String stateHash) {
        return Keys.key(PARTITION, STATE + stateHash);
    }

    @Override
    public void add(PendingAuthorization pending) {
        db.write(Write.put(table, item(pending), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("An authorization with this state is already under way",
                        "state_hash"))));
    }

    @Override
    public Optional<PendingAuthorization> take(String stateHash) {
        return Optional.ofNullable(deleteNow(key(stateHash))).map(DynamoDbPendingAuthorizationsAdapter::read);
    }

    /** The item deleted now; null when there was none. */
    private Map<String, AttributeValue> deleteNow(Map<String, AttributeValue> key) {
        try {
            Map<String, AttributeValue> old = db.client().deleteItem(r -> r.tableName(table).key(key)
                    .conditionExpression(Conditions.PRESENT)
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
            return old == null || old.isEmpty() ? null : old;
        } catch (ConditionalCheckFailedException e) {
            return null;
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    /** Reads the range of {@code lsi1} before {@code now}, then deletes what is still there. */
    @Override
    public int removeExpired(Instant now) {
        QueryRequest expired = QueryRequest.builder().tableName(table).indexName(DynamoDbTables.LSI1)
                .keyConditionExpression("#pk = :pk AND #lsi1 BETWEEN :from AND :before")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#lsi1", Keys.LSI1))
                .expressionAttributeValues(Map.of(":pk", Attrs.s(PARTITION), ":from", Attrs.s(EXPIRES),
                        ":before", Attrs.s(EXPIRES + Keys.time(now))))
                .consistentRead(true)
                .build();
        int removed = 0;
        for (Map<String, AttributeValue> item : db.queryAll(expired)) {
            if (deleteNow(Keys.key(PARTITION, Attrs.required(item, Keys.SK))) != null) {
                removed++;
            }
        }
        return removed;
    }

    static Map<String, AttributeValue> item(PendingAuthorization p) {
        return new Attrs.Item()
                .put(Keys.PK, PARTITION)
                .put(Keys.SK, STATE + p.stateHash())
                .put(Keys.LSI1, EXPIRES + Keys.time(p.expiresAt()) + "#" + p.stateHash())
                .put("stateHash", p.stateHash())
                .put("organizationId", p.organizationId().value())
                .put("userId", p.userId().value())
                .put("provider", p.provider().name())
                .put("sealedCodeVerifier", p.sealedCodeVerifier())
                .put("createdAt", p.createdAt())
                .put("expiresAt", p.expiresAt())
                .build();
    }

    static PendingAuthorization read(Map<String, AttributeValue> item) {
        return new PendingAuthorization(Attrs.required(item, "stateHash"),
                OrganizationId.of(Attrs.required(item, "organizationId")), UserId.of(Attrs.required(item, "userId")),
                Provider.valueOf(Attrs.required(item, "provider")), Attrs.str(item, "sealedCodeVerifier"),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "expiresAt"));
    }
}
