package io.soundport.adapters.local;

import io.soundport.domain.port.IdGenerator;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Ids made of a prefix, an underscore and a ULID: 48 bits of milliseconds and 80 random bits in 26 characters of
 * Crockford base32, so they sort by creation time. Within one millisecond (or if the clock steps back) the
 * random part is incremented instead of drawn again, so ids from one generator strictly increase.
 */
public final class UlidIdGenerator implements IdGenerator {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern PREFIX = Pattern.compile("^[a-z][a-z0-9]{0,15}$");
    private static final long MAX_TIME = (1L << 48) - 1;
    private static final long RANDOM_LOW_MASK = (1L << 40) - 1;

    private final LongSupplier millis;
    private final SecureRandom random = new SecureRandom();
    private long lastTime = -1;
    // The 80 random bits, as two 40-bit halves so that incrementing carries simply.
    private long randomHigh;
    private long randomLow;

    public UlidIdGenerator() {
        this(System::currentTimeMillis);
    }

    /** With another source of milliseconds since the epoch; for tests. */
    public UlidIdGenerator(LongSupplier millis) {
        this.millis = Objects.requireNonNull(millis, "millis");
    }

    @Override
    public String next(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("an id prefix is 1 to 16 lower-case letters and digits");
        }
        return prefix + "_" + nextUlid();
    }

    /** A bare ULID of 26 characters. */
    public synchronized String nextUlid() {
        long now = millis.getAsLong();
        if (now < 0 || now > MAX_TIME) {
            throw new IllegalStateException("the clock is outside the range of a ULID");
        }
        if (now > lastTime) {
            lastTime = now;
            randomHigh = random.nextLong() & RANDOM_LOW_MASK;
            randomLow = random.nextLong() & RANDOM_LOW_MASK;
        } else {
            increment();
        }
        return encode(lastTime, randomHigh, randomLow);
    }

    private void increment() {
        randomLow = (randomLow + 1) & RANDOM_LOW_MASK;
        if (randomLow == 0) {
            randomHigh = (randomHigh + 1) & RANDOM_LOW_MASK;
            if (randomHigh == 0) {
                // 2^80 ids in one millisecond: borrow the next millisecond rather than repeat an id.
                if (lastTime == MAX_TIME) {
                    throw new IllegalStateException("no ULID left");
                }
                lastTime++;
            }
        }
    }

    private static String encode(long time, long high, long low) {
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (low & 31)];
            low >>>= 5;
        }
        return new String(out);
    }
}
