package io.soundport.adapters.postgres;

import io.soundport.domain.port.TransactionRunner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.util.Objects;
import java.util.Set;
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
    private final PostgresErrors errors = new PostgresErrors();

    JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Handle outer = bound.get();
        if (outer != null && outer.isInTransaction()) {
            return work.get();
        }
        if (outer != null) {
            // a transaction begun inside reads: make it a real one on the same connection
            try {
                return outer.inTransaction(h -> work.get());
            } catch (JdbiException e) {
                throw errors.translate(e);
            }
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
            throw errors.translate(e);
        }
    }

    /**
     * Declares what a violation of these constraints means; each adapter declares those of its own tables when it
     * is built, because a violation may surface only at commit, here, where no adapter is on the stack.
     */
    void declare(UniqueConstraint... constraints) {
        errors.declare(constraints);
    }

    /** The names of the constraints the adapters declared. */
    Set<String> declaredConstraints() {
        return errors.declared();
    }

    /** Binds one handle in autocommit mode for the reads, so that they take one connection from the pool. */
    @Override
    public <T> T reading(Supplier<T> reads) {
        if (bound.get() != null) {
            return reads.get();
        }
        try {
            return jdbi.withHandle(handle -> {
                bound.set(handle);
                try {
                    return reads.get();
                } finally {
                    bound.remove();
                }
            });
        } catch (JdbiException e) {
            throw errors.translate(e);
        }
    }

    /**
     * Runs statements on a short-lived handle of their own, in auto-commit mode, even when the thread has a unit of
     * work: what they write stays written whether that unit of work commits or not (rate-limit counters). Not
     * {@code jdbi.withHandle}, which inside a Jdbi callback reuses the thread's handle, transaction and all.
     */
    <T> T outside(Function<Handle, T> statements) {
        try (Handle own = jdbi.open()) {
            return statements.apply(own);
        } catch (JdbiException e) {
            throw errors.translate(e);
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
            throw errors.translate(e);
        }
    }
}
