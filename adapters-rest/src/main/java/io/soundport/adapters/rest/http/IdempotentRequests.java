package io.soundport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.soundport.application.platform.IdempotentCall;
import io.soundport.application.platform.IdempotentCommands;
import io.soundport.application.platform.IdempotentWork;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a POST under its {@code Idempotency-Key}: the first request runs, a repeat with the same body replays the
 * stored answer (with {@code Idempotent-Replayed: true}), a repeat with another body is a CONFLICT. A request that
 * fails, or answers 5xx, is not remembered, so it may be retried with the same key.
 *
 * <p>The edge of {@link IdempotentCommands}, which makes every decision: this class only fingerprints the request
 * (method, path, body) and turns an answer into a recorded outcome and back. The outcome's payload is the JSON body;
 * its attributes are the status, content type, {@code Location} and {@code ETag} under the names below, which the
 * PostgreSQL migration V4 and the DynamoDB adapter also give to records kept before outcomes became opaque.
 */
@Singleton
public final class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String STATUS = "status";
    private static final String CONTENT_TYPE = "contentType";
    private static final String LOCATION = "location";
    private static final String ETAG = "etag";

    private final IdempotentCommands idempotency;
    private final ObjectMapper json;

    public IdempotentRequests(IdempotentCommands idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * The answer of {@code action}, or the replay of the answer it gave before. A replay's body is the stored JSON of
     * a {@code T}: the same bytes on the wire, typed as the controller declares its answer (which the OpenAPI
     * document shows).
     */
    @SuppressWarnings("unchecked")
    public <T> HttpResponse<T> run(HttpRequest<?> request, Caller caller, Object body,
                                   Supplier<MutableHttpResponse<T>> action) {
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return action.get();
        }
        return (HttpResponse<T>) idempotency.run(call(caller, key.strip(), fingerprint(request, body)),
                new Answer(action::get));
    }

    /**
     * The same, for an action that needs {@code prepare}'s answer first and must not wait for it inside the unit of
     * work (it waits on the network): {@code prepare} runs once the key is claimed, outside the unit of work, and
     * not at all on a repeat.
     */
    @SuppressWarnings("unchecked")
    public <P, T> HttpResponse<T> run(HttpRequest<?> request, Caller caller, Object body, Supplier<P> prepare,
                                      Function<P, MutableHttpResponse<T>> action) {
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return action.apply(prepare.get());
        }
        AtomicReference<P> prepared = new AtomicReference<>();
        return (HttpResponse<T>) idempotency.run(call(caller, key.strip(), fingerprint(request, body)),
                new Answer(() -> action.apply(prepared.get()), () -> prepared.set(prepare.get())));
    }

    /** The core names the key by its domain field; the caller knows it by its header. */
    private static IdempotentCall call(Caller caller, String key, String fingerprint) {
        try {
            return IdempotentCall.of(caller, key, fingerprint);
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            throw DomainException.invalid(e.details().stream()
                    .map(d -> IdempotentCall.KEY_FIELD.equals(d.field()) ? new FieldError(HEADER, d.message()) : d)
                    .toList());
        }
    }

    private String fingerprint(HttpRequest<?> request, Object body) {
        try {
            String canonical = request.getMethodName() + " " + request.getPath() + "\n"
                    + (body == null ? "" : json.writeValueAsString(body));
            return Secrets.sha256Hex(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body could not be fingerprinted", e);
        }
    }

    /** A controller's answer as idempotent work: kept unless it is a server error, replayed as it was sent. */
    private final class Answer implements IdempotentWork<MutableHttpResponse<?>> {
        private final Supplier<? extends MutableHttpResponse<?>> action;
        private final Runnable prepare;

        Answer(Supplier<? extends MutableHttpResponse<?>> action) {
            this(action, () -> { });
        }

        Answer(Supplier<? extends MutableHttpResponse<?>> action, Runnable prepare) {
            this.action = action;
            this.prepare = prepare;
        }

        @Override
        public void prepare() {
            prepare.run();
        }

        @Override
        public MutableHttpResponse<?> perform() {
            return action.get();
        }

        @Override
        public Optional<RecordedOutcome> record(MutableHttpResponse<?> response) {
            if (response.code() >= 500) {
                return Optional.empty();
            }
            byte[] payload;
            try {
                payload = response.getBody().isPresent() ? json.writeValueAsBytes(response.getBody().get()) : new byte[0];
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("response body could not be stored for replay", e);
            }
            Map<String, String> attributes = new HashMap<>();
            attributes.put(STATUS, Integer.toString(response.code()));
            attributes.put(CONTENT_TYPE, MediaType.APPLICATION_JSON);
            putIfPresent(attributes, LOCATION, response.getHeaders().get(HttpHeaders.LOCATION));
            putIfPresent(attributes, ETAG, response.getHeaders().get(HttpHeaders.ETAG));
            return Optional.of(new RecordedOutcome(payload, attributes));
        }

        @Override
        public MutableHttpResponse<?> replay(RecordedOutcome outcome) {
            Map<String, String> attributes = outcome.attributes();
            MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(
                    HttpStatus.valueOf(Integer.parseInt(attributes.get(STATUS)))).header(REPLAYED, "true");
            byte[] payload = outcome.payload();
            if (payload.length > 0) {
                response.contentType(attributes.get(CONTENT_TYPE)).body(payload);
            }
            if (attributes.containsKey(LOCATION)) {
                response.header(HttpHeaders.LOCATION, attributes.get(LOCATION));
            }
            if (attributes.containsKey(ETAG)) {
                response.header(HttpHeaders.ETAG, attributes.get(ETAG));
            }
            return response;
        }
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
