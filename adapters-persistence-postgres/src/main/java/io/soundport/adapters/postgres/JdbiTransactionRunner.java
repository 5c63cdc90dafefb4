package io.soundport.adapters.postgres;

import io.soundport.domain.port.TransactionRunner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The unit of work on PostgreSQL: binds one Jdbi handle, inside a transaction, to the calling thread. Every
 * adapter runs its statements on that handle when one is bound, and on a short-lived handle of its own otherwise.
 * A nested {@link #inTransaction} joins the outer transaction.
 */
final class JdbiTransactionRunner implements TransactionRunner {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> bound = new ThreadLocal<>();

    JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        try {
            return jdbi.inTransaction(handle -> {
                bound.set(handle);
                try {
                    return work.get();
                } finally {
                    bound.remove();
                }
            });
        } catch (JdbiException e) {
            throw PostgresErrors.translate(e);
        }
    }

    /** Runs statements on the thread's transaction when there is one, else on a handle of their own. */
    <T> T withHandle(Function<Handle, T> statements) {
        Handle handle = bound.get();
        try {
            if (handle != null) {
                return statements.apply(handle);
            }
            return jdbi.withHandle(statements::apply);
        } catch (JdbiException e) {
            throw PostgresErrors.translate(e);
        }
    }
}
