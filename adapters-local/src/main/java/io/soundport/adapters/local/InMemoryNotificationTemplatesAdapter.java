package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryNotificationTemplatesAdapter implements NotificationTemplates {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<NotificationTemplateId, NotificationTemplate> rows;

    InMemoryNotificationTemplatesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(NotificationTemplate template) {
        transactions.write(() -> {
            if (rows.contains(template.id())) {
                throw DomainException.conflict("A notification template with this id already exists", "id");
            }
            requireFreeName(template);
            rows.put(template.id(), template);
            return null;
        });
    }

    private void requireFreeName(NotificationTemplate template) {
        if (findByName(template.organizationId(), template.name()).filter(t -> !t.id().equals(template.id()))
                .isPresent()) {
            throw DomainException.conflict("A notification template with this name already exists", "name");
        }
    }

    @Override
    public Optional<NotificationTemplate> find(OrganizationId organizationId, NotificationTemplateId id) {
        return rows.get(id).filter(t -> t.organizationId().equals(organizationId));
    }

    @Override
    public Optional<NotificationTemplate> findByName(OrganizationId organizationId, String name) {
        return rows.rows().filter(t -> t.organizationId().equals(organizationId) && t.name().equals(name))
                .findFirst();
    }

    @Override
    public NotificationTemplate update(NotificationTemplate t) {
        return transactions.write(() -> {
            NotificationTemplate current = find(t.organizationId(), t.id())
                    .orElseThrow(() -> DomainException.notFound("Notification template", t.id().value()));
            if (current.version() != t.version()) {
                throw DomainException.staleVersion("Notification template", t.id().value());
            }
            requireFreeName(t);
            // The channel is chosen once, when the template is created.
            NotificationTemplate stored = new NotificationTemplate(t.id(), t.organizationId(), t.name(),
                    current.channel(), t.subject(), t.body(), current.createdAt(), t.updatedAt(), t.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, NotificationTemplateId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<NotificationTemplate> list(OrganizationId organizationId, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(t -> t.organizationId().equals(organizationId)),
                t -> new Cursor(t.createdAt(), t.id().value()), page);
    }
}
