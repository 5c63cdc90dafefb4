package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationFilter;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryNotificationsAdapter implements Notifications {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<NotificationId, Notification> rows;

    InMemoryNotificationsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Notification notification) {
        transactions.write(() -> {
            if (rows.contains(notification.id())) {
                throw DomainException.conflict("A notification with this id already exists", "id");
            }
            rows.put(notification.id(), notification);
            return null;
        });
    }

    @Override
    public Optional<Notification> find(OrganizationId organizationId, NotificationId id) {
        return rows.get(id).filter(n -> n.organizationId().equals(organizationId));
    }

    @Override
    public Notification update(Notification n) {
        return transactions.write(() -> {
            Notification current = find(n.organizationId(), n.id())
                    .orElseThrow(() -> DomainException.notFound("Notification", n.id().value()));
            if (current.version() != n.version()) {
                throw DomainException.staleVersion("Notification", n.id().value());
            }
            // What is sent and to whom never changes: only the sending state is taken from the caller.
            Notification stored = new Notification(current.id(), current.organizationId(), current.recipient(),
                    current.subject(), current.body(), current.templateId(), current.confidential(), n.status(), n.attempts(),
                    n.providerMessageId(), n.failureReason(), current.createdAt(), n.updatedAt(), n.sentAt(),
                    n.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Page<Notification> list(OrganizationId organizationId, NotificationFilter filter, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(n -> n.organizationId().equals(organizationId)
                        && filter.matches(n)),
                n -> new Cursor(n.createdAt(), n.id().value()), page);
    }
}
