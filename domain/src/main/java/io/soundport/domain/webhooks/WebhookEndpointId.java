package io.soundport.domain.webhooks;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a webhook endpoint (`whk_…`). */
public record WebhookEndpointId(String value) {
    public static final String PREFIX = "whk";

    public WebhookEndpointId {
        Ids.check(value, PREFIX);
    }

    public static WebhookEndpointId of(String value) {
        return new WebhookEndpointId(value);
    }

    public static WebhookEndpointId generate(IdGenerator ids) {
        return new WebhookEndpointId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
