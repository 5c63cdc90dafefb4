package io.soundport.application.webhooks;

import io.soundport.domain.shared.Validation;
import io.soundport.domain.webhooks.WebhookEndpointId;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A change to a webhook endpoint: a null field is kept, and {@code active = true} re-enables a disabled endpoint.
 * {@code expectedVersion} is null when the caller sent no If-Match. Build it with {@link #of}, which checks every
 * given field, the url also with the service's {@link UrlCheck} (its SSRF guard); {@link WebhookService} checks a
 * new url against its guard again.
 */
public record UpdateWebhookCommand(WebhookEndpointId id, String url, Set<String> events, String description,
                                   Boolean active, Long expectedVersion) {

    public UpdateWebhookCommand {
        Objects.requireNonNull(id, "id");
        url = url == null ? null : EndpointFields.url(url);
        events = events == null ? null : Set.copyOf(EndpointFields.events(events));
        description = description == null ? null : EndpointFields.description(description);
    }

    public static UpdateWebhookCommand of(WebhookEndpointId id, String url, List<String> events, String description,
                                          Boolean active, Long expectedVersion, UrlCheck urlCheck) {
        Validation v = new Validation();
        String checkedUrl = url == null ? null : v.field("url", () -> EndpointFields.checkedUrl(url, urlCheck));
        Set<String> checkedEvents = events == null ? null : v.field("events", () -> EndpointFields.events(events));
        String checkedDescription = description == null ? null
                : v.field("description", () -> EndpointFields.description(description));
        v.throwIfInvalid();
        return new UpdateWebhookCommand(id, checkedUrl, checkedEvents, checkedDescription, active, expectedVersion);
    }
}
