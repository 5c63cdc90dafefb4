package io.soundport.adapters.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.platform.UpstreamAnswer;
import io.soundport.domain.platform.UpstreamAttempt;
import io.soundport.domain.platform.UpstreamInstances;
import io.soundport.domain.platform.UpstreamRequest;
import io.soundport.domain.platform.Upstreams;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway's calls to service instances on OkHttp, built like every client of this module for URLs given from
 * outside ({@link GuardedClients}: SSRF guard on the resolved addresses, no proxy, no redirects, no silent retry),
 * with the gateway's connect and total timeouts. Bodies stream both ways: the caller's body is written to the
 * instance as it is read, and the answer's body is handed on unread.
 *
 * <p>Each instance has a resilience4j circuit breaker: it opens when at least half of the last
 * {@value #WINDOW} calls (and at least {@value #MIN_CALLS}) failed (no connection, no answer, or an answer of 502,
 * 503 or 504), refuses calls while open, and lets one trial call through once {@code openFor} has passed: it
 * closes again if the trial succeeds.
 */
public final class OkHttpUpstreams implements Upstreams {
    static final int WINDOW = 5;
    static final int MIN_CALLS = 3;
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> BODY_FORBIDDEN = Set.of("GET", "HEAD");

    private final OkHttpClient client;
    private final OkHttpClient probes;
    private final CircuitBreakerRegistry breakers;

    /**
     * @param connectTimeout how long opening a connection to an instance may take
     * @param timeout        how long a whole exchange may take, the answer's body included
     * @param openFor        how long an open breaker refuses calls before it lets a trial through
     */
    public OkHttpUpstreams(SsrfGuard guard, Duration connectTimeout, Duration timeout, Duration openFor) {
        this(guard, connectTimeout, timeout, openFor, OpenTelemetry.noop());
    }

    /** As above, each call a client span that sends its {@code traceparent} upstream. */
    public OkHttpUpstreams(SsrfGuard guard, Duration connectTimeout, Duration timeout, Duration openFor,
                           OpenTelemetry openTelemetry) {
        this.client = GuardedClients.build(guard, connectTimeout, timeout, openTelemetry).newBuilder()
                .eventListenerFactory(call -> new SentListener())
                .build();
        Duration probeTimeout = timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
        this.probes = client.newBuilder()
                .callTimeout(probeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(probeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(MIN_CALLS)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    /** Marks a call once its request starts going out: a failure after that may have reached the instance. */
    private static final class SentListener extends EventListener {
        @Override
        public void requestHeadersStart(Call call) {
            AtomicBoolean sent = call.request().tag(AtomicBoolean.class);
            if (sent != null) {
                sent.set(true);
            }
        }
    }

    @Override
    public UpstreamAttempt send(String instance, UpstreamRequest request) {
        CircuitBreaker breaker = breakers.circuitBreaker(instance);
        if (!breaker.tryAcquirePermission()) {
            return new UpstreamAttempt.Refused();
        }
        AtomicBoolean sent = new AtomicBoolean();
        Request call;
        try {
            call = new Request.Builder()
                    .url(UpstreamInstances.targetUrl(instance, request.path(), request.query()))
                    .headers(UpstreamHeaders.request(request.headers(), request.origin(), request.identity()))
                    .method(request.method(), body(request))
                    .tag(AtomicBoolean.class, sent)
                    .build();
        } catch (IllegalArgumentException malformed) {
            breaker.releasePermission();
            return new UpstreamAttempt.Unreachable("the request cannot be sent there: " + malformed.getMessage());
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = client.newCall(call).execute();
        } catch (IOException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            String reason = describe(e);
            return sent.get() ? new UpstreamAttempt.Failed(reason) : new UpstreamAttempt.Unreachable(reason);
        }
        int status = response.code();
        boolean unavailable = UNAVAILABLE.contains(status);
        if (unavailable) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                    new IOException("the instance answered " + status));
        } else {
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        ResponseBody body = response.body();
        return new UpstreamAttempt.Answered(new UpstreamAnswer(status, UpstreamHeaders.answer(response.headers()),
                body.byteStream(), body.contentLength(), unavailable));
    }

    /** The caller's body, streamed once as it is read; an empty one where the method needs one, none for GET. */
    private static RequestBody body(UpstreamRequest request) {
        String method = request.method();
        if (request.body() == null || BODY_FORBIDDEN.contains(method)) {
            return BODY_REQUIRED.contains(method) ? RequestBody.create(new byte[0]) : null;
        }
        return new StreamedBody(request.body(), request.length());
    }

    /** A body written from the caller's stream; its Content-Type is the caller's header, passed as it is. */
    private static final class StreamedBody extends RequestBody {
        private final InputStream in;
        private final long length;

        StreamedBody(InputStream in, long length) {
            this.in = in;
            this.length = length;
        }

        @Override
        public MediaType contentType() {
            return null;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try (Source source = Okio.source(in)) {
                sink.writeAll(source);
            }
        }
    }

    @Override
    public boolean probe(String instance, String path) {
        Request request;
        try {
            request = new Request.Builder().url(UpstreamInstances.targetUrl(instance, path, null))
                    .header("Accept-Encoding", "identity").get().build();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        try (Response response = probes.newCall(request).execute()) {
            return response.isSuccessful();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public BreakerState breaker(String instance) {
        return breakers.find(instance).map(b -> switch (b.getState()) {
            case OPEN, FORCED_OPEN -> BreakerState.OPEN;
            case HALF_OPEN -> BreakerState.HALF_OPEN;
            default -> BreakerState.CLOSED;
        }).orElse(BreakerState.CLOSED);
    }

    private static String describe(IOException e) {
        if (e instanceof SsrfGuard.RefusedHostException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
