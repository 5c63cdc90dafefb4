package io.soundport.domain.identity;

import java.util.Optional;

/** Persistence of users; an e-mail address belongs to at most one user (CONFLICT otherwise). */
public interface Users {
    void add(User user);

    Optional<User> find(UserId id);

    Optional<User> findByEmail(Email email);

    /** Stores a changed user loaded at {@code user.version()}; returns it with its new version. */
    User update(User user);
}
