package io.soundport.adapters.local;

import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.TransactionRunner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work over the in-memory tables. One lock serialises transactions and single writes, so a write
 * sees every committed change; reads go straight to the concurrent maps. Every write made inside a
 * transaction leaves an undo action in a per-thread log, replayed backwards when the work throws. A job or an event
 * queued wakes the {@link NewWork} subscribers once its unit of work committed.
 */
final class InMemoryTransactionRunner implements TransactionRunner {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final NewWork.InProcess newWork = new NewWork.InProcess();

    NewWork newWork() {
        return newWork;
    }

    /** A job or an event was written: its subscribers hear of it once it committed. */
    void workQueued() {
        afterCommit(newWork::signal);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (undoLog.get() != null) {
            // A nested unit of work joins the outer one: it commits or rolls back with it.
            return work.get();
        }
        lock.lock();
        Deque<Runnable> log = new ArrayDeque<>();
        List<Runnable> committed = new ArrayList<>();
        undoLog.set(log);
        afterCommit.set(committed);
        T result;
        try {
            result = work.get();
        } catch (Throwable failure) {
            rollBack(log, failure);
            throw failure;
        } finally {
            undoLog.remove();
            afterCommit.remove();
            lock.unlock();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /** Runs {@code action} once the current unit of work committed (at once outside one), after the lock is let go. */
    void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /** Applies one change under the lock; inside a transaction it joins it. */
    <T> T write(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    /** Registers how to take back a change just applied; outside a transaction a change is final at once. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }

    private static void rollBack(Deque<Runnable> log, Throwable failure) {
        while (!log.isEmpty()) {
            try {
                log.pop().run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
    }
}
