package io.soundport.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Every call to one outside provider, guarded by its {@link ProviderPolicy}; one instance per provider, shared by
 * its callers (thread-safe).
 *
 * <p>A call takes a place in the provider's bulkhead (or fails at once with SERVICE_UNAVAILABLE "is busy"), then
 * makes up to {@code 1 + retries} attempts within the call's total time. Each attempt asks the circuit breaker
 * (open: SERVICE_UNAVAILABLE with the time it stays open) and the {@link Pacer} (its turn), then sends, telling the
 * pacer when the request is written. An answer
 * below 500 but 429 is handed to the caller's {@link AnswerReader} and counts as a success for the breaker, 4xx
 * included; a dropped connection, a timeout and a 5xx count as failures. GET and HEAD are retried after an
 * {@code IOException}, a 429, 500, 502, 503 or 504: after the {@code Retry-After} the provider sent when it is no
 * longer than the policy's {@code maxRetryAfter} (a longer one fails at once with SERVICE_UNAVAILABLE carrying it),
 * else after a full-jitter exponential backoff. Other methods are sent once. What is left after the retries is an
 * INTEGRATION_ERROR naming the provider, or SERVICE_UNAVAILABLE when the provider said when to come back. A reader
 * that finds a rate limit in a 4xx body throws {@link Throttled}, and the answer is then treated as a 429.
 * OkHttp's own silent retry is off, so nothing is sent twice behind this class's back.
 */
public final class ProviderCalls {
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD");
    /** When a caller refused for a full bulkhead or a busy half-open breaker may try again. */
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final ProviderPolicy policy;
    private final String provider;
    private final CallObserver observer;
    private final Pacer pacer;
    private final OkHttpClient client;
    private final Bulkhead bulkhead;
    private final CircuitBreaker breaker;
    private final Clock clock = Clock.systemUTC();
    private volatile long openedAt;

    public ProviderCalls(ProviderPolicy policy) {
        this(policy, CallObserver.NONE, Pacer.NONE);
    }

    public ProviderCalls(ProviderPolicy policy, CallObserver observer, Pacer pacer) {
        this(policy, observer, pacer, new OkHttpClient());
    }

