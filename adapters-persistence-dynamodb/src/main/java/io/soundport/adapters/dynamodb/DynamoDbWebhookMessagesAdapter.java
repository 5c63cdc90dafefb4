package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookAttempt;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Webhook messages on the table {@code <prefix>webhook_messages}, which has no index and so no cap on the size of
 * a partition. A message is {@code ORG#<org>#EP#<endpoint> / MSG#<time>#<id>}: the messages of one endpoint are one
 * partition, read newest first by a strongly consistent query. A pointer {@code MSG#<id> / #ID} (organizationId,
 * endpointId, createdAt) finds a message by its id alone; it is written with the message, in one transaction, with
 * {@code attribute_not_exists(pk)}, which makes an id unique.
 *
 * <p>{@link #add} answers at once whether the id is new: outside a unit of work from the condition of its write;
 * inside one from a consistent read of the pointer (and the writes the unit has not committed yet), deferring the
 * conditional writes to the commit. Should another instance add the same id in between, the commit fails with
 * CONFLICT and nothing of the unit of work is written; when it runs again, {@code add} answers false.
 */
final class DynamoDbWebhookMessagesAdapter implements WebhookMessages {
    private static final String MESSAGE = "MSG#";
    private static final String POINTER_SK = "#ID";
    private static final String RESOURCE = "Webhook message";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbWebhookMessagesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.webhookMessages();
    }

    private static String partition(OrganizationId org, WebhookEndpointId endpoint) {
        return Keys.org(org.value()) + "#EP#" + endpoint.value();
    }

    private static Map<String, AttributeValue> key(WebhookMessage m) {
        return Keys.key(partition(m.organizationId(), m.endpointId()),
                MESSAGE + Keys.newestFirst(m.createdAt(), m.id().value()));
    }

    private static Map<String, AttributeValue> pointerKey(WebhookMessageId id) {
        return Keys.key(MESSAGE + id.value(), POINTER_SK);
    }

    @Override
    public boolean add(WebhookMessage message) {
        Objects.requireNonNull(message, "message");
        Map<String, AttributeValue> pointerKey = pointerKey(message.id());
        Map<String, AttributeValue> pointer = new Attrs.Item()
                .put(Keys.PK, MESSAGE + message.id().value())
                .put(Keys.SK, POINTER_SK)
                .put("organizationId", message.organizationId().value())
                .put("endpointId", message.endpointId().value())
                .put("createdAt", message.createdAt())
                .build();
        List<Write> writes = List.of(
                Write.put(table, pointer, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists(RESOURCE, message.id().value())),
                Write.put(table, item(message), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists(RESOURCE, message.id().value())));
        if (db.active()) {
            if (db.buffered(table, pointerKey) || db.get(table, pointerKey) != null) {
                return false;
            }
            db.write(writes);
            return true;
        }
        try {
            db.write(writes);
            return true;
        } catch (DomainException e) {
            if (e.code() == ErrorCode.CONFLICT && db.get(table, pointerKey) != null) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<WebhookMessage> find(OrganizationId organizationId, WebhookMessageId id) {
        Map<String, AttributeValue> pointer = db.get(table, pointerKey(id));
        if (pointer == null || !organizationId.value().equals(Attrs.str(pointer, "organizationId"))) {
            return Optional.empty();
        }
        String sk = MESSAGE + Keys.newestFirst(Attrs.instant(pointer, "createdAt"), id.value());
        WebhookEndpointId endpoint = WebhookEndpointId.of(Attrs.required(pointer, "endpointId"));
        return Optional.ofNullable(db.get(table, Keys.key(partition(organizationId, endpoint), sk)))
                .map(DynamoDbWebhookMessagesAdapter::read);
    }

    @Override
    public WebhookMessage update(WebhookMessage m) {
        WebhookMessage stored = new WebhookMessage(m.id(), m.organizationId(), m.endpointId(), m.eventId(),
                m.eventType(), m.body(), m.status(), m.attempts(), m.nextAttemptAt(), m.createdAt(), m.updatedAt(),
                m.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(m.version()),
                Conditions.staleOrMissing(RESOURCE, m.id().value())));
        return stored;
    }

    @Override
    public Page<WebhookMessage> list(OrganizationId organizationId, WebhookEndpointId endpointId, PageRequest page) {
        return KeysetQuery.onTable(table, partition(organizationId, endpointId), MESSAGE)
                .page(db, page, DynamoDbWebhookMessagesAdapter::read, null,
                        m -> new Cursor(m.createdAt(), m.id().value()));
    }

    static Map<String, AttributeValue> item(WebhookMessage m) {
        Map<String, AttributeValue> key = key(m);
        return new Attrs.Item()
                .put(Keys.PK, key.get(Keys.PK))
                .put(Keys.SK, key.get(Keys.SK))
                .put("id", m.id().value())
                .put("organizationId", m.organizationId().value())
                .put("endpointId", m.endpointId().value())
                .put("eventId", m.eventId())
                .put("eventType", m.eventType())
                .put("body", m.body())
                .put("status", m.status().name())
                .put("attempts", AttributeValue.fromL(m.attempts().stream().map(a -> AttributeValue.fromM(
                        new Attrs.Item()
                                .put("number", a.number())
                                .put("at", a.at())
                                .put("statusCode", a.statusCode())
                                .put("latencyMs", a.latencyMs())
                                .put("error", a.error())
                                .build())).toList()))
                .put("nextAttemptAt", m.nextAttemptAt())
                .put("createdAt", m.createdAt())
                .put("updatedAt", m.updatedAt())
                .put("version", m.version())
                .build();
    }

    static WebhookMessage read(Map<String, AttributeValue> item) {
        AttributeValue attempts = item.get("attempts");
        List<WebhookAttempt> list = attempts == null || !attempts.hasL() ? List.of() : attempts.l().stream()
                .map(a -> new WebhookAttempt((int) Attrs.num(a.m(), "number"), Attrs.instant(a.m(), "at"),
                        Attrs.optionalInt(a.m(), "statusCode"), Attrs.num(a.m(), "latencyMs"),
                        Attrs.str(a.m(), "error")))
                .toList();
        return new WebhookMessage(WebhookMessageId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                WebhookEndpointId.of(Attrs.required(item, "endpointId")), Attrs.required(item, "eventId"),
                Attrs.required(item, "eventType"), Attrs.required(item, "body"),
                MessageStatus.valueOf(Attrs.required(item, "status")), list, Attrs.instant(item, "nextAttemptAt"),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
