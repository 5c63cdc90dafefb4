package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notification template is {@code ORG#<org> / NTFTEMPLATE#<id>} in the entities table, newest first on
 * {@code lsi1} ({@code NTFTEMPLATE#<time>#<id>}). Its name owns the guard item {@code ORG#<org> /
 * NTFTEMPLATENAME#<sha256 of the name>} (templateId), put with the condition that it does not exist, in the same
 * transaction as the template: the name, exact, is unique per organization, and the guard is also how a template is
 * found by name (two consistent GetItems, the name compared again). A rename deletes the old guard (on
 * {@code templateId = :me}) and puts the new one in the same transaction; a removal deletes it with the template.
 */
final class DynamoDbNotificationTemplatesAdapter implements NotificationTemplates {
    private static final String TEMPLATE = "NTFTEMPLATE#";
    private static final String NAME = "NTFTEMPLATENAME#";
    private static final String RESOURCE = "Notification template";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbNotificationTemplatesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, NotificationTemplateId id) {
        return Keys.key(Keys.org(org.value()), TEMPLATE + id.value());
    }

    private static Map<String, AttributeValue> nameKey(OrganizationId org, String name) {
        return Keys.key(Keys.org(org.value()), NAME + Keys.digest(name));
    }

    private Write claimName(NotificationTemplate t) {
        Map<String, AttributeValue> guard = new Attrs.Item()
                .put(Keys.PK, Keys.org(t.organizationId().value()))
                .put(Keys.SK, NAME + Keys.digest(t.name()))
                .put("templateId", t.id().value())
                .build();
        return Write.put(table, guard, Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("A notification template with this name already exists", "name")));
    }

    private Write freeName(OrganizationId org, String name, NotificationTemplateId owner) {
        return Write.delete(table, nameKey(org, name), "#templateId = :owner", Map.of(),
                Map.of(":owner", Attrs.s(owner.value())),
                Conditions.always(() -> DomainException.staleVersion(RESOURCE, owner.value())));
    }

    @Override
    public void add(NotificationTemplate template) {
        db.write(Write.put(table, item(template), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                        () -> DomainException.conflict("A notification template with this id already exists", "id"))),
                claimName(template));
    }

    @Override
    public Optional<NotificationTemplate> find(OrganizationId organizationId, NotificationTemplateId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id)))
                .map(DynamoDbNotificationTemplatesAdapter::read);
    }

    @Override
    public Optional<NotificationTemplate> findByName(OrganizationId organizationId, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> guard = db.get(table, nameKey(organizationId, name));
        if (guard == null) {
            return Optional.empty();
        }
        return find(organizationId, NotificationTemplateId.of(Attrs.required(guard, "templateId")))
                .filter(t -> t.name().equals(name));
    }

    @Override
    public NotificationTemplate update(NotificationTemplate t) {
        NotificationTemplate current = find(t.organizationId(), t.id())
                .orElseThrow(() -> DomainException.notFound(RESOURCE, t.id().value()));
        if (current.version() != t.version()) {
            throw DomainException.staleVersion(RESOURCE, t.id().value());
        }
        // The channel is chosen once, when the template is created.
        NotificationTemplate stored = new NotificationTemplate(t.id(), t.organizationId(), t.name(),
                current.channel(), t.subject(), t.body(), current.createdAt(), t.updatedAt(), t.version() + 1);
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(t.version()),
                Conditions.staleOrMissing(RESOURCE, t.id().value())));
        if (!current.name().equals(stored.name())) {
            writes.add(freeName(t.organizationId(), current.name(), t.id()));
            writes.add(claimName(stored));
        }
        db.write(writes);
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, NotificationTemplateId id) {
        Optional<NotificationTemplate> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.AT_VERSION, Map.of(),
                        Conditions.version(current.get().version()), Conditions.staleOrMissing(RESOURCE, id.value())),
                freeName(organizationId, current.get().name(), id));
        return true;
    }

    @Override
    public Page<NotificationTemplate> list(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), TEMPLATE)
                .page(db, page, DynamoDbNotificationTemplatesAdapter::read, null,
                        t -> new Cursor(t.createdAt(), t.id().value()));
    }

    static Map<String, AttributeValue> item(NotificationTemplate t) {
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(t.organizationId().value()))
                .put(Keys.SK, TEMPLATE + t.id().value())
                .put(Keys.LSI1, TEMPLATE + Keys.newestFirst(t.createdAt(), t.id().value()))
                .put("id", t.id().value())
                .put("organizationId", t.organizationId().value())
                .put("name", t.name())
                .put("channel", t.channel().name())
                .put("subject", t.subject())
                .put("body", t.body())
                .put("createdAt", t.createdAt())
                .put("updatedAt", t.updatedAt())
                .put("version", t.version())
                .build();
    }

    static NotificationTemplate read(Map<String, AttributeValue> item) {
        return new NotificationTemplate(NotificationTemplateId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                Channel.valueOf(Attrs.required(item, "channel")), Attrs.str(item, "subject"),
                Attrs.required(item, "body"), Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"),
                Attrs.num(item, "version"));
    }
}
