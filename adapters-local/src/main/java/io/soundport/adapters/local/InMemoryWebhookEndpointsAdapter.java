package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryWebhookEndpointsAdapter implements WebhookEndpoints {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<WebhookEndpointId, WebhookEndpoint> rows;

    InMemoryWebhookEndpointsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        transactions.write(() -> {
            if (rows.contains(endpoint.id())) {
                throw DomainException.conflict("A webhook endpoint with this id already exists", "id");
            }
            rows.put(endpoint.id(), endpoint);
            return null;
        });
    }

    @Override
    public Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id) {
        return rows.get(id).filter(e -> e.organizationId().equals(organizationId));
    }

    @Override
    public WebhookEndpoint update(WebhookEndpoint e) {
        return transactions.write(() -> {
            WebhookEndpoint current = find(e.organizationId(), e.id())
                    .orElseThrow(() -> DomainException.notFound("Webhook endpoint", e.id().value()));
            if (current.version() != e.version()) {
                throw DomainException.staleVersion("Webhook endpoint", e.id().value());
            }
            WebhookEndpoint stored = new WebhookEndpoint(e.id(), e.organizationId(), e.url(), e.events(),
                    e.description(), e.active(), e.secretCiphertext(), e.previousSecretCiphertext(),
                    e.previousSecretExpiresAt(), e.disabledReason(), e.consecutiveFailures(), current.createdAt(),
                    e.updatedAt(), e.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, WebhookEndpointId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(e -> e.organizationId().equals(organizationId)),
                e -> new Cursor(e.createdAt(), e.id().value()), page);
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(OrganizationId organizationId, String eventType) {
        return rows.rows()
                .filter(e -> e.organizationId().equals(organizationId) && e.subscribesTo(eventType))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(e -> e.id().value()))
                .toList();
    }
}
