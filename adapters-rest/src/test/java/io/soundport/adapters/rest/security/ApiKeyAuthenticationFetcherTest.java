package io.soundport.adapters.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.soundport.application.identity.Authenticator;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyAuthenticationFetcherTest {
    private static final String PLAINTEXT = "sp_live_fetcher_test_key";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ApiKey KEY = new ApiKey(ApiKeyId.of("key_1"), ApplicationId.of("app_1"),
            OrganizationId.of("org_1"), "CI", "sp_live_fetch", Secrets.sha256Hex(PLAINTEXT), Set.of(Scope.READ),
            NOW, null, null, NOW);

    private final OneKey keys = new OneKey();
    private final CountingExecutor blocking = new CountingExecutor();
    private final Authenticator authenticator = new Authenticator(keys, null, null, () -> NOW);
    private final ApiKeyAuthenticationFetcher fetcher = new ApiKeyAuthenticationFetcher(authenticator, blocking);

    @AfterEach
    void stop() {
        blocking.shutdownNow();
    }

    private Optional<Caller> fetch(String key) {
        Authentication authentication = Mono.from(fetcher.fetchAuthentication(
                HttpRequest.GET("/api/v1/releases").header(ApiKeyAuthenticationFetcher.HEADER, key))).block();
        return Optional.ofNullable(authentication)
                .map(a -> (Caller) a.getAttributes().get(ApiKeyAuthenticationFetcher.CALLER));
    }

    @Test
    void an_uncached_key_is_looked_up_on_the_blocking_pool_then_answered_from_the_cache_on_the_calling_thread() {
        Caller first = fetch(PLAINTEXT).orElseThrow();
        assertThat(blocking.tasks.get()).isEqualTo(1);
        assertThat(keys.lookups.get()).isEqualTo(1);

        for (int i = 0; i < 10; i++) {
            assertThat(fetch(PLAINTEXT)).contains(first);
        }

        assertThat(blocking.tasks.get()).as("no hop to the blocking pool on a cache hit").isEqualTo(1);
        assertThat(keys.lookups.get()).as("no database call on a cache hit").isEqualTo(1);
        assertThat(first.apiKeyId()).isEqualTo(KEY.id());
    }

    @Test
    void a_key_cached_as_unknown_is_refused_on_the_calling_thread() {
        assertThat(fetch("sp_live_nobody")).isEmpty();
        assertThat(fetch("sp_live_nobody")).isEmpty();

        assertThat(blocking.tasks.get()).isEqualTo(1);
        assertThat(keys.lookups.get()).isEqualTo(1);
    }

    @Test
    void a_request_without_a_key_is_not_authenticated_here() {
        Authentication none = Mono.from(fetcher.fetchAuthentication(HttpRequest.GET("/api/v1/releases"))).block();

        assertThat(none).isNull();
        assertThat(blocking.tasks.get()).isZero();
    }

    /** Runs what it is given on a thread of its own, counting the tasks. */
    private static final class CountingExecutor extends AbstractExecutorService {
        final AtomicInteger tasks = new AtomicInteger();
        private final ExecutorService delegate = Executors.newSingleThreadExecutor();

        @Override
        public void execute(Runnable command) {
            tasks.incrementAndGet();
            delegate.execute(command);
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }
    }

    /** One stored key, found by its hash; counts the lookups. */
    private static final class OneKey implements ApiKeys {
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public Optional<ApiKey> findByHash(String keyHash) {
            lookups.incrementAndGet();
            return KEY.keyHash().equals(keyHash) ? Optional.of(KEY) : Optional.empty();
        }

        @Override
        public void add(ApiKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void touch(ApiKeyId id, Instant at) {
            throw new UnsupportedOperationException();
        }
    }
}
