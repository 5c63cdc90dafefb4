package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A webhook endpoint is {@code ORG#<org> / WHENDPOINT#<id>} in the entities table: newest first on {@code lsi1}
 * ({@code WHENDPOINT#<time>#<id>}); while active also on {@code lsi2} ({@code WHACTIVE#<time>#<id>}, a sparse
 * entry that a disabled endpoint drops), which {@link #subscribedTo} reads, strongly consistent, filtering the
 * event types in memory (an organization has a handful of endpoints, not thousands).
 */
final class DynamoDbWebhookEndpointsAdapter implements WebhookEndpoints {
    private static final String ENDPOINT = "WHENDPOINT#";
    private static final String ACTIVE = "WHACTIVE#";
    private static final String RESOURCE = "Webhook endpoint";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbWebhookEndpointsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, WebhookEndpointId id) {
        return Keys.key(Keys.org(org.value()), ENDPOINT + id.value());
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        db.write(Write.put(table, item(endpoint), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, endpoint.id().value())));
    }

    @Override
    public Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbWebhookEndpointsAdapter::read);
    }

    @Override
    public WebhookEndpoint update(WebhookEndpoint e) {
        WebhookEndpoint stored = new WebhookEndpoint(e.id(), e.organizationId(), e.url(), e.events(), e.description(),
                e.active(), e.secretCiphertext(), e.previousSecretCiphertext(), e.previousSecretExpiresAt(),
                e.disabledReason(), e.consecutiveFailures(), e.createdAt(), e.updatedAt(), e.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(e.version()),
                Conditions.staleOrMissing(RESOURCE, e.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, WebhookEndpointId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing(RESOURCE, id.value())));
        return true;
    }

    @Override
    public Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), ENDPOINT)
                .page(db, page, DynamoDbWebhookEndpointsAdapter::read, null,
                        e -> new Cursor(e.createdAt(), e.id().value()));
    }

    /** Oldest first, as the endpoints were created. */
    @Override
    public List<WebhookEndpoint> subscribedTo(OrganizationId organizationId, String eventType) {
        Objects.requireNonNull(eventType, "eventType");
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()), ACTIVE)
                .all(db, true).stream()
                .map(DynamoDbWebhookEndpointsAdapter::read)
                .filter(e -> e.subscribesTo(eventType))
                .toList();
    }

    static Map<String, AttributeValue> item(WebhookEndpoint e) {
        String order = Keys.newestFirst(e.createdAt(), e.id().value());
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(e.organizationId().value()))
                .put(Keys.SK, ENDPOINT + e.id().value())
                .put(Keys.LSI1, ENDPOINT + order)
                .put(Keys.LSI2, e.active() ? ACTIVE + order : null)
                .put("id", e.id().value())
                .put("organizationId", e.organizationId().value())
                .put("url", e.url())
                .put("events", Attrs.list(List.copyOf(new TreeSet<>(e.events()))))
                .put("description", e.description())
                .put("active", e.active())
                .put("secretCiphertext", e.secretCiphertext())
                .put("previousSecretCiphertext", e.previousSecretCiphertext())
                .put("previousSecretExpiresAt", e.previousSecretExpiresAt())
                .put("disabledReason", e.disabledReason())
                .put("consecutiveFailures", e.consecutiveFailures())
                .put("createdAt", e.createdAt())
                .put("updatedAt", e.updatedAt())
                .put("version", e.version())
                .build();
    }

    static WebhookEndpoint read(Map<String, AttributeValue> item) {
        return new WebhookEndpoint(WebhookEndpointId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "url"),
                new HashSet<>(Attrs.strings(item, "events")), Attrs.str(item, "description"),
                Attrs.flag(item, "active"), Attrs.required(item, "secretCiphertext"),
                Attrs.str(item, "previousSecretCiphertext"), Attrs.instant(item, "previousSecretExpiresAt"),
                Attrs.str(item, "disabledReason"), (int) Attrs.num(item, "consecutiveFailures"),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
