package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/** What an API key may do for its application's organization. Every scope can read what it may change. */
public enum Scope {
    READ(Set.of(Permission.READ)),
    WRITE(Set.of(Permission.READ, Permission.WRITE)),
    ADMIN(Set.of(Permission.READ, Permission.MANAGE));

    private final Set<Permission> permissions;

    Scope(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String value) {
        if (value != null) {
            for (Scope scope : values()) {
                if (scope.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return scope;
                }
            }
        }
        throw DomainException.invalid("scopes", "must be read, write or admin");
    }
}
