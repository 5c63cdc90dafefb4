package io.soundport.application.platform;

import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Ids;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Entries of the audit log, newest first: by an actor (a user or API key id), about a resource type or one
 * resource, of one action, in a time range ({@code since} inclusive, {@code until} exclusive). Build it with
 * {@link #of}.
 */
public record ListAuditQuery(AuditFilter filter, PageRequest page) {
    private static final int MAX_RESOURCE_TYPE = 40;

    public ListAuditQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /**
     * Parses the query parameters; a blank one does not filter. {@code organizationId} narrows a list across
     * organizations (platform operators); an organization's own list ignores it.
     */
    public static ListAuditQuery of(String organizationId, String actor, String resourceType, String resourceId,
                                    String action, String since, String until, Integer limit, String cursor) {
        Validation v = new Validation();
        OrganizationId organization = blank(organizationId) ? null
                : v.field("organizationId", () -> OrganizationId.of(organizationId.strip()));
        String actorId = blank(actor) ? null : v.field("actor", () -> actorId(actor.strip()));
        String type = blank(resourceType) ? null : v.field("resourceType", () -> resourceType(resourceType.strip()));
        String resource = blank(resourceId) ? null
                : v.field("resourceId", () -> Validation.requireText(resourceId, "resourceId",
                AuditEntry.MAX_RESOURCE_ID));
        String act = blank(action) ? null : v.field("action", () -> action(action.strip()));
        Instant from = blank(since) ? null : v.field("since", () -> instant(since.strip(), "since"));
        Instant to = blank(until) ? null : v.field("until", () -> instant(until.strip(), "until"));
        if (from != null && to != null && !from.isBefore(to)) {
            v.field("until", () -> {
                throw DomainException.invalid("until", "must be after since");
            });
        }
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListAuditQuery(new AuditFilter(organization, actorId, type, resource, act, from, to), page);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String actorId(String value) {
        if (!Ids.looksLike(value, UserId.PREFIX) && !Ids.looksLike(value, ApiKeyId.PREFIX)) {
            throw DomainException.invalid("actor", "must be a user id (usr_…) or an API key id (key_…)");
        }
        return value;
    }

    private static String resourceType(String value) {
        if (value.length() > MAX_RESOURCE_TYPE || !value.matches("[a-z][a-z_]*")) {
            throw DomainException.invalid("resourceType", "must be a resource type such as release or api_key");
        }
        return value;
    }

    private static String action(String value) {
        try {
            return AuditEntry.checkAction(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("action", "must read resource_type.what_happened, such as release.updated");
        }
    }

    private static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 date-time with its offset, such as "
                    + "2026-12-02T14:00:00Z");
        }
    }
}
