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
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request limits per hour: of an organization by its tier, of an API key, and of a client address for calls
 * without credentials. Each limit is a sliding window over counters every instance shares ({@link RateLimitStore}),
 * so no window boundary lets twice the limit through.
 *
 * <p><b>Cost.</b> An instance does not write the shared counter per request: it reserves quota in batches and spends
 * them locally, under a lock that guards memory only (a reservation is made with it released). A batch starts at
 * {@link #batchOf(long) a fiftieth of the limit, 1 to 50 requests}, doubles while one lasts less than a second (so a
 * busy client costs about one store call a second), up to {@link #maxBatchOf(long) a fiftieth of the limit}, and
 * halves back once one lasted more than a minute. Given an executor, the next batch is reserved on it once a
 * quarter of the current one is left, so a steady client rarely finds its allowance empty. Near the limit an
 * instance reserves what is left. A refused client is refused locally until the wait it was told has passed.
 *
 * <p><b>Exactness across N instances.</b> Every admitted request was counted in the shared store before it was
 * admitted, so the instances together never admit more than the limit within a window's count; quota one instance
 * reserved and has not spent is counted but unused, so a client may be refused up to N batches early (at most a
 * fiftieth of the limit per instance: 2 for FREE, 2,000 for ENTERPRISE, and about a second of its traffic), and a
 * reservation that came back refused counts the requests it asked for. As in every sliding-window estimate, quota
 * reserved late in one hour weighs less as the next hour goes on. {@code Remaining} is what this instance knows:
 * what the shared count left at its last reservation plus what it holds unspent.
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
    private final Executor refills;
    private final ConcurrentHashMap<String, Allowance> allowances = new ConcurrentHashMap<>();
    private final Map<Limit, LongAdder> rejections = new EnumMap<>(Limit.class);

    /** A limiter that reserves quota only when a request finds none left (so {@link Evaluation#decide()} waits). */
    public RateLimiter(Authenticator authenticator, RateLimitStore store, Clock clock, Settings settings) {
        this(authenticator, store, clock, settings, null);
    }

    /**
     * A limiter that also reserves a client's next batch ahead, on {@code refills} (a pool that may block on the
     * store), while the current one is spent; null for none.
     */
    public RateLimiter(Authenticator authenticator, RateLimitStore store, Clock clock, Settings settings,
                       Executor refills) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.refills = refills;
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

    /** A fiftieth of the limit, 1 to 50 requests: what an instance first reserves from the shared count at a time. */
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
                Decision decision = allowance(check.key()).take(check, now, mayWait);
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

    /** The most an instance reserves at a time: a fiftieth of the limit, at least 1. */
    static long maxBatchOf(long limit) {
        return Math.max(1, limit / 50);
    }

    /** A reservation on its way to the store: what it asks for, and of which window. */
    private record Reservation(String key, Instant windowStart, long generation, long amount) {
    }

    /**
     * What this instance holds of one counter in the current window: quota reserved and not yet spent, what the
     * shared count had left at the last reservation, or a refusal. The lock guards memory only: a reservation is
     * made with it released, so a caller is never held up by the store's latency, only by another caller's few
     * assignments.
     */
    private final class Allowance {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition reserved = lock.newCondition();
        private Instant windowStart = Instant.EPOCH;
        private Instant resetAt = Instant.EPOCH;
        private long generation;
        private long limit;
        private long batch;
        private long tokens;
        private long headroom = Long.MAX_VALUE;
        private boolean reserving;
        /** Reservations that failed, and the last failure: what a caller that waited for one answers. */
        private long failures;
        private RuntimeException failure;
        private Instant lastReservation = Instant.EPOCH;
        private Instant blockedUntil = Instant.EPOCH;

        /**
         * Spends one request. Without a store (a caller that must not wait) it answers null where a reservation
         * is needed first; with one it reserves, or waits for the reservation already on its way.
         */
        Decision take(Check check, Instant now, boolean mayWait) {
            Reservation ahead = null;
            Decision decision;
            lock.lock();
            try {
                decision = takeLocked(check, now, mayWait);
                if (decision != null && decision.admitted()) {
                    ahead = reserveAhead(check.key(), now);
                }
            } finally {
                lock.unlock();
            }
            if (ahead != null) {
                reserveInBackground(ahead);
            }
            return decision;
        }

        /**
         * A caller that waited for a reservation in progress and saw it fail answers that failure rather than trying
         * the store itself: while the store is down each call takes its whole timeout, and the caller would wait for
         * two (or, queued behind other callers, more) instead of one.
         */
        private Decision takeLocked(Check check, Instant now, boolean mayWait) {
            long failuresSeen = -1;
            while (true) {
                roll(check, now);
                if (tokens > 0) {
                    tokens--;
                    return admitted(check);
                }
                if (now.isBefore(blockedUntil)) {
                    return refused(check, Duration.between(now, blockedUntil));
                }
                if (!mayWait) {
                    return null;
                }
                if (reserving) {
                    if (failuresSeen < 0) {
                        failuresSeen = failures;
                    }
                    reserved.awaitUninterruptibly();
                    if (failures != failuresSeen) {
                        throw failure;
                    }
                    continue;
                }
                Reservation reservation = begin(check.key(), now);
                WindowCounts counts;
                RuntimeException failed = null;
                lock.unlock();
                try {
                    counts = store.add(reservation.key(), reservation.windowStart(), WINDOW, reservation.amount());
                } catch (RuntimeException e) {
                    failed = e;
                    throw e;
                } finally {
                    lock.lock();
                    finish(failed);
                }
                apply(reservation, counts, now);
            }
        }

        /** Starts over in a new window, or when the organization's limit changed. */
        private void roll(Check check, Instant now) {
            Instant start = RateLimitStore.windowStart(now, WINDOW);
            if (!start.isAfter(windowStart) && limit == check.limit()) {
                return; // the current window, or a caller whose clock reading is older than another's
            }
            if (limit != check.limit()) {
                batch = batchOf(check.limit());
            }
            if (start.isAfter(windowStart)) {
                windowStart = start;
                resetAt = start.plus(WINDOW);
            }
            limit = check.limit();
            generation++;
            tokens = 0;
            headroom = Long.MAX_VALUE;
            blockedUntil = Instant.EPOCH;
        }

        /**
         * The batch adapts to the traffic: it doubles (up to {@link #maxBatchOf(long) a fiftieth of the limit})
         * while a batch lasts less than a second, so that a busy client costs about one store call a second, and
         * halves back toward {@link #batchOf(long)} when one lasted more than a minute.
         */
        private Reservation begin(String key, Instant now) {
            Duration since = Duration.between(lastReservation, now);
            if (since.compareTo(Duration.ofSeconds(1)) < 0) {
                batch = Math.min(batch * 2, maxBatchOf(limit));
            } else if (since.compareTo(Duration.ofMinutes(1)) > 0) {
                batch = Math.max(batchOf(limit), batch / 2);
            }
            lastReservation = now;
            reserving = true;
            return new Reservation(key, windowStart, generation, Math.max(1, Math.min(batch, headroom)));
        }

        /**
         * With a quarter of the batch left, the next batch is reserved on the refill executor while this one is
         * spent, so that a steady client rarely finds its allowance empty.
         */
        private Reservation reserveAhead(String key, Instant now) {
            if (refills == null || reserving || tokens > batch / 4 || headroom == 0 || now.isBefore(blockedUntil)) {
                return null;
            }
            return begin(key, now);
        }

        private void reserveInBackground(Reservation reservation) {
            try {
                refills.execute(() -> reserve(reservation));
            } catch (RuntimeException e) {
                // refused by a stopping executor: the next request that finds the allowance empty reserves itself
                done(reservation, null, null);
            }
        }

        private void reserve(Reservation reservation) {
            WindowCounts counts = null;
            RuntimeException failed = null;
            try {
                counts = store.add(reservation.key(), reservation.windowStart(), WINDOW, reservation.amount());
            } catch (RuntimeException e) {
                // the store is unavailable: nothing was reserved; the requests waiting for this batch answer the
                // failure, and the next one that finds the allowance empty tries again
                failed = e;
            } finally {
                done(reservation, counts, failed);
            }
        }

        private void done(Reservation reservation, WindowCounts counts, RuntimeException failed) {
            lock.lock();
            try {
                if (counts != null) {
                    apply(reservation, counts, clock.now());
                }
                finish(failed);
            } finally {
                lock.unlock();
            }
        }

        /** Ends the reservation in progress, with the lock held, and wakes the callers waiting for it. */
        private void finish(RuntimeException failed) {
            reserving = false;
            if (failed != null) {
                failure = failed;
                failures++;
            }
            reserved.signalAll();
        }

        /**
         * Takes in what the store granted: the reservation's share of what the limit leaves once everything counted
         * before it (other instances' reservations and this one's unspent quota) is subtracted. A reservation that
         * comes back with nothing left sets the wait until the sliding count falls below the limit.
         */
        private void apply(Reservation reservation, WindowCounts counts, Instant now) {
            if (reservation.generation() != generation) {
                return; // the window rolled meanwhile: that count closes unused
            }
            double counted = counts.estimate(reservation.windowStart(), WINDOW, now);
            double before = counted - reservation.amount();
            long granted = (long) Math.max(0, Math.min(reservation.amount(), Math.floor(limit - before)));
            tokens += granted;
            headroom = (long) Math.max(0, Math.floor(limit - counted));
            if (granted < reservation.amount()) {
                blockedUntil = now.plus(counts.waitUntilBelow(limit - 1, reservation.windowStart(), WINDOW, now));
            }
        }

        boolean idleAt(Instant currentWindow, Instant now) {
            if (!lock.tryLock()) {
                return false;
            }
            try {
                return windowStart.isBefore(currentWindow) && !now.isBefore(blockedUntil) && !reserving;
            } finally {
                lock.unlock();
            }
        }

        private Decision admitted(Check check) {
            long remaining = Math.min(limit, headroom + tokens);
            return new Decision(true, limit, remaining, resetAt, Duration.ZERO, check.kind());
        }

        private Decision refused(Check check, Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1_000);
            return new Decision(false, limit, 0, blockedUntil, Duration.ofSeconds(seconds), check.kind());
        }
    }
}
