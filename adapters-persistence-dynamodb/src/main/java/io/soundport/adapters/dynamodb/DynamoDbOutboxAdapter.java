package io.soundport.adapters.dynamodb;

import io.soundport.domain.port.Outbox;
import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox table, keyed by event id. A pending event carries {@code pending = PENDING} and
 * {@code pendingOrder = <occurredAt>#<id>}, which put it in the sparse global index {@code pending}, read oldest
 * first; dispatching removes both attributes, which takes the event out of the index. The payload is kept as a
 * native DynamoDB map. An append inside a unit of work is committed with it, in its last chunk.
 */
final class DynamoDbOutboxAdapter implements Outbox {
    static final String PENDING = "pending";
    static final String PENDING_ORDER = "pendingOrder";
    private static final String PENDING_VALUE = "PENDING";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbOutboxAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.outbox();
    }

    @Override
    public void append(PublishedEvent event) {
        db.write(Write.put(table, EventItems.item(event), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Event", event.id())).asOutbox());
        db.workQueued();
    }

    @Override
    public List<PublishedEvent> pending(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<PublishedEvent> events = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest request = QueryRequest.builder().tableName(table).indexName(DynamoDbTables.OUTBOX_PENDING)
                    .keyConditionExpression("#p = :p")
                    .expressionAttributeNames(Map.of("#p", PENDING))
                    .expressionAttributeValues(Map.of(":p", Attrs.s(PENDING_VALUE)))
                    .scanIndexForward(true)
                    .limit(limit - events.size())
                    .exclusiveStartKey(start)
                    .build();
            QueryResponse response = db.query(request);
            response.items().forEach(item -> events.add(EventItems.read(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && events.size() < limit);
        return events;
    }

    /**
     * A count of the sparse {@code pending} index (up to {@link DynamoDbJobsAdapter#BACKLOG_COUNT_CAP} events: a
     * deeper backlog reports at least that many) and its first entry, the oldest pending event.
     */
    @Override
    public Backlog backlog() {
        QueryRequest pendingIndex = QueryRequest.builder().tableName(table).indexName(DynamoDbTables.OUTBOX_PENDING)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", PENDING))
                .expressionAttributeValues(Map.of(":p", Attrs.s(PENDING_VALUE)))
                .build();
        long depth = db.countUpTo(pendingIndex, DynamoDbJobsAdapter.BACKLOG_COUNT_CAP);
        return new Backlog(depth, pending(1).stream().findFirst().map(PublishedEvent::occurredAt));
    }

    @Override
    public Optional<PublishedEvent> find(String eventId) {
        return Optional.ofNullable(db.get(table, Keys.key(eventId))).map(EventItems::read);
    }

    @Override
    public void markDispatched(List<String> eventIds) {
        if (eventIds == null || eventIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (String id : eventIds) {
            Map<String, AttributeValue> key = Keys.key(id);
            Map<String, AttributeValue> values = Map.of(":now", Attrs.s(now.toString()));
            String update = "REMOVE #" + PENDING + ", #" + PENDING_ORDER + " SET #dispatchedAt = :now";
            if (db.active()) {
                if (db.get(table, key) != null) {
                    db.write(Write.update(table, key, update, Conditions.PRESENT, Map.of(), values,
                            Conditions.always(() -> new IllegalStateException("Outbox event " + id + " vanished"))));
                }
                continue;
            }
            try {
                db.client().updateItem(r -> r.tableName(table).key(key).updateExpression(update)
                        .conditionExpression(Conditions.PRESENT).expressionAttributeNames(Write.names(Map.of(), update))
                        .expressionAttributeValues(values));
            } catch (ConditionalCheckFailedException e) {
                // unknown ids are ignored
            } catch (SdkException e) {
                throw DynamoDbErrors.translate(e);
            }
        }
    }

    static final class EventItems {
        private EventItems() {
        }

        static Map<String, AttributeValue> item(PublishedEvent e) {
            return new Attrs.Item()
                    .put(Keys.PK, e.id())
                    .put(PENDING, PENDING_VALUE)
                    .put(PENDING_ORDER, Keys.newestFirst(e.occurredAt(), e.id()))
                    .put("type", e.type())
                    .put("organizationId", e.organizationId())
                    .put("aggregateId", e.aggregateId())
                    .put("releaseId", e.releaseId())
                    .put("occurredAt", e.occurredAt())
                    .put("data", Attrs.tree(e.data()))
                    .put("traceParent", e.traceParent())
                    .build();
        }

        @SuppressWarnings("unchecked")
        static PublishedEvent read(Map<String, AttributeValue> item) {
            AttributeValue data = item.get("data");
            Map<String, Object> tree = data == null ? Map.of() : (Map<String, Object>) Attrs.untree(data);
            return new PublishedEvent(Attrs.required(item, Keys.PK), Attrs.required(item, "type"),
                    Attrs.required(item, "organizationId"), Attrs.required(item, "aggregateId"),
                    Attrs.str(item, "releaseId"), Attrs.instant(item, "occurredAt"), new LinkedHashMap<>(tree),
                    Attrs.str(item, "traceParent"));
        }
    }
}
