package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user is the item {@code USER#<id> / #USER}. Its e-mail address owns the guard item {@code EMAIL#<email> /
 * #EMAIL}, written in the same transaction with the condition that it does not exist yet: that is the uniqueness,
 * and the guard is also how a user is found by e-mail, with a strongly consistent read.
 */
final class DynamoDbUsersAdapter implements Users {
    static final String SK = "#USER";
    private static final String EMAIL_SK = "#EMAIL";
    private static final String TAKEN = "A user with this e-mail address already exists";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbUsersAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    static String pk(UserId id) {
        return "USER#" + id.value();
    }

    private static Map<String, AttributeValue> emailKey(Email email) {
        return Keys.key("EMAIL#" + email.value(), EMAIL_SK);
    }

    @Override
    public void add(User user) {
        db.write(Write.put(table, UserItems.item(user), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists("User", user.id().value())),
                emailGuard(user));
    }

    private Write emailGuard(User user) {
        Map<String, AttributeValue> guard = new Attrs.Item()
                .put(Keys.PK, "EMAIL#" + user.email().value())
                .put(Keys.SK, EMAIL_SK)
                .put("userId", user.id().value())
                .build();
        return Write.put(table, guard, Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.always(() -> DomainException.conflict(TAKEN, "email")));
    }

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(db.get(table, Keys.key(pk(id), SK))).map(UserItems::read);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        Map<String, AttributeValue> guard = db.get(table, emailKey(email));
        if (guard == null) {
            return Optional.empty();
        }
        return find(UserId.of(Attrs.required(guard, "userId"))).filter(u -> u.email().equals(email));
    }

    @Override
    public User update(User user) {
        User current = find(user.id()).orElseThrow(() -> DomainException.notFound("User", user.id().value()));
        if (current.version() != user.version()) {
            throw DomainException.staleVersion("User", user.id().value());
        }
        User stored = new User(user.id(), user.email(), user.name(), user.passwordHash(), user.emailVerified(),
                user.createdAt(), user.updatedAt(), user.version() + 1);
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, UserItems.item(stored), Conditions.AT_VERSION, Map.of(),
                Conditions.version(user.version()), Conditions.staleOrMissing("User", user.id().value())));
        if (!current.email().equals(user.email())) {
            writes.add(Write.delete(table, emailKey(current.email()), "#userId = :me", Map.of(),
                    Map.of(":me", Attrs.s(user.id().value())),
                    Conditions.always(() -> DomainException.staleVersion("User", user.id().value()))));
            writes.add(emailGuard(stored));
        }
        db.write(writes);
        return stored;
    }

    static final class UserItems {
        private UserItems() {
        }

        static Map<String, AttributeValue> item(User u) {
            return new Attrs.Item()
                    .put(Keys.PK, pk(u.id()))
                    .put(Keys.SK, SK)
                    .put("id", u.id().value())
                    .put("email", u.email().value())
                    .put("name", u.name())
                    .put("passwordHash", u.passwordHash())
                    .put("emailVerified", u.emailVerified())
                    .put("createdAt", u.createdAt())
                    .put("updatedAt", u.updatedAt())
                    .put("version", u.version())
                    .build();
        }

        static User read(Map<String, AttributeValue> item) {
            return new User(UserId.of(Attrs.required(item, "id")), Email.of(Attrs.required(item, "email")),
                    Attrs.required(item, "name"), Attrs.str(item, "passwordHash"), Attrs.flag(item, "emailVerified"),
                    Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
        }
    }
}
