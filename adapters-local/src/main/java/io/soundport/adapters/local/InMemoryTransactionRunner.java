package io.soundport.adapters.local;

import io.soundport.domain.port.TransactionRunner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work over the in-memory tables. One lock serialises transactions and single writes, so a write
 * sees every committed change; reads go straight to the concurrent maps. Every write made inside a
 * transaction leaves an undo action in a per-thread log, replayed backwards when the work throws.
 */
final class InMemoryTransactionRunner implements TransactionRunner {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (undoLog.get() != null) {
            // A nested unit of work joins the outer one: it commits or rolls back with it.
            return work.get();
        }
        lock.lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undoLog.set(log);
        try {
            return work.get();
        } catch (Throwable failure) {
            rollBack(log, failure);
            throw failure;
        } finally {
            undoLog.remove();
            lock.unlock();
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
