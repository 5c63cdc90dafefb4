package io.soundport.domain.platform;

import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One change, as the audit log keeps it: who made it (a user or an API key), what it was ({@code release.updated}:
 * the resource type, a dot, what happened), to which resource, when, and from where. It never holds a request body,
 * a key, a token, a password or a secret: only ids and the request's origin.
 */
public record AuditEntry(AuditEntryId id, OrganizationId organizationId, Actor actor, String action,
                         String resourceId, Instant occurredAt, Origin origin) {
    private static final Pattern ACTION = Pattern.compile("^[a-z][a-z_]{0,39}\\.[a-z][a-z_]{0,39}$");
    public static final int MAX_RESOURCE_ID = 128;

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        checkAction(action);
        Objects.requireNonNull(resourceId, "resourceId");
        if (resourceId.isBlank() || resourceId.length() > MAX_RESOURCE_ID) {
            throw new IllegalArgumentException("an audited resource id has 1 to " + MAX_RESOURCE_ID + " characters");
        }
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** The kind of resource changed: what comes before the dot of the action ({@code release}). */
    public String resourceType() {
        return resourceTypeOf(action);
    }

    public static String resourceTypeOf(String action) {
        return action.substring(0, action.indexOf('.'));
    }

    /** An action is {@code <resource type>.<what happened>}, lower case with underscores. */
    public static String checkAction(String action) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action reads resource_type.what_happened: " + action);
        }
        return action;
    }

    /** Who made a change. */
    public record Actor(Kind kind, String id) {
        public Actor {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    public enum Kind { USER, API_KEY }
}
