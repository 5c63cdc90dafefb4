package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;

import java.util.Optional;

final class InMemoryWebhookMessagesAdapter implements WebhookMessages {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<WebhookMessageId, WebhookMessage> rows;

    InMemoryWebhookMessagesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public boolean add(WebhookMessage message) {
        return transactions.write(() -> {
            if (rows.contains(message.id())) {
                return false;
            }
            rows.put(message.id(), message);
            return true;
        });
    }

    @Override
    public Optional<WebhookMessage> find(OrganizationId organizationId, WebhookMessageId id) {
        return rows.get(id).filter(m -> m.organizationId().equals(organizationId));
    }

    @Override
    public WebhookMessage update(WebhookMessage m) {
        return transactions.write(() -> {
            WebhookMessage current = find(m.organizationId(), m.id())
                    .orElseThrow(() -> DomainException.notFound("Webhook message", m.id().value()));
            if (current.version() != m.version()) {
                throw DomainException.staleVersion("Webhook message", m.id().value());
            }
            // What was sent and to whom never changes: only the delivery state is taken from the caller.
            WebhookMessage stored = new WebhookMessage(current.id(), current.organizationId(), current.endpointId(),
                    current.eventId(), current.eventType(), current.body(), m.status(), m.attempts(),
                    m.nextAttemptAt(), current.createdAt(), m.updatedAt(), m.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Page<WebhookMessage> list(OrganizationId organizationId, WebhookEndpointId endpointId, PageRequest page) {
        return KeysetPages.page(
                rows.rows().filter(m -> m.organizationId().equals(organizationId)
                        && m.endpointId().equals(endpointId)),
                m -> new Cursor(m.createdAt(), m.id().value()), page);
    }
}
