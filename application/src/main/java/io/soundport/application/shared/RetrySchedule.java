package io.soundport.application.shared;

import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delays between attempts, such as {@code 5s,30s,2m,10m,30m,1h,2h,4h,8h,16h}: after the first attempt fails
 * the next comes after the first delay, and so on; when the delays run out the message has failed for good. Each
 * delay is spread by ±20% so that retries of many messages do not arrive together.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final RetrySchedule WEBHOOKS = parse("5s,30s,2m,10m,30m,1h,2h,4h,8h,16h");
    public static final RetrySchedule DELIVERIES = parse("30s,2m,10m,30m,1h,2h,4h");

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    public static RetrySchedule parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                long amount = Long.parseLong(p.substring(0, p.length() - (p.endsWith("ms") ? 2 : 1)));
                delays.add(p.endsWith("ms") ? Duration.ofMillis(amount)
                        : switch (p.charAt(p.length() - 1)) {
                            case 's' -> Duration.ofSeconds(amount);
                            case 'm' -> Duration.ofMinutes(amount);
                            case 'h' -> Duration.ofHours(amount);
                            case 'd' -> Duration.ofDays(amount);
                            default -> throw new NumberFormatException();
                        });
            } catch (RuntimeException e) {
                throw DomainException.invalid("retry_schedule", "'" + part + "' is not a delay such as 30s, 2m or 1h");
            }
        }
        return new RetrySchedule(delays);
    }

    /** How many attempts a message gets in all: the first one and one per delay. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** The delay before the next attempt after {@code attemptsMade} attempts; null when there is none left. */
    public Duration after(int attemptsMade) {
        if (attemptsMade < 1 || attemptsMade > delays.size()) {
            return null;
        }
        Duration base = delays.get(attemptsMade - 1);
        double spread = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * spread)));
    }
}
