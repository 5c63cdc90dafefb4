package io.soundport.application.webhooks;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.StoredText;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.webhooks.WebhookEndpoint;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The checks of an endpoint's fields, shared by its create and update commands. */
final class EndpointFields {
    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 500;

    private EndpointFields() {
    }

    /** A url as the caller sent it, trimmed: not blank and not too long. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid("url", "must not be blank");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL) {
            throw DomainException.invalid("url", "must be at most " + MAX_URL + " characters");
        }
        return StoredText.check(trimmed, "url", false);
    }

    /** A url that also passes the check. */
    static String checkedUrl(String url, UrlCheck check) {
        String trimmed = url(url);
        check.check(trimmed, "url");
        return trimmed;
    }

    /** Known event types, or {@code *} for all. */
    static Set<String> events(Collection<String> events) {
        if (events == null || events.isEmpty()) {
            throw DomainException.invalid("events", "must name at least one event type, or \"*\" for all");
        }
        Set<String> set = new LinkedHashSet<>();
        for (String type : events) {
            if (type == null || !(type.equals(WebhookEndpoint.ALL_EVENTS) || EventTypes.exists(type))) {
                throw DomainException.invalid("events", "'" + type + "' is not an event type; GET /webhooks/event-types lists them");
            }
            set.add(type);
        }
        return WebhookEndpoint.checkEvents(set);
    }

    static String description(String description) {
        return Validation.optionalMultilineText(description, "description", MAX_DESCRIPTION);
    }
}
