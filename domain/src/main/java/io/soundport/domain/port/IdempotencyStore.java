package io.soundport.domain.port;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the outcome of a command made with an idempotency key, so that repeating it replays the first
 * outcome. A key is scoped to the caller who used it. Every method may run inside a {@link TransactionRunner} unit of
 * work; an adapter either joins it or answers at once, and says which.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a command with this fingerprint, or returns what is already stored under it.
     * Exactly one of several concurrent callers gets {@link Claim.Claimed}.
     */
    Claim claim(String scope, String key, String fingerprint, Instant now, Instant expiresAt);

    /** Stores the outcome of a claimed key. */
    void complete(String scope, String key, RecordedOutcome outcome);

    /** Forgets a claimed key whose command failed, so that the caller may try again. */
    void release(String scope, String key);

    /** Removes records that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);

    /**
     * The outcome of a finished command, as the caller who ran it chose to keep it for replay: an opaque payload and
     * a few named attributes (the REST edge keeps its status, content type, location and ETag there). The store
     * keeps both byte for byte and never reads them. Without a payload it holds an empty array, never null.
     */
    record RecordedOutcome(byte[] payload, Map<String, String> attributes) {
        public RecordedOutcome {
            payload = payload == null ? new byte[0] : payload.clone();
            attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        /** Equal payload bytes and attributes, as arrays do not compare by content in a record. */
        @Override
        public boolean equals(Object other) {
            return other instanceof RecordedOutcome that && Arrays.equals(payload, that.payload)
                    && attributes.equals(that.attributes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(payload) + attributes.hashCode();
        }

        @Override
        public String toString() {
            return "RecordedOutcome[" + payload.length + " bytes, " + attributes + "]";
        }
    }

    /** What a claim found. */
    sealed interface Claim {
        /** The key was free and is now held by this command. */
        record Claimed() implements Claim {
        }

        /** The key is held by a command that has not finished yet. */
        record InProgress(String fingerprint) implements Claim {
        }

        /** The key already has an outcome. */
        record Completed(String fingerprint, RecordedOutcome outcome) implements Claim {
        }
    }

    /** Finds a stored record without claiming; used by tests and diagnostics. */
    Optional<Claim> find(String scope, String key);
}
