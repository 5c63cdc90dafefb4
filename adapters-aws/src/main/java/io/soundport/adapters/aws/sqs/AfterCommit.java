package io.soundport.adapters.aws.sqs;

import io.soundport.domain.port.TransactionRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The unit of work of a store, with actions that wait for its commit: what a transaction says of a job that lives
 * outside the database (delete its SQS message, send it again) must not happen when the transaction rolls back, and
 * must not be lost in a rollback either. An action asked for outside a transaction runs at once; inside one it runs
 * once the outermost transaction committed, and not at all when it rolled back. A work the store runs again (a
 * retried serialization failure) asks again, so only the actions of the run that committed remain.
 */
public final class AfterCommit implements TransactionRunner {
    private final TransactionRunner store;
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    public AfterCommit(TransactionRunner store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (pending.get() != null) {
            return store.inTransaction(work);
        }
        List<Runnable> actions = new ArrayList<>();
        pending.set(actions);
        T result;
        try {
            result = store.inTransaction(() -> {
                actions.clear();
                return work.get();
            });
        } finally {
            pending.remove();
        }
        runAll(actions);
        return result;
    }

    @Override
    public <T> T reading(Supplier<T> reads) {
        return store.reading(reads);
    }

    /** Runs {@code action} once the current transaction commits, or now when there is none. */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = pending.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /** Every action, even when one fails; the first failure is then thrown, the others added to it. */
    private static void runAll(List<Runnable> actions) {
        RuntimeException failure = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
