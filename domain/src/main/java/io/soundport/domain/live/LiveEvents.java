package io.soundport.domain.live;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** Persistence of live events, always within one organization. */
public interface LiveEvents {
    /** Adds a new live event; an id already stored is a conflict on {@code id}. */
    void add(LiveEvent event);

    Optional<LiveEvent> find(OrganizationId organizationId, LiveEventId id);

    /**
     * Stores a changed live event loaded at {@code event.version()}; returns it with its new version. Another version
     * stored meanwhile is PRECONDITION_FAILED, a missing one NOT_FOUND. Its creation time stays as it was stored.
     */
    LiveEvent update(LiveEvent event);

    /** Removes it; false when it was not there. */
    boolean remove(OrganizationId organizationId, LiveEventId id);

    /**
     * The organization's live events that pass the filter, soonest first: by {@link LiveEvent#date()} as an
     * instant, then by id; the page's {@link Cursor} holds the date and id of its last item. The date range and the
     * status are read from indexes on every backend, never by walking other organizations' events.
     */
    Page<LiveEvent> list(OrganizationId organizationId, LiveEventFilter filter, PageRequest page);

    /** The position of an event in {@link #list}: its date as an instant, then its id. */
    static Cursor cursorOf(LiveEvent event) {
        return new Cursor(event.date().toInstant(), event.id().value());
    }
}
