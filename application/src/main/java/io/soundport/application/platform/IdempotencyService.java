package io.soundport.application.platform;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.StoredResponse;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code Idempotency-Key} on POST: the first request with a key runs and its answer is kept for 24 hours; the same
 * key with the same request replays that answer; the same key with another request is a CONFLICT.
 */
public final class IdempotencyService {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int MAX_KEY_LENGTH = 255;

    /** What to do with a request that carries a key. */
    public sealed interface Decision {
        /** Run the request, then {@link #complete} or {@link #abandon}. */
        record Proceed(String scope, String key) implements Decision {
        }

        /** Answer with the stored response. */
        record Replay(StoredResponse response) implements Decision {
        }
    }

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyService(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** {@code fingerprint} identifies the request (method, path, body hash); {@code callerKey} scopes the key. */
    public Decision begin(String callerKey, String key, String fingerprint) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Instant now = clock.now();
        Claim claim = store.claim(callerKey, key, fingerprint, now, now.plus(RETENTION));
        if (claim instanceof Claim.Claimed) {
            return new Decision.Proceed(callerKey, key);
        }
        if (claim instanceof Claim.Completed done) {
            if (!done.fingerprint().equals(fingerprint)) {
                throw DomainException.conflict("This Idempotency-Key was used for a different request; use a new key");
            }
            return new Decision.Replay(done.response());
        }
        throw DomainException.conflict("A request with this Idempotency-Key is still being processed; retry later");
    }

    public void complete(Decision.Proceed proceed, StoredResponse response) {
        store.complete(proceed.scope(), proceed.key(), response);
    }

    public void abandon(Decision.Proceed proceed) {
        store.release(proceed.scope(), proceed.key());
    }

    public static String callerKey(Caller caller) {
        return caller.key();
    }
}
