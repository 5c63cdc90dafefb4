package io.soundport.adapters.local;

import io.soundport.domain.port.Outbox;
import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.PublishedEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Pending events in append order; every event, dispatched or not, by its id. */
final class InMemoryOutboxAdapter implements Outbox {
    private final InMemoryTransactionRunner transactions;
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentSkipListMap<Long, PublishedEvent> pending = new ConcurrentSkipListMap<>();
    private final Map<String, Long> sequenceOf = new ConcurrentHashMap<>();
    private final Map<String, PublishedEvent> byId = new ConcurrentHashMap<>();

    InMemoryOutboxAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(PublishedEvent event) {
        transactions.write(() -> {
            // An event id is its identity for subscribers: appending it twice must not deliver it twice.
            if (sequenceOf.containsKey(event.id())) {
                return null;
            }
            long seq = sequence.incrementAndGet();
            pending.put(seq, event);
            sequenceOf.put(event.id(), seq);
            byId.putIfAbsent(event.id(), event);
            transactions.onRollback(() -> {
                pending.remove(seq);
                sequenceOf.remove(event.id());
                byId.remove(event.id(), event);
            });
            transactions.workQueued();
            return null;
        });
    }

    @Override
    public List<PublishedEvent> pending(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return pending.values().stream().limit(limit).toList();
    }

    @Override
    public Backlog backlog() {
        List<PublishedEvent> events = List.copyOf(pending.values());
        return new Backlog(events.size(), events.stream().map(PublishedEvent::occurredAt).min(Comparator.naturalOrder()));
    }

    @Override
    public Optional<PublishedEvent> find(String eventId) {
        return Optional.ofNullable(byId.get(eventId));
    }

    @Override
    public void markDispatched(List<String> eventIds) {
        transactions.write(() -> {
            for (String id : eventIds) {
                Long seq = sequenceOf.remove(id);
                if (seq != null) {
                    PublishedEvent event = pending.remove(seq);
                    transactions.onRollback(() -> {
                        pending.put(seq, event);
                        sequenceOf.put(id, seq);
                    });
                }
            }
            return null;
        });
    }
}
