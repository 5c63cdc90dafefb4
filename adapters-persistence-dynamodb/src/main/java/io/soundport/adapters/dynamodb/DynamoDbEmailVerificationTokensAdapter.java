package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A token is the item {@code EVTOKEN#<sha-256> / #TOKEN}, unique by its condition. Beside it, in the same
 * transaction, the user's partition keeps {@code USER#<user> / #EMAILVERIFY}: when their newest token was issued.
 *
 * <p>Using a token is a compare-and-set on {@code usedAt} being absent. Outside a unit of work it answers at once;
 * inside one it is deferred like every write, and a concurrent use that won meanwhile makes the commit fail with the
 * VALIDATION_ERROR the loser of the race gets from the other adapters too.
 */
final class DynamoDbEmailVerificationTokensAdapter implements EmailVerificationTokens {
    private static final String TOKEN_SK = "#TOKEN";
    private static final String LAST_ISSUED_SK = "#EMAILVERIFY";
    private static final String UNUSED = "attribute_exists(pk) AND attribute_not_exists(usedAt)";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbEmailVerificationTokensAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(String tokenHash) {
        return Keys.key("EVTOKEN#" + tokenHash, TOKEN_SK);
    }

    @Override
    public void add(EmailVerificationToken token) {
        Map<String, AttributeValue> lastIssued = new Attrs.Item()
                .put(Keys.PK, DynamoDbUsersAdapter.pk(token.userId())).put(Keys.SK, LAST_ISSUED_SK)
                .put("issuedAt", token.issuedAt()).build();
        db.write(Write.put(table, TokenItems.item(token), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict(
                                "An e-mail verification token with this hash already exists", "token_hash"))),
                Write.put(table, lastIssued, null, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict("E-mail verification of " + token.userId()))));
    }

    @Override
    public Optional<EmailVerificationToken> findByHash(String tokenHash) {
        return Optional.ofNullable(db.get(table, key(tokenHash))).map(TokenItems::read);
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        Write use = Write.update(table, key(tokenHash), "SET usedAt = :at", UNUSED, Map.of(),
                Map.of(":at", Attrs.s(at.toString())),
                Conditions.always(() -> DomainException.invalid("token", "was used already")));
        if (!db.active()) {
            return db.writeNowIf(use);
        }
        Map<String, AttributeValue> current = db.get(table, key(tokenHash));
        if (current == null || current.containsKey("usedAt")) {
            return false;
        }
        db.write(use);
        return true;
    }

    @Override
    public Optional<Instant> lastIssuedAt(UserId userId) {
        return Optional.ofNullable(db.get(table, Keys.key(DynamoDbUsersAdapter.pk(userId), LAST_ISSUED_SK)))
                .map(item -> Attrs.instant(item, "issuedAt"));
    }

    static final class TokenItems {
        private TokenItems() {
        }

        static Map<String, AttributeValue> item(EmailVerificationToken t) {
            return new Attrs.Item()
                    .put(Keys.PK, "EVTOKEN#" + t.tokenHash())
                    .put(Keys.SK, TOKEN_SK)
                    .put("tokenHash", t.tokenHash())
                    .put("userId", t.userId().value())
                    .put("email", t.email().value())
                    .put("issuedAt", t.issuedAt())
                    .put("expiresAt", t.expiresAt())
                    .put("usedAt", t.usedAt())
                    .build();
        }

        static EmailVerificationToken read(Map<String, AttributeValue> item) {
            return new EmailVerificationToken(Attrs.required(item, "tokenHash"), UserId.of(Attrs.required(item, "userId")),
                    Email.of(Attrs.required(item, "email")), Attrs.instant(item, "issuedAt"),
                    Attrs.instant(item, "expiresAt"), Attrs.instant(item, "usedAt"));
        }
    }
}
