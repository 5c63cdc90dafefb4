package io.soundport.domain.webhooks;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Persistence of webhook messages and their attempts, always within one organization. */
public interface WebhookMessages {
    /** Adds a message; false (and nothing changes) when a message with its id is already there. */
    boolean add(WebhookMessage message);

    Optional<WebhookMessage> find(OrganizationId organizationId, WebhookMessageId id);

    /** Stores a changed message loaded at {@code message.version()}; returns it with its new version. */
    WebhookMessage update(WebhookMessage message);

    /**
     * Adds each message whose id is not there yet, in one go where the store allows it; returns the ids it added.
     * Like {@link #add}, it joins the current transaction.
     */
    default Set<WebhookMessageId> addAll(Collection<WebhookMessage> messages) {
        Set<WebhookMessageId> added = new HashSet<>();
        for (WebhookMessage message : messages) {
            if (add(message)) {
                added.add(message.id());
            }
        }
        return added;
    }

    /**
     * The messages of {@code organizationId} among {@code ids}, read in one go where the store allows it, by id; an
     * unknown id, or one of another organization, is left out.
     */
    default Map<WebhookMessageId, WebhookMessage> findAll(OrganizationId organizationId,
                                                          Collection<WebhookMessageId> ids) {
        Map<WebhookMessageId, WebhookMessage> found = new LinkedHashMap<>();
        for (WebhookMessageId id : ids) {
            find(organizationId, id).ifPresent(message -> found.put(id, message));
        }
        return found;
    }

    /**
     * Stores each changed message as {@link #update} does, in one go where the store allows it, and returns them
     * with their new versions, in the order given; each message at most once. When one is stale or missing it throws
     * as {@link #update} does: run it in a transaction so that then none is stored.
     */
    default List<WebhookMessage> updateAll(List<WebhookMessage> messages) {
        List<WebhookMessage> updated = new ArrayList<>(messages.size());
        for (WebhookMessage message : messages) {
            updated.add(update(message));
        }
        return updated;
    }

    /** The messages of one endpoint, newest first. */
    Page<WebhookMessage> list(OrganizationId organizationId, WebhookEndpointId endpointId, PageRequest page);
}
