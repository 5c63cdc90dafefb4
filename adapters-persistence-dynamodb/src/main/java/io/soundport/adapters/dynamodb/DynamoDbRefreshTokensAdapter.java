package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens live in their family's partition, {@code FAMILY#<family> / RTOKEN#<id>}, so that revoking a family is one
 * strongly consistent query. Two pointer items, written in the same transaction, find a token by the SHA-256 of
 * the token ({@code RTHASH#<hash>}, unique by its condition) and by id ({@code RTOKEN#<id>}).
 *
 * <p>Marking a token used is a compare-and-set on {@code status = ACTIVE}. Outside a unit of work it answers at
 * once; inside one it is deferred like every write, and a concurrent use that won meanwhile makes the commit fail
 * with AUTHENTICATION_ERROR, which is what the loser of the race gets from the other adapters too.
 */
final class DynamoDbRefreshTokensAdapter implements RefreshTokens {
    private static final String TOKEN = "RTOKEN#";
    private static final String POINTER_SK = "#POINTER";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbRefreshTokensAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static String family(String familyId) {
        return "FAMILY#" + familyId;
    }

    @Override
    public void add(RefreshToken token) {
        Map<String, AttributeValue> byHash = new Attrs.Item()
                .put(Keys.PK, "RTHASH#" + token.tokenHash()).put(Keys.SK, POINTER_SK)
                .put("familyId", token.familyId()).put("tokenId", token.id().value()).build();
        Map<String, AttributeValue> byId = new Attrs.Item()
                .put(Keys.PK, TOKEN + token.id().value()).put(Keys.SK, POINTER_SK)
                .put("familyId", token.familyId()).build();
        db.write(Write.put(table, TokenItems.item(token), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists("Refresh token", token.id().value())),
                Write.put(table, byHash, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict("This refresh token exists already",
                                "token_hash"))),
                Write.put(table, byId, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists("Refresh token", token.id().value())));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        Map<String, AttributeValue> pointer = db.get(table, Keys.key("RTHASH#" + tokenHash, POINTER_SK));
        if (pointer == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(db.get(table, Keys.key(family(Attrs.required(pointer, "familyId")),
                TOKEN + Attrs.required(pointer, "tokenId")))).map(TokenItems::read);
    }

    @Override
    public boolean markUsed(RefreshTokenId id) {
        Map<String, AttributeValue> pointer = db.get(table, Keys.key(TOKEN + id.value(), POINTER_SK));
        if (pointer == null) {
            return false;
        }
        Map<String, AttributeValue> key = Keys.key(family(Attrs.required(pointer, "familyId")), TOKEN + id.value());
        Map<String, String> names = Map.of("#status", "status");
        Map<String, AttributeValue> values = Map.of(":active", Attrs.s(RefreshToken.Status.ACTIVE.name()),
                ":used", Attrs.s(RefreshToken.Status.USED.name()));
        Write use = Write.update(table, key, "SET #status = :used", "#status = :active", names, values,
                Conditions.always(() -> DomainException.unauthenticated(
                        "This refresh token was used at the same moment by someone else; sign in again")));
        if (!db.active()) {
            return db.writeNowIf(use);
        }
        Map<String, AttributeValue> current = db.get(table, key);
        if (current == null || !RefreshToken.Status.ACTIVE.name().equals(Attrs.str(current, "status"))) {
            return false;
        }
        db.write(use);
        return true;
    }

    @Override
    public int revokeFamily(String familyId) {
        List<Map<String, AttributeValue>> active = KeysetQuery.onTable(table, family(familyId), TOKEN).all(db, true)
                .stream()
                .filter(item -> RefreshToken.Status.ACTIVE.name().equals(Attrs.str(item, "status")))
                .toList();
        Map<String, String> names = Map.of("#status", "status");
        if (db.active()) {
            // deferred: whatever happens to these tokens before the commit, they end up revoked
            for (Map<String, AttributeValue> item : active) {
                db.write(Write.update(table, Keys.key(family(familyId), Attrs.required(item, Keys.SK)),
                        "SET #status = :revoked", Conditions.PRESENT, names,
                        Map.of(":revoked", Attrs.s(RefreshToken.Status.REVOKED.name())),
                        Conditions.always(() -> DomainException.notFound("Refresh token", Attrs.str(item, "id")))));
            }
            return active.size();
        }
        int revoked = 0;
        for (Map<String, AttributeValue> item : active) {
            // one used or revoked by someone else meanwhile is not counted
            boolean won = db.writeNowIf(Write.update(table, Keys.key(family(familyId), Attrs.required(item, Keys.SK)),
                    "SET #status = :revoked", "#status = :active", names,
                    Map.of(":revoked", Attrs.s(RefreshToken.Status.REVOKED.name()),
                            ":active", Attrs.s(RefreshToken.Status.ACTIVE.name())),
                    Conditions.always(() -> DomainException.notFound("Refresh token", Attrs.str(item, "id")))));
            revoked += won ? 1 : 0;
        }
        return revoked;
    }

    static final class TokenItems {
        private TokenItems() {
        }

        static Map<String, AttributeValue> item(RefreshToken t) {
            return new Attrs.Item()
                    .put(Keys.PK, family(t.familyId()))
                    .put(Keys.SK, TOKEN + t.id().value())
                    .put("id", t.id().value())
                    .put("familyId", t.familyId())
                    .put("userId", t.userId().value())
                    .put("organizationId", t.organizationId().value())
                    .put("tokenHash", t.tokenHash())
                    .put("issuedAt", t.issuedAt())
                    .put("expiresAt", t.expiresAt())
                    .put("status", t.status().name())
                    .build();
        }

        static RefreshToken read(Map<String, AttributeValue> item) {
            return new RefreshToken(RefreshTokenId.of(Attrs.required(item, "id")), Attrs.required(item, "familyId"),
                    UserId.of(Attrs.required(item, "userId")), OrganizationId.of(Attrs.required(item, "organizationId")),
                    Attrs.required(item, "tokenHash"), Attrs.instant(item, "issuedAt"),
                    Attrs.instant(item, "expiresAt"), RefreshToken.Status.valueOf(Attrs.required(item, "status")));
        }
    }
}
