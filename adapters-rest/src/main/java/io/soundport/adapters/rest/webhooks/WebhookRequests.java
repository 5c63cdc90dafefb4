package io.soundport.adapters.rest.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the webhook endpoints take. */
public final class WebhookRequests {
    private WebhookRequests() {
    }

    @Schema(name = "CreateWebhookRequest")
    public record Create(@Schema(description = "https; never a private, loopback or link-local address") String url,
                         @Schema(description = "event types, or [\"*\"] for all") List<String> events,
                         @Nullable String description, @Nullable @Schema(description = "true when absent") Boolean active) {
    }

    @Schema(name = "UpdateWebhookRequest", description = "Fields to change; absent fields are kept. "
            + "Setting active to true re-enables a disabled endpoint")
    public record Update(@Nullable String url, @Nullable List<String> events, @Nullable String description,
                         @Nullable Boolean active) {
    }
}
