package io.soundport.application.identity;

import io.soundport.application.shared.BoundedCache;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.port.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns credentials into a {@link Caller}. Answers come from a cache whose entries live at most {@link #STALENESS}:
 * a request costs no database round trip, and a revoked key or a removed member stops working within that bound
 * (at once on this instance, which forgets the entry when it makes the change).
 */
public final class Authenticator {
    public static final Duration STALENESS = Duration.ofSeconds(5);
    /** {@code last_used_at} is written at most this often per key, so that a busy key does not write per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** What the cache alone says of a presented API key, without a database call. */
    public sealed interface CachedKey {
        /** Refused from the cache: malformed, or known as unknown, revoked or expired. */
        CachedKey REFUSED = new Refused();
        /** The cache holds no fresh answer: {@link #apiKey} must look the key up. */
        CachedKey NOT_CACHED = new NotCached();

        /** A valid key, standing for this caller. */
        record Known(Caller caller) implements CachedKey {
        }

        record Refused() implements CachedKey {
        }

        record NotCached() implements CachedKey {
        }
    }

    /** A stored key with the caller it stands for, made once per cache load rather than once per request. */
    private record KnownKey(ApiKey key, Caller caller) {
        static KnownKey of(ApiKey key) {
            return new KnownKey(key, Caller.apiKey(key.organizationId(), key.id(), key.scopes()));
        }

        Optional<Caller> callerAt(Instant now) {
            return key.validAt(now) ? Optional.of(caller) : Optional.empty();
        }
    }

    private record MemberKey(OrganizationId organizationId, UserId userId) {
    }

    private final ApiKeys apiKeys;
    private final Memberships memberships;
    private final Organizations organizations;
    private final Clock clock;
    private final BoundedCache<String, KnownKey> keysByHash;
    private final BoundedCache<MemberKey, Membership> members;
    private final BoundedCache<OrganizationId, Organization> organizationsById;

    public Authenticator(ApiKeys apiKeys, Memberships memberships, Organizations organizations, Clock clock) {
        this.apiKeys = apiKeys;
        this.memberships = memberships;
        this.organizations = organizations;
        this.clock = clock;
        this.keysByHash = new BoundedCache<>(STALENESS, 100_000, clock);
        this.members = new BoundedCache<>(STALENESS, 100_000, clock);
        this.organizationsById = new BoundedCache<>(STALENESS, 100_000, clock);
    }

    /**
     * The caller an API key stands for; empty when the key is unknown, revoked or expired (never says which). May
     * reach the database when the cache holds no fresh answer: {@link #cachedApiKey} never does.
     */
    public Optional<Caller> apiKey(String presentedKey) {
        if (malformed(presentedKey)) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return keysByHash.get(hash(presentedKey), h -> apiKeys.findByHash(h).map(key -> KnownKey.of(touch(key, now))))
                .flatMap(known -> known.callerAt(now));
    }

    /**
     * The answer {@link #apiKey} would give, from the cache alone, so that a request can be authenticated where it
     * must not wait for a database (an event loop); {@link CachedKey#NOT_CACHED} when only a lookup can tell.
     */
    public CachedKey cachedApiKey(String presentedKey) {
        if (malformed(presentedKey)) {
            return CachedKey.REFUSED;
        }
        Instant now = clock.now();
        return keysByHash.ifFresh(hash(presentedKey),
                held -> held.flatMap(known -> known.callerAt(now)).<CachedKey>map(CachedKey.Known::new)
                        .orElse(CachedKey.REFUSED),
                () -> CachedKey.NOT_CACHED);
    }

    private static boolean malformed(String presentedKey) {
        return presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200;
    }

    private static String hash(String presentedKey) {
        return Secrets.sha256Hex(presentedKey.strip());
    }

    /** The caller a verified access token stands for; empty when the user is no longer a member. */
    public Optional<Caller> member(OrganizationId organizationId, UserId userId) {
        return members.get(new MemberKey(organizationId, userId),
                        k -> memberships.find(k.organizationId(), k.userId()))
                .map(m -> Caller.member(m.organizationId(), m.userId(), m.role()));
    }

    /**
     * The caller's organization as of at most {@link #STALENESS} ago (its tier, its standing): what every request
     * checks, without a database round trip.
     */
    public Optional<Organization> organization(OrganizationId organizationId) {
        return organizationsById.get(organizationId, organizations::find);
    }

    /** The organization if the cache holds it fresh, without reaching the database; else empty. */
    public Optional<Organization> cachedOrganization(OrganizationId organizationId) {
        return organizationsById.peek(organizationId);
    }

    /** Forgets the cached organization, on this instance, after a change to it. */
    public void forgetOrganization(OrganizationId organizationId) {
        organizationsById.invalidate(organizationId);
    }

    void forgetKey(String keyHash) {
        keysByHash.invalidate(keyHash);
    }

    void forgetAllKeys() {
        keysByHash.invalidateAll();
    }

    void forgetMember(OrganizationId organizationId, UserId userId) {
        members.invalidate(new MemberKey(organizationId, userId));
    }

    private ApiKey touch(ApiKey key, Instant now) {
        if (key.validAt(now) && (key.lastUsedAt() == null
                || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now))) {
            apiKeys.touch(key.id(), now);
            return key.usedAt(now);
        }
        return key;
    }
}
