package io.soundport.domain.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Counters that every instance of the server shares, for rate limits and throttles: one count per key and fixed
 * window. A limiter reads the count of the current window and of the one before it and weighs them into a sliding
 * window ({@link WindowCounts#estimate}), so no boundary lets twice the limit through.
 *
 * <p>Every call takes effect at once and on its own, never inside the caller's unit of work: a refused or failed
 * request still counts, and a counter never rolls back with the request that raised it. A window's counter may be
 * forgotten once two windows have passed since it started.
 */
public interface RateLimitStore {
    /**
     * Adds to the counter of {@code key} in the window starting at {@code windowStart}.
     *
     * @param key         what is counted, at most 200 characters (a limiter's name and its subject, hashed where it
     *                    would hold personal data)
     * @param windowStart the start of the current window (a multiple of {@code window} since the epoch)
     * @param window      the window's length
     * @param amount      how much to add, at least 1
     * @return the counts after adding: of this window, and of the window before it
     */
    WindowCounts add(String key, Instant windowStart, Duration window, long amount);

    /** The counts of this window and of the one before it, without changing them (zero when there is none). */
    WindowCounts peek(String key, Instant windowStart, Duration window);

    /** Forgets every window of {@code key}. */
    void clear(String key);

    /** The arguments every adapter takes: a key, a window start and a positive window (else an exception). */
    static void checkArguments(String key, Instant windowStart, Duration window) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(windowStart, "windowStart");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /** The start of the fixed window of length {@code window} that holds {@code now}. */
    static Instant windowStart(Instant now, Duration window) {
        long length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    /**
     * The count of a window and of the window before it.
     *
     * @param current  the count of the window that holds now
     * @param previous the count of the window before it
     */
    record WindowCounts(long current, long previous) {
        public static final WindowCounts NONE = new WindowCounts(0, 0);

        public WindowCounts {
            if (current < 0 || previous < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }

        /**
         * The count over the sliding window that ends at {@code now}: this window's count, plus the previous window's
         * weighted by the part of it the sliding window still covers.
         */
        public double estimate(Instant windowStart, Duration window, Instant now) {
            Objects.requireNonNull(windowStart, "windowStart");
            double elapsed = Duration.between(windowStart, now).toMillis() / (double) window.toMillis();
            double weight = Math.max(0, Math.min(1, 1 - elapsed));
            return current + previous * weight;
        }

        /**
         * How long from {@code now} until the sliding count falls below {@code limit}, if nothing more is added:
         * within this window as the previous one's weight shrinks, or in the next one, where this window's count
         * becomes the previous one. At least a second.
         */
        public Duration waitUntilBelow(long limit, Instant windowStart, Duration window, Instant now) {
            double w = window.toMillis();
            double at;
            if (current < limit && previous > 0) {
                at = windowStart.toEpochMilli() + w * (1 - (limit - current) / (double) previous);
            } else {
                at = windowStart.toEpochMilli() + w + w * (1 - limit / (double) Math.max(limit, current));
            }
            long millis = (long) Math.ceil(at - now.toEpochMilli()) + 1;
            return Duration.ofMillis(Math.max(1_000, millis));
        }
    }
}
