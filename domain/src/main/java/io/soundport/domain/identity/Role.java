package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A member's role in an organization: OWNER > ADMIN > MEMBER > VIEWER. */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.of(Permission.READ, Permission.WRITE, Permission.MANAGE)),
    MEMBER(EnumSet.of(Permission.READ, Permission.WRITE)),
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Role parse(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("role", "must not be blank");
        }
        try {
            return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("role", "must be one of OWNER, ADMIN, MEMBER, VIEWER");
        }
    }
}
