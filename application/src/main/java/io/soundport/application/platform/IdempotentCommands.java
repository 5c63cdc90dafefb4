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
 * <p>Claim, work and outcome are three steps, each a unit of work of the same {@link TransactionRunner}: the claim
 * commits before the work starts (a concurrent repeat sees it and is refused at once), the work commits its own
 * writes (so that it may read them back, which a DynamoDB unit of work does not allow), then the outcome commits.
 * Every adapter of the runner joins a nested unit of work, so a caller that runs {@link #run} inside one
 * {@code inTransaction} gets one commit wherever the store joins it too: in memory and on PostgreSQL. The DynamoDB
 * store writes claims and outcomes at once, before the unit of work commits the work's writes, so there a caller
 * runs {@link #run} outside any unit of work.
 */
public final class IdempotentCommands {
    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotencyStore store;
    private final TransactionRunner transactions;
    private final Clock clock;

    public IdempotentCommands(IdempotencyStore store, TransactionRunner transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The result of the work on the first call with this key, or the replay of its kept outcome on a repeat. */
    public <R> R run(IdempotentCall call, IdempotentWork<R> work) {
        Instant now = clock.now();
        Claim claim = transactions.inTransaction(() ->
                store.claim(call.scope(), call.key(), call.fingerprint(), now, now.plus(RETENTION)));
        if (claim instanceof Claim.Completed done) {
            if (!done.fingerprint().equals(call.fingerprint())) {
                throw DomainException.conflict("This Idempotency-Key was used for a different request; use a new key");
            }
            return work.replay(done.outcome());
        }
        if (claim instanceof Claim.InProgress) {
            throw DomainException.conflict("A request with this Idempotency-Key is still being processed; retry later");
        }
        return performAndRecord(call, work);
    }

    private <R> R performAndRecord(IdempotentCall call, IdempotentWork<R> work) {
        R result;
        Optional<RecordedOutcome> outcome;
        try {
            result = work.perform();
            outcome = work.record(result);
        } catch (RuntimeException | Error failure) {
            release(call, failure);
            throw failure;
        }
        if (outcome.isEmpty()) {
            release(call, null);
        } else {
            transactions.run(() -> store.complete(call.scope(), call.key(), outcome.get()));
        }
        return result;
    }

    private void release(IdempotentCall call, Throwable failure) {
        try {
            transactions.run(() -> store.release(call.scope(), call.key()));
        } catch (RuntimeException releaseFailure) {
            if (failure == null) {
                throw releaseFailure;
            }
            // the work's own failure is what the caller must see; the key expires with its retention anyway
            failure.addSuppressed(releaseFailure);
        }
    }
}
