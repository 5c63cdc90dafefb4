package io.soundport.application.platform;

import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a command at most once per idempotency key: the first call with a key runs its work and its outcome is kept
 * for 24 hours; a repeat with the same fingerprint replays that outcome without running the work again; the same key
 * with another fingerprint, or while the first call still runs, is a CONFLICT. A work that fails (or whose result
 * is not to be kept) releases the key, so that the call may be retried. Any program that embeds the core can wrap a
 * use case in it; the REST adapter wraps every POST that carries an {@code Idempotency-Key}.
 *
 * <p>Two steps. The claim answers at once (a concurrent repeat sees it and is refused without waiting) and is a short
 * lease ({@link #DEFAULT_LEASE} unless told otherwise) under a token of its own. Then the work, the encoding of its
 * result and the stored outcome run in one unit of work of the {@link TransactionRunner}, the outcome conditional on
 * the token still holding the key: they commit together or not at all. So a call that dies anywhere leaves either
 * its writes with their outcome (a retry replays it) or neither and a claim that ends with its lease (a retry runs
 * the work for the first time, after at most one lease of CONFLICTs); and a call that outlives its lease while a
 * retry takes the key over fails with a CONFLICT as a whole, so nothing is done twice.
 *
 * <p>The work joins that unit of work (every adapter of the runner joins a nested one), so it must not read back
 * what it wrote itself, as a DynamoDB unit of work defers every write to its commit: a use case that opens one unit
 * of work of its own, as every use case the REST adapter wraps does, is fine. A unit of work larger than one DynamoDB
 * {@code TransactWriteItems} call commits in several; the outcome then goes with the last of them.
 */
public final class IdempotentCommands {
    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long the claim of a call that has not finished keeps its key from a retry. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(10);

    private final IdempotencyStore store;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Duration lease;

    public IdempotentCommands(IdempotencyStore store, TransactionRunner transactions, Clock clock) {
        this(store, transactions, clock, DEFAULT_LEASE);
    }

    public IdempotentCommands(IdempotencyStore store, TransactionRunner transactions, Clock clock, Duration lease) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("The lease of an idempotency claim must be positive: " + lease);
        }
    }

    /** The result of the work on the first call with this key, or the replay of its kept outcome on a repeat. */
    public <R> R run(IdempotentCall call, IdempotentWork<R> work) {
        Instant now = clock.now();
        Claim claim = store.claim(call.scope(), call.key(), call.fingerprint(), now, now.plus(lease));
        if (claim instanceof Claim.Completed done) {
            if (!done.fingerprint().equals(call.fingerprint())) {
                throw DomainException.conflict("This Idempotency-Key was used for a different request; use a new key");
            }
            return work.replay(done.outcome());
        }
        if (claim instanceof Claim.InProgress running) {
            if (!running.fingerprint().equals(call.fingerprint())) {
                throw DomainException.conflict("This Idempotency-Key was used for a different request; use a new key");
            }
            // the claim of a request that died ends within the lease: the same request then runs, or replays
            throw DomainException.busy("A request with this Idempotency-Key is still being processed; retry later",
                    lease);
        }
        String token = ((Claim.Claimed) claim).token();
        try {
            work.prepare();
        } catch (RuntimeException | Error failure) {
            release(call, token, failure);
            throw failure;
        }
        return performAndRecord(call, token, work);
    }

    private <R> R performAndRecord(IdempotentCall call, String token, IdempotentWork<R> work) {
        Performed<R> performed;
        try {
            performed = transactions.inTransaction(() -> {
                R result = work.perform();
                Optional<RecordedOutcome> outcome = work.record(result);
                outcome.ifPresent(kept -> store.complete(call.scope(), call.key(), token, kept,
                        clock.now().plus(RETENTION)));
                return new Performed<>(result, outcome.isPresent());
            });
        } catch (RuntimeException | Error failure) {
            release(call, token, failure);
            throw failure;
        }
        if (!performed.kept()) {
            release(call, token, null);
        }
        return performed.result();
    }

    private record Performed<R>(R result, boolean kept) {
    }

    private void release(IdempotentCall call, String token, Throwable failure) {
        try {
            transactions.run(() -> store.release(call.scope(), call.key(), token));
        } catch (RuntimeException releaseFailure) {
            if (failure == null) {
                throw releaseFailure;
            }
            // the work's own failure is what the caller must see; the claim ends with its lease anyway
            failure.addSuppressed(releaseFailure);
        }
    }
}
