package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A connection is {@code ORG#<org> / CONNECTION#<user>#<provider>} in the entities table, so that its key is the
 * uniqueness of the organization, user and provider, and a user's connections are one range of the organization's
 * partition. An update puts the whole item on {@code version = :version AND id = :id}: a connection removed and made
 * again under the same key is another one.
 */
final class DynamoDbConnectionsAdapter implements Connections {
    private static final String CONNECTION = "CONNECTION#";
    private static final String AT_VERSION_OF_ID = Conditions.AT_VERSION + " AND #id = :id";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbConnectionsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static String ofUser(UserId userId) {
        return CONNECTION + userId.value() + "#";
    }

    private static Map<String, AttributeValue> key(OrganizationId org, UserId user, Provider provider) {
        return Keys.key(Keys.org(org.value()), ofUser(user) + provider.name());
    }

    @Override
    public void add(Connection c) {
        db.write(Write.put(table, item(c), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("The user is already connected to " + c.provider().slug()
                        + " in this organization", "provider"))));
    }

    @Override
    public Optional<Connection> find(OrganizationId organizationId, UserId userId, Provider provider) {
        return Optional.ofNullable(db.get(table, key(organizationId, userId, provider)))
                .map(DynamoDbConnectionsAdapter::read);
    }

    @Override
    public List<Connection> listFor(OrganizationId organizationId, UserId userId) {
        return KeysetQuery.onTable(table, Keys.org(organizationId.value()), ofUser(userId)).all(db, true).stream()
                .map(DynamoDbConnectionsAdapter::read)
                .sorted(Comparator.comparing(Connection::provider))
                .toList();
    }

    @Override
    public Connection update(Connection c) {
        Connection stored = new Connection(c.id(), c.organizationId(), c.userId(), c.provider(), c.providerUserId(),
                c.scopes(), c.status(), c.sealedAccessToken(), c.sealedRefreshToken(), c.expiresAt(),
                c.connectedAt(), c.updatedAt(), c.version() + 1);
        Map<String, AttributeValue> values = new HashMap<>(Conditions.version(c.version()));
        values.put(":id", Attrs.s(c.id().value()));
        db.write(Write.put(table, item(stored), AT_VERSION_OF_ID, Map.of(), values, staleOrGone(c.id())));
        return stored;
    }

    /** A failed update: the same connection at another version is PRECONDITION_FAILED, none or another NOT_FOUND. */
    private static Function<Map<String, AttributeValue>, RuntimeException> staleOrGone(ConnectionId id) {
        return old -> old != null && id.value().equals(Attrs.str(old, "id"))
                ? DomainException.staleVersion("Connection", id.value())
                : DomainException.notFound("Connection", id.value());
    }

    /** As {@code OptOuts.remove}: a conditional delete at once, or a read and a deferred delete in a unit of work. */
    @Override
    public boolean remove(OrganizationId organizationId, UserId userId, Provider provider) {
        Map<String, AttributeValue> key = key(organizationId, userId, provider);
        Write delete = Write.delete(table, key, Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.always(() -> DomainException.notFound("Connection", provider.slug())));
        if (!db.active()) {
            return db.writeNowIf(delete);
        }
        if (db.get(table, key) == null) {
            return false;
        }
        db.write(delete);
        return true;
    }

    /** The user's range of the organization's partition read, then deleted in one write; counts what was read. */
    @Override
    public int removeAllOf(OrganizationId organizationId, UserId userId) {
        List<Map<String, AttributeValue>> found = KeysetQuery.onTable(table, Keys.org(organizationId.value()),
                ofUser(userId)).all(db, true);
        db.write(found.stream().map(item -> Write.delete(table, Keys.key(Attrs.required(item, Keys.PK),
                Attrs.required(item, Keys.SK)), null, Map.of(), Map.of(), Conditions.always(
                        () -> DomainException.notFound("Connection", userId.value())))).toList());
        return found.size();
    }

    static Map<String, AttributeValue> item(Connection c) {
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(c.organizationId().value()))
                .put(Keys.SK, ofUser(c.userId()) + c.provider().name())
                .put("id", c.id().value())
                .put("organizationId", c.organizationId().value())
                .put("userId", c.userId().value())
                .put("provider", c.provider().name())
                .put("providerUserId", c.providerUserId())
                .put("scopes", Attrs.list(c.scopes()))
                .put("status", c.status().name())
                .put("sealedAccessToken", c.sealedAccessToken())
                .put("sealedRefreshToken", c.sealedRefreshToken())
                .put("expiresAt", c.expiresAt())
                .put("connectedAt", c.connectedAt())
                .put("updatedAt", c.updatedAt())
                .put("version", c.version())
                .build();
    }

    static Connection read(Map<String, AttributeValue> item) {
        return new Connection(ConnectionId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), UserId.of(Attrs.required(item, "userId")),
                Provider.valueOf(Attrs.required(item, "provider")), Attrs.required(item, "providerUserId"),
                Attrs.strings(item, "scopes"), ConnectionStatus.valueOf(Attrs.required(item, "status")),
                Attrs.required(item, "sealedAccessToken"), Attrs.str(item, "sealedRefreshToken"),
                Attrs.instant(item, "expiresAt"), Attrs.instant(item, "connectedAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
