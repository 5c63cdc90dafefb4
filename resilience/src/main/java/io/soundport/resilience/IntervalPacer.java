package io.soundport.resilience;

import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * At most one request per {@code interval}: each attempt takes the next free slot and sleeps until it; an attempt
 * whose slot is further away than {@code maxWait} (or than what is left of its call) is refused at once with
 * SERVICE_UNAVAILABLE ("&lt;provider&gt; is busy") and a retry-after of that wait, and takes no slot.
 *
 * <p>Pacers made by {@link #shared} with the same key share one schedule for the whole process (the key names the
 * provider's host and port), so that two clients of one provider do not double the rate. Each attempt still checks,
 * once awake, that the previous one started a whole interval earlier, so a thread that woke late cannot bring the
 * next one closer than the interval; and an attempt counts as started again when it is actually written
 * ({@link #sending()}), so that a slow connection cannot either.
 */
public final class IntervalPacer implements Pacer {
    private static final ConcurrentMap<String, Schedule> SHARED = new ConcurrentHashMap<>();

    private final Schedule schedule;
    private final long interval;
    private final Duration maxWait;
    private final String provider;

    private IntervalPacer(Schedule schedule, Duration interval, Duration maxWait, String provider) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(maxWait, "maxWait");
        if (interval.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("interval and maxWait must not be negative");
        }
        this.schedule = schedule;
        this.interval = interval.toNanos();
        this.maxWait = maxWait;
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** A pacer on the process-wide schedule of {@code key} (such as {@code "musicbrainz.org:443"}). */
    public static IntervalPacer shared(String key, Duration interval, Duration maxWait, String provider) {
        return new IntervalPacer(SHARED.computeIfAbsent(key, k -> new Schedule()), interval, maxWait, provider);
    }

    /** A pacer with a schedule of its own. */
    public static IntervalPacer own(Duration interval, Duration maxWait, String provider) {
        return new IntervalPacer(new Schedule(), interval, maxWait, provider);
    }

    @Override
    public void awaitTurn(Duration atMost) {
        if (interval == 0) {
            return;
        }
        long limit = Math.min(maxWait.toNanos(), Math.max(0, atMost.toNanos()));
        long wait = schedule.reserve(interval, limit);
        if (wait < 0) {
            Duration retryAfter = Duration.ofNanos(-wait);
            throw DomainException.unavailable(provider + " is busy: the next request slot is "
                    + retryAfter.toMillis() + " ms away, more than " + Duration.ofNanos(limit).toMillis()
                    + " ms", retryAfter);
        }
        try {
            sleep(wait);
            long early;
            while ((early = schedule.claim(interval)) > 0) {
                sleep(early);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.integration(provider + " call was interrupted while waiting for its turn");
        }
    }

    @Override
    public void sending() {
        if (interval > 0) {
            schedule.started(interval);
        }
    }

    private static void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    /** The slots of one provider endpoint, in {@code System.nanoTime()} terms. */
    private static final class Schedule {
        private long nextFree = System.nanoTime();
        private long lastStart = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

        /** The wait until the slot taken, or minus the wait when it is longer than {@code limit} (none taken). */
        synchronized long reserve(long interval, long limit) {
            long now = System.nanoTime();
            long slot = nextFree - now > 0 ? nextFree : now;
            long wait = slot - now;
            if (wait > limit) {
                return -Math.max(wait, 1);
            }
            nextFree = slot + interval;
            return wait;
        }

        /** Starts now if the previous start is a whole interval ago (answers 0), else answers how long is left. */
        synchronized long claim(long interval) {
            long now = System.nanoTime();
            long early = lastStart + interval - now;
            if (early > 0) {
                return early;
            }
            started(interval);
            return 0;
        }

        /** Notes a start now: the next may not start before a whole interval from it. */
        synchronized void started(long interval) {
            long now = System.nanoTime();
            if (now - lastStart > 0) {
                lastStart = now;
            }
            if (nextFree - (now + interval) < 0) {
                nextFree = now + interval;
            }
        }
    }
}
