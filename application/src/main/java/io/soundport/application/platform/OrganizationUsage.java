package io.soundport.application.platform;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.RateLimitStore;

import java.time.Duration;
import java.time.Instant;

/**
 * How many requests an organization's callers made over the last hour, as its tier's rate limit counts them (the
 * sliding-window estimate of the shared counter). The count includes the quota instances have reserved but not yet
 * spent, so it may run ahead of the requests actually served by a small batch per instance.
 */
public final class OrganizationUsage {
    /** The window of the tier limits. */
    public static final Duration WINDOW = Duration.ofHours(1);

    private final RateLimitStore store;
    private final Clock clock;

    public OrganizationUsage(RateLimitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The counter key of an organization's requests, shared by every instance. */
    static String key(OrganizationId organizationId) {
        return "requests:org:" + organizationId.value();
    }

    public long requestsThisHour(OrganizationId organizationId) {
        Instant now = clock.now();
        Instant windowStart = RateLimitStore.windowStart(now, WINDOW);
        return Math.round(store.peek(key(organizationId), windowStart, WINDOW).estimate(windowStart, WINDOW, now));
    }
}
