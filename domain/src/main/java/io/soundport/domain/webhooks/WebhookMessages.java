package io.soundport.domain.webhooks;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of webhook messages and their attempts, always within one organization. */
public interface WebhookMessages {
    /** Adds a message; false (and nothing changes) when a message with its id is already there. */
    boolean add(WebhookMessage message);

    Optional<WebhookMessage> find(OrganizationId organizationId, WebhookMessageId id);

    /** Stores a changed message loaded at {@code message.version()}; returns it with its new version. */
    WebhookMessage update(WebhookMessage message);

    /** The messages of one endpoint, newest first. */
    Page<WebhookMessage> list(OrganizationId organizationId, WebhookEndpointId endpointId, PageRequest page);
}
