package io.soundport.domain.port;

import java.util.function.Supplier;

/**
 * A unit of work: every repository write and every outbox append made inside {@code work} commits together
 * or not at all. Adapters may defer writes to the commit (DynamoDB batches them into one transaction), so
 * the work must not rely on reading back what it wrote in the same transaction.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs several reads together, so that an adapter may serve them on one connection; promises no atomicity and
     * writes nothing. Inside a transaction the reads join it.
     */
    default <T> T reading(Supplier<T> reads) {
        return reads.get();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
