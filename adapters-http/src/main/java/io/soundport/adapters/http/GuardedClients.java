package io.soundport.adapters.http;

import okhttp3.OkHttpClient;

import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one way this module builds an HTTP client for a URL a tenant gave: every resolved address through the SSRF
 * guard, no proxy (it would bypass that check), no redirects, no silent retry (the callers retry on their own
 * schedules; a second POST would be a duplicate), and bounded connect and total times.
 */
final class GuardedClients {
    private GuardedClients() {
    }

    static OkHttpClient build(SsrfGuard guard, Duration connectTimeout, Duration callTimeout) {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(callTimeout, "callTimeout");
        return new OkHttpClient.Builder()
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
