package io.soundport.adapters.http;

import io.opentelemetry.api.OpenTelemetry;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one way this module builds an HTTP client for a URL a tenant gave: every resolved address through the SSRF
 * guard, no proxy (it would bypass that check), no redirects, no silent retry (the callers retry on their own
 * schedules; a second POST would be a duplicate), and bounded connect and total times.
 *
 * <p>Receivers close connections (HTTP/1.0 after every answer, keep-alive ones after an idle time of their own), so
 * a pooled connection may be dead when it is picked. That must cost nothing: idle connections are kept only
 * {@link #IDLE_KEEP_ALIVE} (below the shortest idle timeouts of common servers), a connection an answer ends is not
 * pooled, and a pooled connection found closed before any byte was written is replaced by a fresh one
 * ({@link FreshConnectionRetry}); OkHttp's own retry stays off because it may resend a request already written.
 *
 * <p>Every call is a client span of the current trace and carries its {@code traceparent} ({@link TraceInterceptor});
 * with {@link OpenTelemetry#noop()} only a trace already current on the calling thread is passed on.
 */
final class GuardedClients {
    /**
     * Idle connections kept, to all hosts together: as many as the webhook senders use at once (32 by default, up to
     * 16 to one receiver), so that a burst of sends to one receiver reuses its connections instead of closing all but
     * a few and opening them again. They are closed after {@link #IDLE_KEEP_ALIVE} anyway.
     */
    static final int MAX_IDLE_CONNECTIONS = 64;
    static final Duration IDLE_KEEP_ALIVE = Duration.ofSeconds(1);

    private GuardedClients() {
    }

    static OkHttpClient build(SsrfGuard guard, Duration connectTimeout, Duration callTimeout,
                              OpenTelemetry openTelemetry) {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(callTimeout, "callTimeout");
        FreshConnectionRetry freshConnections = new FreshConnectionRetry();
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, IDLE_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
                // first, so that the span covers the call with its retry on a fresh connection
                .addInterceptor(new TraceInterceptor(openTelemetry))
                .addInterceptor(freshConnections.application())
                .addNetworkInterceptor(freshConnections.network())
                .dns(guard::resolvePermitted)
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
