package io.soundport.adapters.http;

import io.soundport.domain.catalog.MediaFormat;
import io.soundport.domain.distribution.ApiCredentials;
import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Protocol;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonReader;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Delivers to HTTP partners: the package is POSTed to the partner's endpoint as {@code multipart/form-data}, one
 * part per file (part name and file name both the file's path in the package: the media as
 * {@code resources/<name>} first, streamed from their store, then the message, the manifest last), with
 * {@code X-Soundport-Message-Id} and {@code X-Soundport-Delivery-Kind}, and the partner's credentials
 * ({@link ApiCredentials}): {@code Authorization: Bearer} for a token, {@code Authorization: Basic} for a user name
 * and password, or a header of the partner's naming for a key.
 *
 * <p>As for webhooks ({@link OkHttpWebhookTransport}), the endpoint passes the {@link SsrfGuard} before the call
 * and the client's DNS lookup passes the resolved addresses through the guard again; no proxy is used, redirects
 * are not followed (a 3xx fails), OkHttp does not retry on its own, and the call has a connect timeout and a total
 * timeout covering connecting, sending and reading the answer: the configured one, plus a second per
 * {@value #BYTES_PER_SECOND_ALLOWED} bytes of the package, so that a large upload at a reasonable pace is not cut
 * off while a stalled one still is.
 *
 * <p>A 2xx is a delivery. The partner's reference is the {@code id} member of a JSON object answer, else its
 * {@code reference} member, else the {@code Location} header; a 2xx with none of them is still delivered, without a
 * reference. Anything else, a time-out, or a connection failure is a failed result with the reason. At most
 * {@value #MAX_RESPONSE_BYTES} bytes of the answer are read. The credentials never appear in a result.
 */
public final class HttpDeliveryGateway implements DeliveryGateway {
    public static final String USER_AGENT = "Soundport-Delivery/1";
    public static final String MESSAGE_ID_HEADER = "X-Soundport-Message-Id";
    public static final String KIND_HEADER = "X-Soundport-Delivery-Kind";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_RESPONSE_BYTES = 64 * 1024;
    /** The slowest pace of an upload the total timeout allows for, beyond the configured timeout. */
    static final long BYTES_PER_SECOND_ALLOWED = 512 * 1024;
    private static final int MAX_REFERENCE_LENGTH = 500;

    private final SsrfGuard guard;
    private final OkHttpClient client;
    private final Duration connectTimeout;
    private final Duration callTimeout;

    /** A gateway with a 10 s connect timeout and a 60 s total timeout. */
    public HttpDeliveryGateway(SsrfGuard guard) {
        this(guard, DEFAULT_CONNECT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    public HttpDeliveryGateway(SsrfGuard guard, Duration connectTimeout, Duration callTimeout) {
        this(guard, connectTimeout, callTimeout, OpenTelemetry.noop());
    }

    /** Calls are client spans of {@code openTelemetry}'s tracer and carry the current trace to the receiver. */
    public HttpDeliveryGateway(SsrfGuard guard, Duration connectTimeout, Duration callTimeout,
                               OpenTelemetry openTelemetry) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.connectTimeout = connectTimeout;
        this.callTimeout = callTimeout;
        this.client = GuardedClients.build(this.guard, connectTimeout, callTimeout, openTelemetry);
    }

    @Override
    public boolean handles(Protocol protocol) {
        return protocol == Protocol.HTTP;
    }

    @Override
    public Result deliver(Partner partner, String credentials, DeliveryPackage delivery) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(delivery, "delivery");
        if (!handles(partner.protocol())) {
            return Result.failed("refused: partner " + partner.id() + " is " + partner.protocol() + ", not HTTP");
        }
        String url = partner.endpoint();
        try {
            guard.check(url, "endpoint");
        } catch (DomainException refused) {
            String reason = refused.details().isEmpty() ? refused.getMessage() : refused.details().get(0).message();
            return Result.failed("refused by the SSRF guard: endpoint " + reason);
        }

        ApiCredentials access;
        try {
            access = ApiCredentials.parse(credentials);
        } catch (DomainException unusable) {
            return Result.failed("the credentials cannot be sent in an HTTP header");
        }
        Request request;
        try {
            Request.Builder builder = new Request.Builder()
                    .url(url)
                    .post(multipart(delivery))
                    .header("User-Agent", USER_AGENT)
                    .header(MESSAGE_ID_HEADER, delivery.messageId())
                    .header(KIND_HEADER, delivery.kind().name())
                    .header("Accept", "application/json");
            authenticate(builder, access);
            request = builder.build();
        } catch (IllegalArgumentException unsendable) {
            // OkHttp refuses header values with line breaks or non-ASCII; the message would echo the value
            return Result.failed("the credentials or the message id cannot be sent in an HTTP header");
        }

        Call call = client.newCall(request);
        long bytes = delivery.files().stream().mapToLong(DeliveryPackage.PackageFile::size).sum();
        call.timeout().timeout(callTimeout.toMillis() + bytes * 1000 / BYTES_PER_SECOND_ALLOWED,
                TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            int status = response.code();
            String body = read(response.body());
            if (status >= 200 && status < 300) {
                return Result.delivered(reference(body, response.header("Location")));
            }
            if (status >= 300 && status < 400) {
                return Result.failed("HTTP " + status + ": redirects are not followed");
            }
            return Result.failed("HTTP " + status);
        } catch (IOException e) {
            if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                return Result.failed("interrupted");
            }
            return Result.failed(describe(e));
        }
    }

    /** The partner's credentials as request headers; nothing when it has none. */
    private static void authenticate(Request.Builder request, ApiCredentials credentials) {
        if (credentials instanceof ApiCredentials.Bearer bearer) {
            request.header("Authorization", "Bearer " + bearer.token());
        } else if (credentials instanceof ApiCredentials.Basic basic) {
            request.header("Authorization", Credentials.basic(basic.username(), basic.password(),
                    StandardCharsets.UTF_8));
        } else if (credentials instanceof ApiCredentials.NamedKey key) {
            request.header(key.name(), key.value());
        }
    }

    private static RequestBody multipart(DeliveryPackage delivery) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        // the manifest last, as in every drop: a receiver streaming the parts sees every file before it
        for (DeliveryPackage.PackageFile file : delivery.inWriteOrder()) {
            body.addFormDataPart(file.path(), file.path(), streamed(file));
        }
        return body.build();
    }

    /** The file's bytes, read from its source while the request is written (again on each attempt). */
    private static RequestBody streamed(DeliveryPackage.PackageFile file) {
        MediaType type = mediaType(file.name());
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return file.size();
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                long written;
                try (InputStream in = file.source().open(); okio.Source source = Okio.source(in)) {
                    written = sink.writeAll(source);
                }
                if (written != file.size()) {
                    throw new IOException(file.name() + " was " + written + " bytes where the package lists "
                            + file.size());
                }
            }
        };
    }

    private static MediaType mediaType(String name) {
        if (name.endsWith(".xml")) {
            return MediaType.get("application/xml; charset=utf-8");
        }
        if (name.endsWith(".json")) {
            return MediaType.get("application/json; charset=utf-8");
        }
        for (MediaFormat format : MediaFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return MediaType.get(format.contentType());
            }
        }
        return MediaType.get("application/octet-stream");
    }

    /** The partner's reference: the JSON answer's {@code id}, else its {@code reference}, else the Location. */
    static String reference(String body, String location) {
        Map<String, String> members = topLevel(body == null ? null : body.strip());
        for (String candidate : new String[]{members.get("id"), members.get("reference"), location}) {
            if (candidate != null && !candidate.isBlank()) {
                String value = candidate.strip();
                return value.length() > MAX_REFERENCE_LENGTH ? value.substring(0, MAX_REFERENCE_LENGTH) : value;
            }
        }
        return null;
    }

    /**
     * The top-level string and number members of a JSON object answer (numbers as their text); empty when the answer
     * is not a JSON object.
     */
    private static Map<String, String> topLevel(String json) {
        Map<String, Object> members;
        try {
            members = json == null ? Map.of() : JsonReader.readObject(json);
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
        Map<String, String> values = new java.util.HashMap<>();
        members.forEach((name, value) -> {
            if (value instanceof String || value instanceof java.math.BigDecimal) {
                values.put(name, value.toString());
            }
        });
        return values;
    }

    /** At most {@value #MAX_RESPONSE_BYTES} bytes of the answer, as UTF-8; empty when it cannot be read. */
    private static String read(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the status is what counts; a broken body after it leaves the reference to the Location header
            return "";
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

}
