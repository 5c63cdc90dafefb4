package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Users are not tenant rows: a person may belong to several organizations through memberships. */
final class PostgresUsersAdapter implements Users {
    private static final UserMapper MAPPER = new UserMapper();
    private final JdbiTransactionRunner db;

    PostgresUsersAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("users_pkey", "A user with this id already exists", "id"),
                new UniqueConstraint("users_email_key", "A user with this e-mail address already exists", "email"));
    }

    @Override
    public void add(User u) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO users (id, email, name, password_hash, email_verified, created_at, updated_at, version)
                        VALUES (:id, :email, :name, :password_hash, :email_verified, :created_at, :updated_at, :version)""")
                .bind("id", u.id().value())
                .bind("email", u.email().value())
                .bind("name", u.name())
                .bind("password_hash", u.passwordHash())
                .bind("email_verified", u.emailVerified())
                .bind("created_at", Sql.ts(u.createdAt()))
                .bind("updated_at", Sql.ts(u.updatedAt()))
                .bind("version", u.version())
                .execute());
    }

    @Override
    public Optional<User> find(UserId id) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM users WHERE id = :id")
                .bind("id", id.value()).map(MAPPER).findOne());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM users WHERE email = :email")
                .bind("email", email.value()).map(MAPPER).findOne());
    }

    @Override
    public User update(User u) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE users SET email = :email, name = :name, password_hash = :password_hash,
                               email_verified = :email_verified, updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND version = :version
                        RETURNING *""")
                .bind("id", u.id().value())
                .bind("email", u.email().value())
                .bind("name", u.name())
                .bind("password_hash", u.passwordHash())
                .bind("email_verified", u.emailVerified())
                .bind("updated_at", Sql.ts(u.updatedAt()))
                .bind("version", u.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "users", "User", u.id().value(), null)));
    }

    static final class UserMapper implements RowMapper<User> {
        @Override
        public User map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new User(UserId.of(rs.getString("id")), Email.of(rs.getString("email")), rs.getString("name"),
                    rs.getString("password_hash"), rs.getBoolean("email_verified"), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
