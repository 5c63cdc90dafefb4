package io.soundport.adapters.postgres;

import io.soundport.domain.port.NewWork;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Wakes on {@code NOTIFY soundport_work}, which the triggers of V13 and V15 send when jobs or outbox events are
 * inserted, from any instance, on commit; the payload names the topic (the outbox, or the jobs of a type), so a
 * subscriber of topics hears only of its own. The first subscriber starts one daemon thread that holds a connection of
 * its own with {@code LISTEN}; when the connection breaks (or a liveness check on a quiet connection fails, as when the
 * database is out of reach) it connects again with a growing pause, and wakes the subscribers once it listens again,
 * since notifications sent meanwhile are lost.
 */
final class PostgresNewWork implements NewWork, AutoCloseable {
    static final String CHANNEL = "soundport_work";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNewWork.class);
    private static final int WAIT_MS = 500;
    private static final Duration CHECK_QUIET_CONNECTION = Duration.ofSeconds(5);
    private static final int CHECK_TIMEOUT_SECONDS = 2;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    /** Opens a connection outside any pool, so that listening never takes a place in it. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final InProcess subscribers = new InProcess();
    private final Object lock = new Object();
    private Thread listener;
    private volatile boolean closed;

    PostgresNewWork(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public void onNewWork(Runnable wake) {
        subscribers.onNewWork(wake);
        startListening();
    }

    /** Subscribers of topics hear of what the notifications name (see {@link #topicOf}). */
    @Override
    public void onNewWork(Set<Topic> topics, Runnable wake) {
        subscribers.onNewWork(topics, wake);
        startListening();
    }

    private void startListening() {
        synchronized (lock) {
            if (listener == null && !closed) {
                listener = new Thread(this::listen, "soundport-work-listener");
                listener.setDaemon(true);
                listener.start();
            }
        }
    }

    private void listen() {
        Duration pause = Duration.ofMillis(100);
        while (!closed) {
            try (Connection connection = connections.open()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                pause = Duration.ofMillis(100);
                subscribers.signal();
                relay(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Listening for new work failed, listening again in {} ms: {}", pause.toMillis(), e.toString());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void relay(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null && notifications.length > 0) {
                Set<Topic> topics = new HashSet<>();
                boolean unknown = false;
                for (PGNotification notification : notifications) {
                    Topic topic = topicOf(notification.getParameter());
                    unknown |= topic == null;
                    if (topic != null) {
                        topics.add(topic);
                    }
                }
                if (unknown) {
                    subscribers.signal();
                } else {
                    topics.forEach(subscribers::signal);
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > CHECK_QUIET_CONNECTION.toNanos()) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection does not answer");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /**
     * The topic a notification names: {@code outbox_events} for events, {@code jobs:<type>} for jobs of a type (V15);
     * null for any other, such as the bare {@code jobs} an instance on V13's trigger sends, which wakes everyone.
     */
    static Topic topicOf(String payload) {
        if ("outbox_events".equals(payload)) {
            return Topic.EVENTS;
        }
        if (payload != null && payload.startsWith("jobs:") && payload.length() > "jobs:".length()) {
            return Topic.jobs(payload.substring("jobs:".length()));
        }
        return null;
    }

    @Override
    public void close() {
        Thread running;
        synchronized (lock) {
            closed = true;
            running = listener;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
