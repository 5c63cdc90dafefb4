package io.soundport.adapters.postgres;

import io.soundport.domain.shared.DomainException;

import java.util.Objects;

/**
 * A unique or primary-key constraint of a table and what its violation tells the caller: the adapter that owns the
 * table declares it, so that a new table brings its own messages instead of growing a switch in
 * {@link PostgresErrors}.
 */
record UniqueConstraint(String name, String message, String field) {
    UniqueConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
    }

    DomainException conflict() {
        return DomainException.conflict(message, field);
    }
}
