package io.soundport.application.identity;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request path asks of the cache: answers without the database, and staleness within its bound. */
class AuthenticatorCacheTest {
    private final Core core = new Core();
    private final CountingApiKeys counted = new CountingApiKeys(core.store.apiKeys());
    private final Authenticator authenticator = new Authenticator(counted, core.store.memberships(),
            core.store.organizations(), core.clock);
    private final Caller admin = core.member(Role.ADMIN);
    private final Application app = core.applications().create(admin,
            CreateApplicationCommand.of("Partner portal", "dev@partner.example", "partner.example"));
    private final IssuedApiKey issued = core.apiKeys().create(admin,
            CreateApiKeyCommand.of(app.id(), "CI", List.of("read"), null, core.clock.now()));

    @Test
    void a_cached_key_authenticates_without_calling_the_api_keys_port() {
        Caller first = authenticator.apiKey(issued.plaintext()).orElseThrow();
        int callsAfterLoading = counted.calls.get();

        Authenticator.CachedKey cached = authenticator.cachedApiKey(issued.plaintext());
        for (int i = 0; i < 100; i++) {
            authenticator.apiKey(issued.plaintext());
            authenticator.cachedApiKey(issued.plaintext());
        }

        assertThat(cached).isEqualTo(new Authenticator.CachedKey.Known(first));
        assertThat(counted.calls.get()).isEqualTo(callsAfterLoading);
    }

    @Test
    void an_uncached_key_is_not_looked_up_by_the_cache_check() {
        assertThat(authenticator.cachedApiKey(issued.plaintext())).isEqualTo(Authenticator.CachedKey.NOT_CACHED);
        assertThat(counted.calls.get()).isZero();
    }

    @Test
    void a_key_known_as_invalid_is_refused_from_the_cache() {
        assertThat(authenticator.apiKey("sp_live_unknown")).isEmpty();
        int calls = counted.calls.get();

        assertThat(authenticator.cachedApiKey("sp_live_unknown")).isEqualTo(Authenticator.CachedKey.REFUSED);
        assertThat(authenticator.cachedApiKey(" ")).isEqualTo(Authenticator.CachedKey.REFUSED);
        assertThat(counted.calls.get()).isEqualTo(calls);
    }

    @Test
    void a_key_revoked_behind_this_instance_leaves_the_cache_within_its_staleness_bound() {
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();
        // revoked through the store, as another instance would: this authenticator is not told
        core.store.apiKeys().revoke(admin.organizationId(), issued.key().id(), core.clock.now());

        core.clock.advance(Authenticator.STALENESS.minusMillis(1));
        assertThat(authenticator.cachedApiKey(issued.plaintext())).as("still cached within the bound")
                .isInstanceOf(Authenticator.CachedKey.Known.class);

        core.clock.advance(Duration.ofMillis(1));
        assertThat(authenticator.cachedApiKey(issued.plaintext())).as("past the bound")
                .isEqualTo(Authenticator.CachedKey.NOT_CACHED);
        assertThat(authenticator.apiKey(issued.plaintext())).isEmpty();
        assertThat(authenticator.cachedApiKey(issued.plaintext())).isEqualTo(Authenticator.CachedKey.REFUSED);
    }

    @Test
    void a_busy_key_writes_its_last_use_at_most_once_a_minute() {
        for (int second = 0; second < 180; second++) {
            authenticator.apiKey(issued.plaintext());
            core.clock.advance(Duration.ofSeconds(1));
        }

        // at 0 s, then at the first reload past a minute (65 s), then 130 s: the cache reloads every 5 s
        assertThat(counted.touches.get()).isEqualTo(3);
    }

    /** Counts every call that reaches the port. */
    private static final class CountingApiKeys implements ApiKeys {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger touches = new AtomicInteger();
        private final ApiKeys delegate;

        CountingApiKeys(ApiKeys delegate) {
            this.delegate = delegate;
        }

        @Override
        public void add(ApiKey key) {
            calls.incrementAndGet();
            delegate.add(key);
        }

        @Override
        public Optional<ApiKey> find(OrganizationId organizationId, ApiKeyId id) {
            calls.incrementAndGet();
            return delegate.find(organizationId, id);
        }

        @Override
        public Optional<ApiKey> findByHash(String keyHash) {
            calls.incrementAndGet();
            return delegate.findByHash(keyHash);
        }

        @Override
        public Page<ApiKey> list(OrganizationId organizationId, ApplicationId applicationId, PageRequest page) {
            calls.incrementAndGet();
            return delegate.list(organizationId, applicationId, page);
        }

        @Override
        public boolean revoke(OrganizationId organizationId, ApiKeyId id, Instant at) {
            calls.incrementAndGet();
            return delegate.revoke(organizationId, id, at);
        }

        @Override
        public int revokeAll(OrganizationId organizationId, ApplicationId applicationId, Instant at) {
            calls.incrementAndGet();
            return delegate.revokeAll(organizationId, applicationId, at);
        }

        @Override
        public void touch(ApiKeyId id, Instant at) {
            calls.incrementAndGet();
            touches.incrementAndGet();
            delegate.touch(id, at);
        }
    }
}
