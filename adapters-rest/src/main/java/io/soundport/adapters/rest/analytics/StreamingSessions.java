package io.soundport.adapters.rest.analytics;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.soundport.application.analytics.RealtimeFeed;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * This instance's real-time sessions and their clock: the {@link RealtimeFeed} refreshed every poll interval (one read
 * per subscribed track), a heartbeat to every session every heartbeat interval (a {@code ping} message for the
 * application, and a ping frame whose pong keeps the connection from looking idle), where a session whose client has
 * not read a frame for the stall timeout is closed (1013) instead. Nothing runs before the first session opens. On
 * shutdown every session is closed with 1001 (going away), so clients reconnect to another instance.
 */
@Singleton
final class StreamingSessions implements GracefulShutdownCapable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingSessions.class);
    static final String PING = "{\"type\":\"ping\"}";

    /** The settings, {@code soundport.streaming.*}. */
    record Settings(Duration pollInterval, Duration heartbeatInterval, Duration authTimeout, Duration stallTimeout) {
    }

    /** One open session, as the clock sees it. */
    interface Session {
        SocketOutbox outbox();

        /** Whether the session subscribed (heartbeats go to subscribed sessions only). */
        boolean subscribed();

        /**
         * Sends a WebSocket ping frame: the client's automatic pong is a read, without which the server's
         * {@code read-idle-timeout} (5 minutes) would close a client that only listens.
         */
        void ping();

        /** Lets the subscription go; called once the session is closed or abandoned. */
        void release();
    }

    private final RealtimeFeed feed;
    private final TaskScheduler scheduler;
    private final Settings settings;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile List<ScheduledFuture<?>> clock;
    private volatile boolean stopping;

    StreamingSessions(RealtimeFeed feed, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                      @Value("${soundport.streaming.poll-interval:1s}") Duration pollInterval,
                      @Value("${soundport.streaming.heartbeat-interval:15s}") Duration heartbeatInterval,
                      @Value("${soundport.streaming.auth-timeout:10s}") Duration authTimeout,
                      @Value("${soundport.streaming.stall-timeout:30s}") Duration stallTimeout) {
        this.feed = feed;
        this.scheduler = scheduler;
        this.settings = new Settings(pollInterval, heartbeatInterval, authTimeout, stallTimeout);
    }

    Settings settings() {
        return settings;
    }

    RealtimeFeed feed() {
        return feed;
    }

    /** Registers an open session; false while the server stops (the session is to be closed with 1001). */
    boolean open(String id, Session session) {
        if (stopping) {
            return false;
        }
        startClock();
        sessions.put(id, session);
        return true;
    }

    /** Forgets a closed session and lets its subscription go. */
    void closed(String id) {
        Session session = sessions.remove(id);
        if (session != null) {
            session.release();
        }
    }

    /** Runs {@code task} once after {@code delay}. */
    ScheduledFuture<?> after(Duration delay, Runnable task) {
        return scheduler.schedule(delay, task);
    }

    private void startClock() {
        if (clock == null) {
            synchronized (this) {
                if (clock == null) {
                    clock = List.of(
                            scheduler.scheduleWithFixedDelay(settings.pollInterval(), settings.pollInterval(),
                                    this::refresh),
                            scheduler.scheduleWithFixedDelay(settings.heartbeatInterval(),
                                    settings.heartbeatInterval(), this::heartbeat));
                }
            }
        }
    }

    void refresh() {
        try {
            feed.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Real-time streams: a refresh failed ({}); the next one tries again", e.toString());
        }
    }

    void heartbeat() {
        sessions.forEach((id, session) -> {
            SocketOutbox outbox = session.outbox();
            if (outbox.stalledFor().compareTo(settings.stallTimeout()) > 0) {
                outbox.abandon(1013, "not reading: no frame taken for " + settings.stallTimeout().toSeconds() + " s");
                closed(id);
            } else if (session.subscribed()) {
                outbox.offer(PING);
                session.ping();
            }
        });
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        sessions.forEach((id, session) -> {
            session.outbox().finish(null, 1001, "the server is shutting down; connect again");
            closed(id);
        });
        return CompletableFuture.completedFuture(null);
    }

    @PreDestroy
    void stop() {
        shutdownGracefully();
        List<ScheduledFuture<?>> running = clock;
        if (running != null) {
            running.forEach(task -> task.cancel(false));
        }
    }
}
