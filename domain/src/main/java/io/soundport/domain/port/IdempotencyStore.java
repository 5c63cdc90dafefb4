package io.soundport.domain.port;

import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the outcome of a command made with an idempotency key, so that repeating it replays the first
 * outcome. A key is scoped to the caller who used it.
 *
 * <p>A claim is a short lease held under a random token: it answers at once (a concurrent repeat must see it
 * without waiting for anyone's commit) and expires at the time the caller gives, after which another claim takes
 * the key over with a new token. The outcome is stored by {@link #complete}, which joins the calling thread's
 * {@link TransactionRunner} unit of work on every adapter, so that it commits with the command's own writes or not
 * at all, and only while the claim is still held with the caller's token: a command whose lease ran out and was
 * taken over fails as a whole. A crash at any point thus leaves either the writes with their outcome, or neither and
 * a claim that expires with its lease.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a command with this fingerprint until {@code leaseUntil}, or returns what is already
     * stored under it; a claim whose lease ended before {@code now} (or at it) is taken over. Exactly one of several
     * concurrent callers gets {@link Claim.Claimed}, with a token of its own. Answers at once, inside a unit of work
     * too (in memory and on PostgreSQL it joins one; on DynamoDB it is written at once).
     */
    Claim claim(String scope, String key, String fingerprint, Instant now, Instant leaseUntil);

    /**
     * Stores the outcome of a key claimed with {@code token}, kept until {@code keepUntil}; joins the unit of work of
     * the calling thread, and commits only with it. Fails with a CONFLICT, writing nothing of that unit of work, when
     * the key is no longer held with this token (its lease ran out and another claim took it, or it was released).
     */
    void complete(String scope, String key, String token, RecordedOutcome outcome, Instant keepUntil);

    /**
     * Forgets a key claimed with {@code token} whose command failed, so that the caller may try again; a key taken
     * over or completed meanwhile is left as it is.
     */
    void release(String scope, String key, String token);

    /** The failure of a {@link #complete} whose claim is no longer held: every adapter throws this one. */
    static DomainException claimLost() {
        return DomainException.conflict("The claim on this Idempotency-Key ran out and another request took it"
                + " over; nothing of this request was kept");
    }

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
        /** The key was free (or its lease had ended) and is now held by this command, under {@code token}. */
        record Claimed(String token) implements Claim {
            public Claimed {
                Objects.requireNonNull(token, "token");
            }
        }

        /** The key is held by a command that has not finished yet, and whose lease has not ended. */
        record InProgress(String fingerprint) implements Claim {
        }

        /** The key already has an outcome. */
        record Completed(String fingerprint, RecordedOutcome outcome) implements Claim {
        }
    }

    /** Finds a stored record without claiming; used by tests and diagnostics. */
    Optional<Claim> find(String scope, String key);
}
