package io.soundport.domain.port;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Word that work may be waiting: a job or an outbox event was committed. It lets an idle worker start at once
 * instead of at its next poll. A wake may come when there is nothing new (a duplicate or a rolled-back write) and
 * may be missed (a notification lost while the database was away), so workers keep polling, only less often.
 */
public interface NewWork {
    /** Calls {@code wake} (on any thread; it must return quickly) whenever new work may have been committed. */
    void onNewWork(Runnable wake);

    /**
     * Calls {@code wake} when new work of one of {@code topics} may have been committed, so that a worker is not woken
     * by work that is not its own. A store that cannot tell what was committed wakes it for any work, as
     * {@link #onNewWork(Runnable)} does.
     */
    default void onNewWork(Set<Topic> topics, Runnable wake) {
        onNewWork(wake);
    }

    /** What new work is about: the outbox's events, or the jobs of one type. */
    record Topic(String name) {
        public static final Topic EVENTS = new Topic("events");

        public Topic {
            Objects.requireNonNull(name, "name");
        }

        public static Topic jobs(String type) {
            return new Topic("jobs:" + type);
        }
    }

    /** The subscribers of one process, woken by writes this process commits. */
    final class InProcess implements NewWork {
        private record Subscriber(Set<Topic> topics, Runnable wake) {
        }

        private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void onNewWork(Runnable wake) {
            subscribers.add(new Subscriber(null, Objects.requireNonNull(wake, "wake")));
        }

        @Override
        public void onNewWork(Set<Topic> topics, Runnable wake) {
            subscribers.add(new Subscriber(Set.copyOf(topics), Objects.requireNonNull(wake, "wake")));
        }

        /** Wakes every subscriber: work of any topic, or of one not known. */
        public void signal() {
            subscribers.forEach(s -> s.wake().run());
        }

        /** Wakes the subscribers of {@code topic} and those of every topic. */
        public void signal(Topic topic) {
            for (Subscriber s : subscribers) {
                if (s.topics() == null || s.topics().contains(topic)) {
                    s.wake().run();
                }
            }
        }
    }
}
