package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationFilter;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notifications on the table {@code <prefix>notifications}, which has no index and so no cap on the size of a
 * partition (an organization sends many, and each carries its body):
 * <ul>
 *   <li>{@code ORG#<org> / NTF#<time>#<id>}: the notification, every one of the organization newest first for
 *   {@link #list}; status and channel filters are applied page by page while reading;</li>
 *   <li>{@code NTF#<id> / #ID} (organizationId, createdAt): a pointer, written once with the notification and
 *   {@code attribute_not_exists(pk)}, that makes the id unique and finds a notification by id alone (two consistent
 *   GetItems, the pointer's organization checked).</li>
 * </ul>
 * {@link #update} keeps what is sent and to whom as stored and takes only the sending state from the caller, on
 * {@code version = :expected}.
 */
final class DynamoDbNotificationsAdapter implements Notifications {
    private static final String NOTIFICATION = "NTF#";
    private static final String POINTER_SK = "#ID";
    private static final String RESOURCE = "Notification";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbNotificationsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.notifications();
    }

    private static Map<String, AttributeValue> pointerKey(NotificationId id) {
        return Keys.key(NOTIFICATION + id.value(), POINTER_SK);
    }

    @Override
    public void add(Notification notification) {
        Map<String, AttributeValue> pointer = new Attrs.Item()
                .put(Keys.PK, NOTIFICATION + notification.id().value())
                .put(Keys.SK, POINTER_SK)
                .put("organizationId", notification.organizationId().value())
                .put("createdAt", notification.createdAt())
                .build();
        db.write(List.of(
                Write.put(table, pointer, Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                        () -> DomainException.conflict("A notification with this id already exists", "id"))),
                Write.put(table, item(notification), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                        () -> DomainException.conflict("A notification with this id already exists", "id")))));
    }

    @Override
    public Optional<Notification> find(OrganizationId organizationId, NotificationId id) {
        Map<String, AttributeValue> pointer = db.get(table, pointerKey(id));
        if (pointer == null || !organizationId.value().equals(Attrs.str(pointer, "organizationId"))) {
            return Optional.empty();
        }
        String sk = NOTIFICATION + Keys.newestFirst(Attrs.instant(pointer, "createdAt"), id.value());
        return Optional.ofNullable(db.get(table, Keys.key(Keys.org(organizationId.value()), sk)))
                .map(DynamoDbNotificationsAdapter::read);
    }

    @Override
    public Notification update(Notification n) {
        Notification current = find(n.organizationId(), n.id())
                .orElseThrow(() -> DomainException.notFound(RESOURCE, n.id().value()));
        if (current.version() != n.version()) {
            throw DomainException.staleVersion(RESOURCE, n.id().value());
        }
        // What is sent and to whom never changes: only the sending state is taken from the caller.
        Notification stored = new Notification(current.id(), current.organizationId(), current.recipient(),
                current.subject(), current.body(), current.templateId(), current.confidential(), n.status(), n.attempts(),
                n.providerMessageId(), n.failureReason(), current.createdAt(), n.updatedAt(), n.sentAt(),
                n.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(n.version()),
                Conditions.staleOrMissing(RESOURCE, n.id().value())));
        return stored;
    }

    @Override
    public Page<Notification> list(OrganizationId organizationId, NotificationFilter filter, PageRequest page) {
        NotificationFilter f = filter == null ? NotificationFilter.ALL : filter;
        boolean everything = f.status() == null && f.channel() == null;
        return KeysetQuery.onTable(table, Keys.org(organizationId.value()), NOTIFICATION)
                .page(db, page, DynamoDbNotificationsAdapter::read, everything ? null : f::matches,
                        n -> new Cursor(n.createdAt(), n.id().value()));
    }

    static Map<String, AttributeValue> item(Notification n) {
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(n.organizationId().value()))
                .put(Keys.SK, NOTIFICATION + Keys.newestFirst(n.createdAt(), n.id().value()))
                .put("id", n.id().value())
                .put("organizationId", n.organizationId().value())
                .put("channel", n.recipient().channel().name())
                .put("address", n.recipient().address())
                .put("subject", n.subject())
                .put("body", n.body())
                .put("templateId", n.templateId() == null ? null : n.templateId().value())
                .put("confidential", n.confidential())
                .put("status", n.status().name())
                .put("attempts", (long) n.attempts())
                .put("providerMessageId", n.providerMessageId())
                .put("failureReason", n.failureReason())
                .put("createdAt", n.createdAt())
                .put("updatedAt", n.updatedAt())
                .put("sentAt", n.sentAt())
                .put("version", n.version())
                .build();
    }

    static Notification read(Map<String, AttributeValue> item) {
        String templateId = Attrs.str(item, "templateId");
        return new Notification(NotificationId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                new Recipient(Channel.valueOf(Attrs.required(item, "channel")), Attrs.required(item, "address")),
                Attrs.str(item, "subject"), Attrs.required(item, "body"),
                templateId == null ? null : NotificationTemplateId.of(templateId),
                Attrs.flag(item, "confidential"),
                NotificationStatus.valueOf(Attrs.required(item, "status")), (int) Attrs.num(item, "attempts"),
                Attrs.str(item, "providerMessageId"), Attrs.str(item, "failureReason"),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.instant(item, "sentAt"),
                Attrs.num(item, "version"));
    }
}
