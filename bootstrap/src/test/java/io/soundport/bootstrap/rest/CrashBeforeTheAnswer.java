package io.soundport.bootstrap.rest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.soundport.application.platform.IdempotentCommands;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdempotencyStore;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Injects a crash of the server between a request's writes and its stored answer, on a server started with
 * {@code soundport.test.crash-before-answer=true}: the first request under a key starting with {@link #PREFIX} dies
 * where its answer is recorded, and nothing it would have done afterwards happens (its key is not released).
 */
@Factory
@Requires(property = "soundport.test.crash-before-answer", value = "true")
class CrashBeforeTheAnswer {
    static final String PREFIX = "crash-before-answer-";

    @Singleton
    @Replaces(IdempotentCommands.class)
    IdempotentCommands idempotency(PersistencePorts p, Clock clock,
            @Property(name = "soundport.idempotency.lease", defaultValue = "10s") Duration lease) {
        return new IdempotentCommands(new CrashingStore(p.idempotency()), p.transactions(), clock, lease);
    }

    /** The real store of the backend, but the process "dies" on the first answer of a crash key. */
    private static final class CrashingStore implements IdempotencyStore {
        private final IdempotencyStore store;
        private final Set<String> crashedKeys = ConcurrentHashMap.newKeySet();
        private final Set<String> deadClaims = ConcurrentHashMap.newKeySet();

        CrashingStore(IdempotencyStore store) {
            this.store = store;
        }

        @Override
        public Claim claim(String scope, String key, String fingerprint, Instant now, Instant leaseUntil) {
            return store.claim(scope, key, fingerprint, now, leaseUntil);
        }

        @Override
        public void complete(String scope, String key, String token, RecordedOutcome outcome, Instant keepUntil) {
            if (key.startsWith(PREFIX) && crashedKeys.add(scope + "/" + key)) {
                deadClaims.add(token);
                throw new IllegalStateException("injected crash between the writes and the answer of " + key);
            }
            store.complete(scope, key, token, outcome, keepUntil);
        }

        @Override
        public void release(String scope, String key, String token) {
            if (deadClaims.contains(token)) {
                return; // the crashed process never got this far
            }
            store.release(scope, key, token);
        }

        @Override
        public int purgeExpired(Instant now) {
            return store.purgeExpired(now);
        }

        @Override
        public Optional<Claim> find(String scope, String key) {
            return store.find(scope, key);
        }
    }
}
