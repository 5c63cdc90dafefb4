package io.soundport.domain.port;

import java.util.function.Supplier;

/**
 * The distributed trace the current work belongs to, as a W3C {@code traceparent} value
 * ({@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>}). Work that leaves the current thread for a later one
 * (an event in the outbox, a background job) keeps {@link #current()} and continues under it with
 * {@link #within}, so what it causes (a webhook, a partner delivery) stays in the trace of the request that started
 * it. The core only carries the value; an adapter knows the tracing library.
 */
public interface TraceContext {

    /** The traceparent of the work running now; null when no trace is active. */
    String current();

    /**
     * Runs {@code work} as an operation named {@code operation} in the trace of {@code traceParent} (a child of it),
     * or in no particular trace when it is null or not a valid traceparent.
     */
    <T> T within(String traceParent, String operation, Supplier<T> work);

    /** {@link #within} for work that returns nothing. */
    default void run(String traceParent, String operation, Runnable work) {
        within(traceParent, operation, () -> {
            work.run();
            return null;
        });
    }

    /** No tracing: nothing is current and work runs as it is. */
    static TraceContext none() {
        return None.INSTANCE;
    }

    /** The {@link #none()} context. */
    enum None implements TraceContext {
        INSTANCE;

        @Override
        public String current() {
            return null;
        }

        @Override
        public <T> T within(String traceParent, String operation, Supplier<T> work) {
            return work.get();
        }
    }
}