    /**
     * @param base a client whose interceptors and connection pool the calls share (tracing, for one); its
     *             timeouts are replaced by the policy's
     */
    public ProviderCalls(ProviderPolicy policy, CallObserver observer, Pacer pacer, OkHttpClient base) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.provider = policy.provider();
        this.observer = Objects.requireNonNull(observer, "observer");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        Duration timeout = policy.callTimeout();
        this.client = base.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(chain -> {
                    pacer.sending();
                    return chain.proceed(chain.request());
                })
                .build();
        this.bulkhead = Bulkhead.of(provider, BulkheadConfig.custom()
                .maxConcurrentCalls(policy.maxConcurrentCalls())
                .maxWaitDuration(policy.maxSlotWait())
                .build());
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.breakerWindow())
                .minimumNumberOfCalls(policy.breakerMinimumCalls())
                .failureRateThreshold(policy.breakerFailureRate())
                .waitDurationInOpenState(policy.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = System.nanoTime();
            }
        });
    }

    public ProviderPolicy policy() {
        return policy;
    }

    /** The circuit breaker's state now, for a gauge. */
    public BreakerState breakerState() {
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> BreakerState.OPEN;
            case HALF_OPEN -> BreakerState.HALF_OPEN;
            default -> BreakerState.CLOSED;
        };
    }

    /**
     * Sends {@code request} under the policy and answers what {@code reader} makes of the provider's answer.
     *
     * @throws DomainException INTEGRATION_ERROR or SERVICE_UNAVAILABLE as the class says, or what the reader threw
     */
    public <T> T execute(Request request, AnswerReader<T> reader) {
        long start = System.nanoTime();
        Tally tally = new Tally(start + policy.callTimeout().toNanos());
        try {
            if (!bulkhead.tryAcquirePermission()) {
                tally.outcome = CallOutcome.REJECTED;
                throw DomainException.unavailable(provider + " is busy: " + policy.maxConcurrentCalls()
                        + " calls are already running", BUSY_RETRY_AFTER);
            }
            try {
                return attempts(request, reader, tally);
            } finally {
                bulkhead.onComplete();
            }
        } finally {
            observe(tally.outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private <T> T attempts(Request request, AnswerReader<T> reader, Tally tally) {
        boolean idempotent = IDEMPOTENT.contains(request.method());
        for (int attempt = 0; ; attempt++) {
            acquire(tally);
            long left = tally.left();
            if (left <= 0) {
                breaker.releasePermission();
                throw timedOut();
            }
            long sent = System.nanoTime();
            Call call = client.newCall(request);
            call.timeout().timeout(left, TimeUnit.NANOSECONDS);
            Failure failure;
            try (Response response = call.execute()) {
                int status = response.code();
                if (status < 500 && status != 429) {
                    return read(response, reader, tally, sent);
                }
                if (status == 429) {
                    breaker.releasePermission();
                } else {
                    breaker.onError(System.nanoTime() - sent, TimeUnit.NANOSECONDS,
                            new IOException(provider + " answered " + status));
                }
                failure = new Failure(status, RetryAfter.parse(response.header("Retry-After"), clock), null, null);
            } catch (IOException e) {
                breaker.onError(System.nanoTime() - sent, TimeUnit.NANOSECONDS, e);
                failure = new Failure(0, null, e, null);
            } catch (ThrottledAnswer throttled) {
                failure = new Failure(throttled.status, throttled.limit.retryAfter(), null, throttled.limit.getMessage());
            } catch (DomainException fromReader) {
                throw fromReader;
            } catch (RuntimeException e) {
                // OkHttp or an interceptor of the base client failed before any answer: a bug, not the provider
                breaker.releasePermission();
                throw DomainException.integration(provider + " call failed: " + e.getClass().getSimpleName());
            }
            pause(failure, idempotent, attempt, tally);
        }
    }

    /** Waits before the next attempt, or throws what ends the call. */
    private void pause(Failure failure, boolean idempotent, int attempt, Tally tally) {
        if (failure.retryAfter() != null && failure.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
            tally.outcome = CallOutcome.THROTTLED;
            throw DomainException.unavailable(provider + " answered " + failure.status() + " and asks to retry after "
                    + failure.retryAfter().toSeconds() + " s", failure.retryAfter());
        }
        Duration wait = failure.retryAfter() != null ? failure.retryAfter()
                : fullJitter(attempt, policy.backoffBase(), ThreadLocalRandom.current().nextDouble());
        boolean retried = idempotent && failure.retriable() && attempt < policy.retries()
                && wait.toNanos() < tally.left();
        if (!retried) {
            throw exhausted(failure, wait, tally);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.integration(provider + " call was interrupted");
        }
    }

    private DomainException exhausted(Failure failure, Duration wait, Tally tally) {
        if (failure.status() == 429 || failure.throttle() != null) {
            tally.outcome = CallOutcome.THROTTLED;
            return DomainException.unavailable(provider + " is limiting our calls ("
                            + (failure.throttle() != null ? failure.throttle() : "429") + ")",
                    wait.isZero() ? BUSY_RETRY_AFTER : wait);
        }
        if (failure.retryAfter() != null) {
            return DomainException.unavailable(provider + " answered " + failure.status() + " and asks to retry after "
                    + failure.retryAfter().toSeconds() + " s", failure.retryAfter());
        }
        if (failure.status() != 0) {
            return DomainException.integration(provider + " answered " + failure.status());
        }
        IOException e = failure.exception();
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect timed out")) {
            return DomainException.integration(provider + " could not be reached");
        }
        if (tally.left() <= 0 || e instanceof InterruptedIOException) {
            return timedOut();
        }
        return DomainException.integration(provider + " dropped the connection before answering");
    }

    private DomainException timedOut() {
        return DomainException.integration(provider + " did not answer within " + policy.callTimeout().toMillis()
                + " ms");
    }

    private void acquire(Tally tally) {
        if (!breaker.tryAcquirePermission()) {
            tally.outcome = CallOutcome.BREAKER_OPEN;
            throw DomainException.unavailable(provider + " is unavailable: too many of its recent calls failed",
                    openFor());
        }
        try {
            pacer.awaitTurn(Duration.ofNanos(Math.max(0, tally.left())));
        } catch (RuntimeException refused) {
            breaker.releasePermission();
            tally.outcome = CallOutcome.REJECTED;
            throw refused;
        }
    }

    /** How long the open breaker keeps refusing; a breaker letting its trial through refuses for a moment. */
    private Duration openFor() {
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            Duration left = policy.breakerOpenFor().minusNanos(System.nanoTime() - openedAt);
            if (left.compareTo(Duration.ZERO) > 0) {
                return left;
            }
        }
        return BUSY_RETRY_AFTER;
    }

    private <T> T read(Response response, AnswerReader<T> reader, Tally tally, long sent) throws IOException {
        boolean clientError = response.code() >= 400;
        T value;
        try {
            value = reader.read(new Answer(provider, response));
        } catch (Throttled limit) {
            breaker.releasePermission();
            throw new ThrottledAnswer(response.code(), limit);
        } catch (RuntimeException refused) {
            breaker.onSuccess(System.nanoTime() - sent, TimeUnit.NANOSECONDS);
            tally.outcome = clientError ? CallOutcome.CLIENT_ERROR : CallOutcome.FAILURE;
            if (refused instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.integration(provider + " answered what cannot be read");
        }
        breaker.onSuccess(System.nanoTime() - sent, TimeUnit.NANOSECONDS);
        tally.outcome = clientError ? CallOutcome.CLIENT_ERROR : CallOutcome.SUCCESS;
        return value;
    }

    /** Full jitter: a delay drawn evenly from zero to {@code base * 2^attempt}; {@code random} is in [0, 1). */
    static Duration fullJitter(int attempt, Duration base, double random) {
        long ceiling = base.toNanos() << Math.min(attempt, 20);
        return Duration.ofNanos((long) (ceiling * random));
    }

    private void observe(CallOutcome outcome, Duration duration) {
        try {
            observer.observe(provider, outcome, duration);
        } catch (RuntimeException ignored) {
            // metrics must not fail a call
        }
    }

    /** What one call has come to: its outcome so far and when its time is up. */
    private static final class Tally {
        private final long deadline;
        private CallOutcome outcome = CallOutcome.FAILURE;

        Tally(long deadline) {
            this.deadline = deadline;
        }

        long left() {
            return deadline - System.nanoTime();
        }
    }

    /**
     * A failed attempt: the status of a failed answer (0 for none), its Retry-After, or the transport failure; and
     * the limit a reader found in the answer's body, if any.
     */
    private record Failure(int status, Duration retryAfter, IOException exception, String throttle) {
        boolean retriable() {
            return status == 0 || throttle != null || RETRIED.contains(status);
        }
    }

    /** A {@link Throttled} with the status of the answer it was read from, on its way out of {@link #read}. */
    private static final class ThrottledAnswer extends RuntimeException {
        private final int status;
        private final Throttled limit;

        ThrottledAnswer(int status, Throttled limit) {
            super(null, null, false, false);
            this.status = status;
            this.limit = limit;
        }
    }
}
