package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An API key is {@code ORG#<org> / APIKEY#<id>}, listed per application newest first on {@code lsi1}
 * ({@code APIKEY#<app>#<time>#<id>}). Two pointer items written in the same transaction find it by the SHA-256 of
 * the key ({@code KEYHASH#<hash>}, unique by its condition) and by id alone ({@code APIKEY#<id>}, for
 * {@link #touch}); both lead to the key itself, read consistently, so a revocation counts at once.
 * A revocation keeps the first time: {@code SET revokedAt = if_not_exists(revokedAt, :at)}.
 */
final class DynamoDbApiKeysAdapter implements ApiKeys {
    private static final String KEY = "APIKEY#";
    private static final String POINTER_SK = "#POINTER";
    private static final String REVOKE = "SET #revokedAt = if_not_exists(#revokedAt, :at)";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbApiKeysAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, ApiKeyId id) {
        return Keys.key(Keys.org(org.value()), KEY + id.value());
    }

    @Override
    public void add(ApiKey k) {
        Map<String, AttributeValue> byHash = new Attrs.Item()
                .put(Keys.PK, "KEYHASH#" + k.keyHash()).put(Keys.SK, POINTER_SK)
                .put("organizationId", k.organizationId().value()).put("keyId", k.id().value()).build();
        Map<String, AttributeValue> byId = new Attrs.Item()
                .put(Keys.PK, KEY + k.id().value()).put(Keys.SK, POINTER_SK)
                .put("organizationId", k.organizationId().value()).build();
        db.write(Write.put(table, ApiKeyItems.item(k), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists("API key", k.id().value())),
                Write.put(table, byHash, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict("This API key exists already", "key_hash"))),
                Write.put(table, byId, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists("API key", k.id().value())));
    }

    @Override
    public Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(ApiKeyItems::read);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        Map<String, AttributeValue> pointer = db.get(table, Keys.key("KEYHASH#" + keyHash, POINTER_SK));
        if (pointer == null) {
            return Optional.empty();
        }
        return find(OrganizationId.of(Attrs.required(pointer, "organizationId")),
                ApiKeyId.of(Attrs.required(pointer, "keyId")));
    }

    @Override
    public Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()),
                        KEY + applicationId.value() + "#")
                .page(db, page, ApiKeyItems::read, null, k -> new Cursor(k.createdAt(), k.id().value()));
    }

    @Override
    public boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at) {
        Optional<ApiKey> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        if (current.get().revokedAt() == null) {
            db.write(revocation(organizationId, id, at));
        }
        return true;
    }

    @Override
    public int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at) {
        List<ApiKey> live = KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()),
                        KEY + applicationId.value() + "#")
                .all(db, true).stream().map(ApiKeyItems::read).filter(k -> k.revokedAt() == null).toList();
        for (ApiKey k : live) {
            db.write(revocation(organizationId, k.id(), at));
        }
        return live.size();
    }

    private Write revocation(OrganizationId organizationId, ApiKeyId id, Instant at) {
        return Write.update(table, key(organizationId, id), REVOKE, Conditions.PRESENT, Map.of(),
                Map.of(":at", Attrs.s(at.toString())), Conditions.always(() -> DomainException.notFound("API key",
                        id.value())));
    }

    @Override
    public void touch(ApiKeyId id, Instant at) {
        Map<String, AttributeValue> pointer = db.get(table, Keys.key(KEY + id.value(), POINTER_SK));
        if (pointer == null) {
            return;
        }
        OrganizationId org = OrganizationId.of(Attrs.required(pointer, "organizationId"));
        db.write(Write.update(table, key(org, id), "SET #lastUsedAt = :at", Conditions.PRESENT, Map.of(),
                Map.of(":at", Attrs.s(at.toString())),
                Conditions.always(() -> DomainException.notFound("API key", id.value()))));
    }

    static final class ApiKeyItems {
        private ApiKeyItems() {
        }

        static Map<String, AttributeValue> item(ApiKey k) {
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(k.organizationId().value()))
                    .put(Keys.SK, KEY + k.id().value())
                    .put(Keys.LSI1, KEY + k.applicationId().value() + "#" + Keys.newestFirst(k.createdAt(),
                            k.id().value()))
                    .put("id", k.id().value())
                    .put("applicationId", k.applicationId().value())
                    .put("organizationId", k.organizationId().value())
                    .put("name", k.name())
                    .put("prefix", k.prefix())
                    .put("keyHash", k.keyHash())
                    .put("scopes", Attrs.list(k.scopes().stream().map(Scope::name).sorted().toList()))
                    .put("createdAt", k.createdAt())
                    .put("expiresAt", k.expiresAt())
                    .put("revokedAt", k.revokedAt())
                    .put("lastUsedAt", k.lastUsedAt())
                    .build();
        }

        static ApiKey read(Map<String, AttributeValue> item) {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            Attrs.strings(item, "scopes").forEach(s -> scopes.add(Scope.valueOf(s)));
            return new ApiKey(ApiKeyId.of(Attrs.required(item, "id")),
                    ApplicationId.of(Attrs.required(item, "applicationId")),
                    OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                    Attrs.required(item, "prefix"), Attrs.required(item, "keyHash"), scopes,
                    Attrs.instant(item, "createdAt"), Attrs.instant(item, "expiresAt"),
                    Attrs.instant(item, "revokedAt"), Attrs.instant(item, "lastUsedAt"));
        }
    }
}
