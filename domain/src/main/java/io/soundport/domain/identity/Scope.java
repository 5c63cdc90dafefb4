package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/** What an API key may do for its application's organization. */
public enum Scope {
    READ(Permission.READ),
    WRITE(Permission.WRITE),
    ADMIN(Permission.MANAGE);

    private final Permission permission;

    Scope(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
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
