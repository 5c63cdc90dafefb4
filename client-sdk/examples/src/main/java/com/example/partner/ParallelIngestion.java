package com.example.partner;

import io.soundport.sdk.model.Release;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingestion on several threads sharing one client: a {@code SoundportClient} is immutable and thread-safe (one
 * connection pool, one token session), so the partner builds one and hands it to every worker.
 */
public final class ParallelIngestion {
    private ParallelIngestion() {
    }

    /** Ingests {@code count} releases titled {@code prefix 1..count} on {@code threads} threads; in title order. */
    public static List<Release> ingest(ReleaseIngestion ingestion, String prefix, int count, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Release>> work = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String title = prefix + " " + i;
                work.add(() -> ingestion.ingest(title, null));
            }
            List<Release> ingested = new ArrayList<>();
            for (Future<Release> done : pool.invokeAll(work)) {
                ingested.add(done.get());
            }
            return ingested;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            // the cause is the SDK's typed exception (ValidationException, RateLimitException, ...)
            throw new IllegalStateException("an ingestion failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
