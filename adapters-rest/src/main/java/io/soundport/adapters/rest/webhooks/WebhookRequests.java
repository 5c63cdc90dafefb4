package io.soundport.adapters.rest.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.webhooks.CreateWebhookCommand;
import io.soundport.application.webhooks.UpdateWebhookCommand;
import io.soundport.application.webhooks.UrlCheck;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the webhook endpoints take. */
final class WebhookRequests {
    private WebhookRequests() {
    }

    @Schema(name = "CreateWebhookRequest")
    record CreateWebhookRequest(@Schema(description = ApiDocs.OUTBOUND_URL) String url,
                                @Schema(description = "event types, or [\"*\"] for all") List<String> events,
                                @Nullable String description,
                                @Nullable @Schema(description = "true when absent") Boolean active) {
        CreateWebhookCommand command(UrlCheck urlCheck) {
            return CreateWebhookCommand.of(url, events, description, active, urlCheck);
        }
    }

    @Schema(name = "UpdateWebhookRequest", description = "Fields to change; absent fields are kept. "
            + "Setting active to true re-enables a disabled endpoint")
    record UpdateWebhookRequest(@Nullable @Schema(description = ApiDocs.OUTBOUND_URL) String url, @Nullable List<String> events, @Nullable String description,
                                @Nullable Boolean active) {
        UpdateWebhookCommand command(WebhookEndpointId id, Long expectedVersion, UrlCheck urlCheck) {
            return UpdateWebhookCommand.of(id, url, events, description, active, expectedVersion, urlCheck);
        }
    }
}
