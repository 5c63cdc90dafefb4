package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventFilter;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryLiveEventsAdapter implements LiveEvents {
    private static final String RESOURCE = "Live event";
    /** Soonest first: the date as an instant, then the id, as the other backends order them. */
    private static final Comparator<Cursor> SOONEST_FIRST =
            Comparator.comparing(Cursor::createdAt).thenComparing(Cursor::id);
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<LiveEventId, LiveEvent> rows;

    InMemoryLiveEventsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(LiveEvent event) {
        transactions.write(() -> {
            if (rows.contains(event.id())) {
                throw DomainException.conflict("A live event with this id already exists", "id");
            }
            rows.put(event.id(), event);
            return null;
        });
    }

    @Override
    public Optional<LiveEvent> find(OrganizationId organizationId, LiveEventId id) {
        return rows.get(id).filter(e -> e.organizationId().equals(organizationId));
    }

    @Override
    public LiveEvent update(LiveEvent e) {
        return transactions.write(() -> {
            LiveEvent current = find(e.organizationId(), e.id())
                    .orElseThrow(() -> DomainException.notFound(RESOURCE, e.id().value()));
            if (current.version() != e.version()) {
                throw DomainException.staleVersion(RESOURCE, e.id().value());
            }
            LiveEvent stored = new LiveEvent(e.id(), e.organizationId(), e.title(), e.description(), e.date(),
                    e.location(), e.capacity(), e.organizer(), e.status(), current.createdAt(), e.updatedAt(),
                    e.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, LiveEventId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<LiveEvent> list(OrganizationId organizationId, LiveEventFilter filter, PageRequest page) {
        LiveEventFilter f = filter == null ? LiveEventFilter.ALL : filter;
        Cursor after = page.after();
        List<LiveEvent> fetched = rows.rows()
                .filter(e -> e.organizationId().equals(organizationId) && f.matches(e))
                .filter(e -> after == null || SOONEST_FIRST.compare(LiveEvents.cursorOf(e), after) > 0)
                .sorted(Comparator.comparing(LiveEvents::cursorOf, SOONEST_FIRST))
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetch(fetched, page.limit(), LiveEvents::cursorOf);
    }
}
