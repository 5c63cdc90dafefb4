package io.soundport.application.platform;

import io.soundport.application.identity.Authenticator;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.port.RateLimitStore.WindowCounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request limits per hour: of an organization by its tier, of an API key, and of a client address for calls
 * without credentials. Each limit is a sliding window over counters every instance shares ({@link RateLimitStore}),
 * so no window boundary lets twice the limit through.
 *
 * <p><b>Cost.</b> An instance does not write the shared counter per request: it reserves quota in batches (at most
 * {@link #batchOf(long) a fiftieth of the limit}, 1 to 50 requests) and spends them locally; near the limit it
 * reserves what is left, one at a time. A refused client is refused locally until the wait it was told has passed.
 *
 * <p><b>Exactness across N instances.</b> Every admitted request was counted in the shared store before it was
 * admitted, so the instances together never admit more than the limit within a window's count; quota one instance
 * reserved and has not spent is counted but unused, so a client may be refused up to N × batch requests early
 * (2 for FREE on one instance, at most 50 per instance for the large tiers), and a reservation that came back refused
 * counts the requests it asked for. As in every sliding-window estimate, quota reserved late in one hour weighs less
 * as the next hour goes on. {@code Remaining} is what this instance knows: the shared count at its last reservation
 * minus what it spent since.
 */
public final class RateLimiter {
    /** The window of every limit here. */
    public static final Duration WINDOW = OrganizationUsage.WINDOW;
    private static final int MAX_BATCH = 50;
    private static final int MAX_ALLOWANCES = 100_000;

    /** What a limit counts. */
    public enum Limit { ORGANIZATION, API_KEY, CLIENT_ADDRESS }

    /**
     * The limits, per hour.
     *
     * @param enabled             false turns every limit here off (for load tests); auth throttling is separate
     * @param tierLimits          requests per hour of an organization, by tier
     * @param apiKeyPerHour       requests per hour of one API key, besides its organization's; 0 for none
     * @param anonymousPerHour    requests per hour without credentials, per client address
     */
    public record Settings(boolean enabled, Map<Tier, Integer> tierLimits, int apiKeyPerHour, int anonymousPerHour) {
        public static final Settings DEFAULTS = new Settings(true, defaultTierLimits(), 0, 1_000);

        public Settings {
            EnumMap<Tier, Integer> limits = new EnumMap<>(Tier.class);
            limits.putAll(defaultTierLimits());
            limits.putAll(Objects.requireNonNull(tierLimits, "tierLimits"));
            if (limits.values().stream().anyMatch(l -> l < 1) || anonymousPerHour < 1) {
                throw new IllegalArgumentException("every request limit must be at least 1 per hour");
            }
            if (apiKeyPerHour < 0) {
                throw new IllegalArgumentException("the API key limit is 0 (none) or more");
            }
            tierLimits = Map.copyOf(limits);
        }

        public static Map<Tier, Integer> defaultTierLimits() {
            EnumMap<Tier, Integer> limits = new EnumMap<>(Tier.class);
            for (Tier tier : Tier.values()) {
                limits.put(tier, tier.requestsPerHour());
            }
            return limits;
        }
    }

    /**
     * Whom a request counts against: an organization's caller (and the API key it used, if any), or, without
     * credentials, a client address.
     */
    public record Client(OrganizationId organizationId, ApiKeyId apiKeyId, String address) {
        public static Client of(OrganizationId organizationId, ApiKeyId apiKeyId) {
            return new Client(Objects.requireNonNull(organizationId, "organizationId"), apiKeyId, null);
        }

        public static Client anonymous(String address) {
            return new Client(null, null, address == null || address.isBlank() ? "unknown" : address);
        }
    }

    /**
     * The answer for one request, on the limit that binds it most.
     *
     * @param admitted   whether the request may go on
     * @param limit      that limit per hour
     * @param remaining  requests left of it, as this instance knows
     * @param resetAt    when the hour's counter closes; when refused, when the next request will be admitted
     * @param retryAfter when refused, how long to wait; else zero
     * @param kind       which limit
     */
    public record Decision(boolean admitted, long limit, long remaining, Instant resetAt, Duration retryAfter,
                           Limit kind) {
    }

    private final Authenticator authenticator;
    private final RateLimitStore store;
    private final Clock clock;
    private final Settings settings;
    private final ConcurrentHashMap<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final Map<Limit, LongAdder> rejections = new EnumMap<>(Limit.class);

    public RateLimiter(Authenticator authenticator, RateLimitStore store, Clock clock, Settings settings) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Limit limit : Limit.values()) {
            rejections.put(limit, new LongAdder());
        }
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Starts deciding on one request of {@code client}; see {@link Evaluation}. */
    public Evaluation evaluate(Client client) {
        return new Evaluation(Objects.requireNonNull(client, "client"));
    }

    /** Requests refused by this instance since it started, per limit. */
    public long rejections(Limit limit) {
        return rejections.get(limit).sum();
    }

    /** A fiftieth of the limit, 1 to 50 requests: what an instance reserves from the shared count at a time. */
    static long batchOf(long limit) {
        return Math.max(1, Math.min(MAX_BATCH, limit / 50));
    }

    /**
     * The decision on one request, made in steps so that the caller need not wait on the shared store when it need
     * not: {@link #tryDecide()} answers from what this instance holds (its reserved quota, the cached organization),
     * or says it cannot; {@link #decide()} goes on from there and may wait. Each request is counted once whichever
     * way it is decided.
     */
    public final class Evaluation {
        private final Client client;
        private final List<Check> checks = new ArrayList<>(2);
        private boolean resolved;
        private int next;
        private Decision binding;

        private Evaluation(Client client) {
            this.client = client;
        }

        /** The decision if it can be made without waiting on the store or the database; else empty. */
        public Optional<Decision> tryDecide() {
            return Optional.ofNullable(step(false));
        }

        /** The decision, waiting on the shared store or the database where it must. */
        public Decision decide() {
            return step(true);
        }

        private Decision step(boolean mayWait) {
            if (!settings.enabled()) {
                return unlimited();
            }
            if (!resolved && !resolve(mayWait)) {
                return null;
            }
            Instant now = clock.now();
            while (next < checks.size()) {
                Check check = checks.get(next);
                Decision decision = allowance(check.key()).take(check, now, mayWait ? store : null);
                if (decision == null) {
                    return null;
                }
                next++;
                if (!decision.admitted()) {
                    rejections.get(decision.kind()).increment();
                    next = checks.size();
                    return binding = decision;
                }
                if (binding == null || decision.remaining() < binding.remaining()) {
                    binding = decision;
                }
            }
            return binding;
        }

        private boolean resolve(boolean mayWait) {
            if (client.organizationId() == null) {
                checks.add(new Check("requests:ip:" + client.address(), settings.anonymousPerHour(),
                        Limit.CLIENT_ADDRESS));
            } else {
                Optional<Organization> organization = mayWait
                        ? authenticator.organization(client.organizationId())
                        : authenticator.cachedOrganization(client.organizationId());
                if (organization.isEmpty() && !mayWait) {
                    return false;
                }
                Tier tier = organization.map(Organization::tier).orElse(Tier.FREE);
                checks.add(new Check(OrganizationUsage.key(client.organizationId()),
                        settings.tierLimits().get(tier), Limit.ORGANIZATION));
                if (client.apiKeyId() != null && settings.apiKeyPerHour() > 0) {
                    checks.add(new Check("requests:key:" + client.apiKeyId().value(), settings.apiKeyPerHour(),
                            Limit.API_KEY));
                }
            }
            resolved = true;
            return true;
        }

        private Decision unlimited() {
            return new Decision(true, Long.MAX_VALUE, Long.MAX_VALUE, Instant.MAX, Duration.ZERO,
                    client.organizationId() == null ? Limit.CLIENT_ADDRESS : Limit.ORGANIZATION);
        }
    }

    private record Check(String key, long limit, Limit kind) {
    }

    private Allowance allowance(String key) {
        Allowance allowance = allowances.get(key);
        if (allowance != null) {
            return allowance;
        }
        if (allowances.size() >= MAX_ALLOWANCES) {
            forgetIdle(clock.now());
        }
        return allowances.computeIfAbsent(key, k -> new Allowance());
    }

    /** Forgets the allowances of past windows (their reserved quota counted in a window that is over). */
    private void forgetIdle(Instant now) {
        Instant current = RateLimitStore.windowStart(now, WINDOW);
        allowances.entrySet().removeIf(e -> e.getValue().idleAt(current, now));
        if (allowances.size() >= MAX_ALLOWANCES) {
            allowances.clear();
        }
    }

    /** What this instance holds of one counter in the current window: quota reserved, spent, or a refusal. */
    private static final class Allowance {
        private final ReentrantLock lock = new ReentrantLock();
        private Instant windowStart = Instant.EPOCH;
        private long limit;
        private long tokens;
        private double countedBefore;
        private long spent;
        private long lastRemaining = Long.MAX_VALUE;
        private Instant blockedUntil = Instant.EPOCH;

        /**
         * Spends one request; null when that needs the store and {@code store} is null, or, without a store, when
         * another thread is reserving (so that a caller that must not wait never waits on the store's latency).
         */
        Decision take(Check check, Instant now, RateLimitStore store) {
            if (store != null) {
                lock.lock();
            } else if (!lock.tryLock()) {
                return null;
            }
            try {
                return takeLocked(check, now, store);
            } finally {
                lock.unlock();
            }
        }

        private Decision takeLocked(Check check, Instant now, RateLimitStore store) {
            Instant start = RateLimitStore.windowStart(now, WINDOW);
            if (!start.equals(windowStart) || limit != check.limit()) {
                windowStart = start;
                limit = check.limit();
                tokens = 0;
                spent = 0;
                countedBefore = 0;
                lastRemaining = Long.MAX_VALUE;
                blockedUntil = Instant.EPOCH;
            }
            if (tokens > 0) {
                tokens--;
                spent++;
                return admitted(check);
            }
            if (now.isBefore(blockedUntil)) {
                return refused(check, Duration.between(now, blockedUntil));
            }
            if (store == null) {
                return null;
            }
            long batch = batchOf(limit);
            long amount = Math.max(1, Math.min(batch, lastRemaining));
            WindowCounts counts = store.add(check.key(), start, WINDOW, amount);
            double others = counts.estimate(start, WINDOW, now) - amount;
            long granted = (long) Math.max(0, Math.min(amount, Math.floor(limit - others)));
            if (granted == 0) {
                lastRemaining = 0;
                // admitted again once the others' count is at most limit - 1
                Duration wait = counts.waitUntilBelow(limit - 1, start, WINDOW, now);
                blockedUntil = now.plus(wait);
                return refused(check, wait);
            }
            countedBefore = others;
            spent = 1;
            tokens = granted - 1;
            Decision decision = admitted(check);
            lastRemaining = decision.remaining();
            return decision;
        }

        boolean idleAt(Instant currentWindow, Instant now) {
            if (!lock.tryLock()) {
                return false;
            }
            try {
                return windowStart.isBefore(currentWindow) && !now.isBefore(blockedUntil);
            } finally {
                lock.unlock();
            }
        }

        private Decision admitted(Check check) {
            long remaining = Math.max(0, limit - (long) Math.ceil(countedBefore) - spent);
            return new Decision(true, limit, remaining, windowStart.plus(WINDOW), Duration.ZERO, check.kind());
        }

        private Decision refused(Check check, Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1_000);
            return new Decision(false, limit, 0, blockedUntil, Duration.ofSeconds(seconds), check.kind());
        }
    }
}
