package io.soundport.domain.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers the outcome of a request made with an {@code Idempotency-Key}, so that repeating it replays the
 * first answer. A key is scoped to the caller who used it.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request with this fingerprint, or returns what is already stored under it.
     * Exactly one of several concurrent callers gets {@link Claim.Claimed}.
     */
    Claim claim(String scope, String key, String fingerprint, Instant now, Instant expiresAt);

    /** Stores the answer of a claimed key. */
    void complete(String scope, String key, StoredResponse response);

    /** Forgets a claimed key whose request failed, so that the caller may try again. */
    void release(String scope, String key);

    /** Removes records that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);

    /** A stored answer: status, body and the headers worth replaying. */
    record StoredResponse(int status, String contentType, byte[] body, String location, String etag) {
    }

    /** What a claim found. */
    sealed interface Claim {
        /** The key was free and is now held by this request. */
        record Claimed() implements Claim {
        }

        /** The key is held by a request that has not finished yet. */
        record InProgress(String fingerprint) implements Claim {
        }

        /** The key already has an answer. */
        record Completed(String fingerprint, StoredResponse response) implements Claim {
        }
    }

    /** Finds a stored record without claiming; used by tests and diagnostics. */
    Optional<Claim> find(String scope, String key);
}
