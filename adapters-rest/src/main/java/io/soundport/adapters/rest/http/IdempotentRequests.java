package io.soundport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.soundport.application.platform.IdempotencyService;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.port.IdempotencyStore.StoredResponse;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Runs a POST under its {@code Idempotency-Key}: the first request runs, a repeat with the same body replays the
 * stored answer (with {@code Idempotent-Replayed: true}), a repeat with another body is a CONFLICT. A request that
 * fails is not remembered, so it may be retried with the same key.
 */
@Singleton
public final class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyService idempotency;
    private final ObjectMapper json;

    public IdempotentRequests(IdempotencyService idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    public HttpResponse<?> run(HttpRequest<?> request, Caller caller, Object body, Supplier<MutableHttpResponse<?>> action) {
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return action.get();
        }
        IdempotencyService.Decision decision = idempotency.begin(caller.key(), key.strip(), fingerprint(request, body));
        if (decision instanceof IdempotencyService.Decision.Replay replay) {
            return replay(replay.response());
        }
        IdempotencyService.Decision.Proceed proceed = (IdempotencyService.Decision.Proceed) decision;
        MutableHttpResponse<?> response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            idempotency.abandon(proceed);
            throw e;
        }
        if (response.code() >= 500) {
            idempotency.abandon(proceed);
            return response;
        }
        try {
            byte[] bytes = response.getBody().isPresent() ? json.writeValueAsBytes(response.getBody().get()) : new byte[0];
            idempotency.complete(proceed, new StoredResponse(response.code(), MediaType.APPLICATION_JSON, bytes,
                    response.getHeaders().get(HttpHeaders.LOCATION), response.getHeaders().get(HttpHeaders.ETAG)));
        } catch (JsonProcessingException e) {
            idempotency.abandon(proceed);
            throw new IllegalStateException("response body could not be stored for replay", e);
        }
        return response;
    }

    private static MutableHttpResponse<?> replay(StoredResponse stored) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(stored.status()))
                .header(REPLAYED, "true");
        if (stored.body() != null && stored.body().length > 0) {
            response.contentType(stored.contentType()).body(stored.body());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        return response;
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
}
