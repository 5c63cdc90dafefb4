package io.soundport.adapters.http;

import io.opentelemetry.api.OpenTelemetry;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.webhooks.WebhookTransport;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Webhook POSTs over OkHttp. The URL passes the {@link SsrfGuard} before the call, and the client's DNS lookup passes
 * the resolved addresses through the guard again, so no connection is ever opened to an internal address (OkHttp
 * does not look IP literals up, hence the check before the call). No proxy is used, for the same reason. Redirects
 * are not followed: a 3xx is a failed attempt. The call has a connect timeout and a total timeout covering
 * connecting, sending and reading the answer; at most {@value #MAX_RESPONSE_BYTES} bytes of the answer are read,
 * then it is discarded.
 */
public final class OkHttpWebhookTransport implements WebhookTransport {
    public static final String USER_AGENT = "Soundport-Webhooks/1";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_RESPONSE_BYTES = 4096;

    private static final MediaType JSON = MediaType.get("application/json");

    private final SsrfGuard guard;
    private final OkHttpClient client;
    private final Duration connectTimeout;
    private final Duration callTimeout;

    /** A transport with a 5 s connect timeout and a 10 s total timeout. */
    public OkHttpWebhookTransport(SsrfGuard guard) {
        this(guard, DEFAULT_CONNECT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    public OkHttpWebhookTransport(SsrfGuard guard, Duration connectTimeout, Duration callTimeout) {
        this(guard, connectTimeout, callTimeout, OpenTelemetry.noop());
    }

    /** Calls are client spans of {@code openTelemetry}'s tracer and carry the current trace to the receiver. */
    public OkHttpWebhookTransport(SsrfGuard guard, Duration connectTimeout, Duration callTimeout,
                               OpenTelemetry openTelemetry) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.connectTimeout = connectTimeout;
        this.callTimeout = callTimeout;
        this.client = GuardedClients.build(this.guard, connectTimeout, callTimeout, openTelemetry);
    }

    @Override
    public Result post(String url, Map<String, String> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        long start = System.nanoTime();
        try {
            guard.check(url, "url");
        } catch (DomainException refused) {
            String reason = refused.details().isEmpty() ? refused.getMessage() : refused.details().get(0).message();
            return new Result(null, elapsedMs(start), "refused by the SSRF guard: url " + reason);
        }
        Request.Builder request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(body, JSON));
        headers.forEach(request::header);
        request.header("User-Agent", USER_AGENT);

        Call call = client.newCall(request.build());
        try (Response response = call.execute()) {
            int status = response.code();
            drain(response.body());
            long latency = elapsedMs(start);
            if (status >= 200 && status < 300) {
                return new Result(status, latency, null);
            }
            if (status >= 300 && status < 400) {
                return new Result(status, latency, "HTTP " + status + ": redirects are not followed");
            }
            return new Result(status, latency, "HTTP " + status);
        } catch (IOException e) {
            if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                return new Result(null, elapsedMs(start), "interrupted");
            }
            return new Result(null, elapsedMs(start), describe(e));
        }
    }

    /** Reads at most {@value #MAX_RESPONSE_BYTES} bytes of the answer and drops them; the status is what counts. */
    private static void drain(ResponseBody body) {
        if (body == null) {
            return;
        }
        try (InputStream in = body.byteStream()) {
            in.readNBytes(MAX_RESPONSE_BYTES);
        } catch (IOException ignored) {
            // The receiver answered with a status; a broken or slow body after it changes nothing.
        }
    }

    private String describe(IOException e) {
        if (e instanceof SsrfGuard.RefusedHostException) {
            return e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "host cannot be resolved: " + e.getMessage();
        }
        if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).contains("connect")) {
            return "timed out connecting (connect timeout " + connectTimeout.toMillis() + " ms)";
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp's call timeout throws one with the message "timeout"; socket read timeouts are its subclass
            return "timed out (total timeout " + callTimeout.toMillis() + " ms)";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "connection failed: " + e.getMessage();
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        return "I/O error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

}
