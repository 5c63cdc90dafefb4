package io.soundport.adapters.local;

import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.identity.Users;
import io.soundport.domain.shared.DomainException;

import java.util.Optional;

final class InMemoryUsersAdapter implements Users {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<UserId, User> rows;
    private final InMemoryTable<Email, UserId> byEmail;

    InMemoryUsersAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
        this.byEmail = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(User user) {
        transactions.write(() -> {
            if (rows.contains(user.id())) {
                throw DomainException.conflict("User " + user.id() + " already exists");
            }
            requireEmailFree(user);
            rows.put(user.id(), user);
            byEmail.put(user.email(), user.id());
            return null;
        });
    }

    @Override
    public Optional<User> find(UserId id) {
        return rows.get(id);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return byEmail.get(email).flatMap(rows::get);
    }

    @Override
    public User update(User user) {
        return transactions.write(() -> {
            User current = rows.get(user.id()).orElseThrow(() -> DomainException.notFound("User", user.id().value()));
            if (current.version() != user.version()) {
                throw DomainException.staleVersion("User", user.id().value());
            }
            requireEmailFree(user);
            User stored = new User(user.id(), user.email(), user.name(), user.passwordHash(), user.emailVerified(),
                    user.createdAt(), user.updatedAt(), user.version() + 1);
            if (!current.email().equals(stored.email())) {
                byEmail.remove(current.email());
                byEmail.put(stored.email(), stored.id());
            }
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    private void requireEmailFree(User user) {
        Optional<UserId> owner = byEmail.get(user.email());
        if (owner.isPresent() && !owner.get().equals(user.id())) {
            throw DomainException.conflict("A user with this e-mail address already exists", "email");
        }
    }
}
