package io.soundport.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.Backlog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The background queues, one per worker, as gauges: {@code soundport.queue.depth} (items queued, due or not) and
 * {@code soundport.queue.oldest.age.seconds} (how long the oldest due item has waited; zero when none), labelled
 * {@code worker}. Read on scrape, at most once per {@code refresh} however many scrapers ask: one read of every
 * queue then, stopped at the first failure. A queue that could not be read shows NaN until it can.
 */
final class QueueMetrics implements MeterBinder {
    static final String DEPTH = "soundport.queue.depth";
    static final String OLDEST_AGE = "soundport.queue.oldest.age.seconds";
    private static final Logger LOG = LoggerFactory.getLogger(QueueMetrics.class);

    /** A worker and how to read its queue. */
    record Queue(String worker, Supplier<Backlog> backlog) {
    }

    /** What one read found: depth and age in seconds, NaN when the queue could not be read. */
    private record Reading(double depth, double ageSeconds) {
        static final Reading UNKNOWN = new Reading(Double.NaN, Double.NaN);
    }

    private final List<Queue> queues;
    private final Clock clock;
    private final Duration refresh;
    private Map<String, Reading> readings = Map.of();
    private long readAt;
    private boolean read;

    QueueMetrics(List<Queue> queues, Clock clock, Duration refresh) {
        this.queues = List.copyOf(queues);
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Queue queue : queues) {
            Gauge.builder(DEPTH, this, m -> m.reading(queue.worker()).depth())
                    .description("Items waiting in a background worker's queue, due or not")
                    .tag("worker", queue.worker()).register(registry);
            Gauge.builder(OLDEST_AGE, this, m -> m.reading(queue.worker()).ageSeconds())
                    .description("How long the oldest due item of a background worker's queue has waited")
                    .tag("worker", queue.worker()).register(registry);
        }
    }

    private synchronized Reading reading(String worker) {
        long now = System.nanoTime();
        if (!read || now - readAt >= refresh.toNanos()) {
            readings = readAll();
            readAt = now;
            read = true;
        }
        return readings.getOrDefault(worker, Reading.UNKNOWN);
    }

    private Map<String, Reading> readAll() {
        Map<String, Reading> found = new LinkedHashMap<>();
        for (Queue queue : queues) {
            try {
                Backlog backlog = queue.backlog().get();
                found.put(queue.worker(), new Reading(backlog.depth(),
                        backlog.age(clock.now()).toNanos() / 1e9));
            } catch (RuntimeException e) {
                // the database is likely down: the other queues would wait as long, and readiness says so already
                LOG.debug("Reading the queue of {} failed: {}", queue.worker(), e.toString());
                break;
            }
        }
        return found;
    }
}
