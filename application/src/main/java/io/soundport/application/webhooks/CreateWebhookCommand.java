package io.soundport.application.webhooks;

import io.soundport.domain.shared.Validation;

import java.util.List;
import java.util.Set;

/**
 * Registration of a webhook endpoint. Build it with {@link #of}, which checks every field, the url also with the
 * service's {@link UrlCheck} (its SSRF guard), so that a caller learns all that is wrong at once;
 * {@link WebhookService} checks the url against its guard again, as a command can be built without {@code of}.
 */
public record CreateWebhookCommand(String url, Set<String> events, String description, boolean active) {

    public CreateWebhookCommand {
        url = EndpointFields.url(url);
        events = Set.copyOf(EndpointFields.events(events));
        description = EndpointFields.description(description);
    }

    /** {@code active} is true when absent. */
    public static CreateWebhookCommand of(String url, List<String> events, String description, Boolean active,
                                          UrlCheck urlCheck) {
        Validation v = new Validation();
        String checkedUrl = v.field("url", () -> EndpointFields.checkedUrl(url, urlCheck));
        Set<String> checkedEvents = v.field("events", () -> EndpointFields.events(events));
        String checkedDescription = v.field("description", () -> EndpointFields.description(description));
        v.throwIfInvalid();
        return new CreateWebhookCommand(checkedUrl, checkedEvents, checkedDescription, active == null || active);
    }
}
