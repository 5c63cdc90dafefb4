package io.soundport.domain.port;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Word that work may be waiting: a job or an outbox event was committed. It lets an idle worker start at once
 * instead of at its next poll. A wake may come when there is nothing new (a duplicate or a rolled-back write) and
 * may be missed (a notification lost while the database was away), so workers keep polling, only less often.
 */
public interface NewWork {
    /** Calls {@code wake} (on any thread; it must return quickly) whenever new work may have been committed. */
    void onNewWork(Runnable wake);

    /** The subscribers of one process, woken by writes this process commits. */
    final class InProcess implements NewWork {
        private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void onNewWork(Runnable wake) {
            subscribers.add(Objects.requireNonNull(wake, "wake"));
        }

        /** Wakes every subscriber. */
        public void signal() {
            subscribers.forEach(Runnable::run);
        }
    }
}
