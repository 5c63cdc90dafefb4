package io.soundport.domain.webhooks;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/** Events of the webhooks context itself. */
public sealed interface WebhookEvent extends DomainEvent {

    /** What {@code POST /webhooks/{id}/test} sends to one endpoint, whatever it subscribes to. */
    @EventType(value = "webhook.test", description = "Sent by POST /webhooks/{id}/test")
    record WebhookTested(EventMeta meta, WebhookEndpointId endpointId) implements WebhookEvent {
        @Override
        public String aggregateId() {
            return endpointId.value();
        }
    }
}
