package io.soundport.application.analytics;

import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * A track's last hour, pushed to the subscribers of this instance as it changes. It reads the shared minute rollups
 * (never the events, never a message between instances): each {@link #refresh} reads every track that has at least one
 * subscriber here once, whatever the number of its subscribers, and hands a snapshot to them only when its minutes
 * differ from the last one handed out (a new count, or a minute rolling over). A batch counted by any instance sharing
 * the database therefore reaches every subscriber of every instance on that instance's next refresh.
 * <p>It starts no thread: whoever serves the subscribers calls {@link #refresh} on its own schedule. Subscriptions are
 * capped per organization and in all, so that one tenant cannot take the instance's reads for itself.
 */
public final class RealtimeFeed {
    /** How many subscriptions one instance holds at most, per organization and in all. */
    public record Limits(int perOrganization, int total) {
        public Limits {
            if (perOrganization < 1 || total < perOrganization) {
                throw new IllegalArgumentException("limits must be positive, the total at least the per-organization one");
            }
        }
    }

    /** A subscriber's hold on a track's feed; {@link #close} lets it go (again: nothing). */
    public interface Subscription extends AutoCloseable {
        /** The snapshot read when subscribing: send it first; the listener hears only later changes. */
        RealtimeStreams initial();

        @Override
        void close();
    }

    private record Key(OrganizationId organizationId, TrackId trackId) {
    }

    /** One track's subscribers and the last snapshot they were handed. */
    private static final class Topic {
        final Set<Consumer<RealtimeStreams>> listeners = new CopyOnWriteArraySet<>();
        volatile RealtimeStreams last;

        Topic(RealtimeStreams last) {
            this.last = last;
        }
    }

    private final AnalyticsQueries queries;
    private final Limits limits;
    private final Map<Key, Topic> topics = new ConcurrentHashMap<>();
    private final Map<OrganizationId, Integer> perOrganization = new HashMap<>();
    private int total;

    public RealtimeFeed(AnalyticsQueries queries, Limits limits) {
        this.queries = queries;
        this.limits = limits;
    }

    /**
     * Subscribes to a track of the caller's catalog, with the permission {@code GET /streaming/realtime} asks for.
     *
     * @throws DomainException NOT_FOUND for a track not in the caller's catalog, AUTHORIZATION_ERROR without the
     *                         permission, RATE_LIMIT_EXCEEDED when the organization holds its share of this instance's
     *                         subscriptions, SERVICE_UNAVAILABLE when the instance holds all it may
     */
    public Subscription subscribe(Caller caller, TrackId trackId, Consumer<RealtimeStreams> listener) {
        RealtimeStreams initial = queries.realtime(caller, trackId);
        OrganizationId org = caller.organizationId();
        Key key = new Key(org, trackId);
        synchronized (this) {
            int held = perOrganization.getOrDefault(org, 0);
            if (held >= limits.perOrganization()) {
                throw DomainException.rateLimited("Your organization holds " + held + " live subscriptions on this "
                        + "server, the most it may; close one first", Duration.ofSeconds(60));
            }
            if (total >= limits.total()) {
                throw DomainException.unavailable("This server holds all the live subscriptions it may; retry later",
                        Duration.ofSeconds(30));
            }
            perOrganization.put(org, held + 1);
            total++;
            topics.computeIfAbsent(key, k -> new Topic(initial)).listeners.add(listener);
        }
        return new Subscription() {
            private boolean closed;

            @Override
            public RealtimeStreams initial() {
                return initial;
            }

            @Override
            public void close() {
                synchronized (RealtimeFeed.this) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    Topic topic = topics.get(key);
                    if (topic != null && topic.listeners.remove(listener) && topic.listeners.isEmpty()) {
                        topics.remove(key);
                    }
                    perOrganization.computeIfPresent(org, (o, n) -> n == 1 ? null : n - 1);
                    total--;
                }
            }
        };
    }

    /**
     * Reads every subscribed track once and hands each changed snapshot to its subscribers. A track whose read fails
     * is tried again on the next refresh; the first failure is thrown once every track was tried.
     *
     * @return how many tracks were read
     */
    public int refresh() {
        List<RuntimeException> failures = new ArrayList<>();
        int read = 0;
        for (Map.Entry<Key, Topic> entry : topics.entrySet()) {
            Key key = entry.getKey();
            Topic topic = entry.getValue();
            RealtimeStreams now;
            try {
                now = queries.realtime(key.organizationId(), key.trackId());
                read++;
            } catch (RuntimeException e) {
                failures.add(e);
                continue;
            }
            if (!now.minutes().equals(topic.last.minutes())) {
                topic.last = now;
                for (Consumer<RealtimeStreams> listener : topic.listeners) {
                    try {
                        listener.accept(now);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
        return read;
    }

    /** How many subscriptions this instance holds. */
    public synchronized int subscriptions() {
        return total;
    }
}
