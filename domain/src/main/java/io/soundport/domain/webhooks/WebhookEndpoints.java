package io.soundport.domain.webhooks;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of webhook endpoints, always within one organization. */
public interface WebhookEndpoints {
    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(OrganizationId organizationId, WebhookEndpointId id);

    /**
     * The endpoints of {@code organizationId} among {@code ids}, read in one go where the store allows it, by id; an
     * unknown id, or one of another organization, is left out.
     */
    default Map<WebhookEndpointId, WebhookEndpoint> findAll(OrganizationId organizationId,
                                                            Collection<WebhookEndpointId> ids) {
        Map<WebhookEndpointId, WebhookEndpoint> found = new LinkedHashMap<>();
        for (WebhookEndpointId id : ids) {
            find(organizationId, id).ifPresent(endpoint -> found.put(id, endpoint));
        }
        return found;
    }

    /** Stores a changed endpoint loaded at {@code endpoint.version()}; returns it with its new version. */
    WebhookEndpoint update(WebhookEndpoint endpoint);

    boolean remove(OrganizationId organizationId, WebhookEndpointId id);

    /** Newest first. */
    Page<WebhookEndpoint> list(OrganizationId organizationId, PageRequest page);

    /** The active endpoints of an organization that subscribe to this event type (or to {@code *}). */
    List<WebhookEndpoint> subscribedTo(OrganizationId organizationId, String eventType);
}
