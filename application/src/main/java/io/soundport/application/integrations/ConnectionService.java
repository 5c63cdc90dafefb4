package io.soundport.application.integrations;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.OAuthTokens;
import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.Pkce;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user's connections to outside platforms (Spotify, Meta), within their organization: the OAuth authorization-code
 * flow that makes one, the list, disconnecting, and the access token the platform features call with.
 *
 * <p>{@link #start} stores a pending authorization under the SHA-256 of a random {@code state} (with the PKCE verifier,
 * sealed) for ten minutes and answers the provider's URL; {@link #complete} takes it back once, exchanges the code
 * outside any unit of work, and stores the sealed tokens. {@link #withAccess} hands a feature a working access token:
 * refreshed shortly before it expires, refreshed once more when the provider refuses it, and when the provider
 * refuses the grant itself the connection becomes NEEDS_RECONNECT and the answer RECONNECT_REQUIRED. No token is ever
 * stored, logged or answered in the clear.
 */
public final class ConnectionService {
    /** How long a started authorization may take to come back. */
    public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    /** An access token this close to expiring is refreshed before it is used. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(1);

    private final TransactionRunner tx;
    private final Connections connections;
    private final PendingAuthorizations pending;
    private final Memberships memberships;
    private final OAuthClients clients;
    private final EventRecorder events;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ConnectionService(TransactionRunner tx, Connections connections, PendingAuthorizations pending,
                             Memberships memberships, OAuthClients clients, EventRecorder events, AuditRecorder audit,
                             IdGenerator ids, Clock clock) {
        this.tx = tx;
        this.connections = connections;
        this.pending = pending;
        this.memberships = memberships;
        this.clients = clients;
        this.events = events;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Begins connecting the signed-in caller's account on {@code provider}: where to send their browser. */
    public AuthorizationStart start(Caller caller, Provider provider) {
        UserId user = caller.requireUser();
        caller.require(Permission.READ);
        OAuthProvider oauth = clients.of(provider);
        String state = Secrets.randomUrlSafe(32);
        String verifier = oauth.usesPkce() ? Secrets.randomUrlSafe(48) : null;
        Instant now = clock.now();
        Instant expiresAt = now.plus(STATE_LIFETIME);
        tx.run(() -> pending.add(new PendingAuthorization(Secrets.sha256Hex(state), caller.organizationId(), user,
                provider, clients.seal(verifier), now, expiresAt)));
        return new AuthorizationStart(provider, oauth.authorizationUrl(new OAuthProvider.AuthorizationRequest(state,
                clients.callbackOf(provider), verifier == null ? null : Pkce.challengeOf(verifier))), expiresAt);
    }

    /**
     * Finishes what {@link #start} began, for whoever the state was issued to: the state is taken (it cannot come back
     * twice), the code exchanged, and the connection stored ACTIVE, replacing an earlier grant, with an
     * {@code integration.connected} event. VALIDATION_ERROR on {@code state} when it is unknown, used, expired or of
     * another provider; AUTHORIZATION_ERROR when the user declined at the provider or left the organization since;
     * RECONNECT_REQUIRED when the provider refused the code.
     */
    public Connection complete(CallbackCommand command) {
        PendingAuthorization started = tx.inTransaction(() -> pending.take(Secrets.sha256Hex(command.state())))
                .filter(found -> found.provider() == command.provider())
                .orElseThrow(() -> DomainException.invalid("state",
                        "is unknown or was already used; start connecting again"));
        if (started.expiredAt(clock.now())) {
            throw DomainException.invalid("state", "expired: an authorization must come back within "
                    + STATE_LIFETIME.toMinutes() + " minutes; start connecting again");
        }
        if (command.error() != null) {
            throw DomainException.forbidden("The " + command.provider().slug() + " authorization was not granted ("
                    + command.error() + ")");
        }
        OAuthProvider oauth = clients.of(command.provider());
        OAuthTokens tokens = oauth.exchange(new OAuthProvider.CodeExchange(command.code(),
                clients.callbackOf(command.provider()), clients.unseal(started.sealedCodeVerifier())));
        String account = oauth.accountId(tokens.accessToken());
        Instant now = clock.now();
        Connection.Grant grant = clients.seal(tokens, now);
        return tx.inTransaction(() -> {
            Membership member = memberships.find(started.organizationId(), started.userId())
                    .orElseThrow(() -> DomainException.forbidden("You are no longer a member of this organization"));
            Connection connected = connections.find(started.organizationId(), started.userId(), command.provider())
                    .map(earlier -> connections.update(earlier.regranted(account, grant, now)))
                    .orElseGet(() -> {
                        Connection made = Connection.granted(ConnectionId.generate(ids), started.organizationId(),
                                started.userId(), command.provider(), account, grant, now);
                        connections.add(made);
                        return made;
                    });
            events.record(connected.connectedEvent(events.meta(started.organizationId(), now, 0)));
            audit.record(Caller.member(member.organizationId(), member.userId(), member.role()),
                    "integration.connected", connected.id().value());
            return connected;
        });
    }

    /**
     * Deletes the authorizations started and never come back, once expired; how many there were. Run now and then:
     * an expired one is refused anyway, this only keeps the store small.
     */
    public int forgetExpiredAuthorizations() {
        return tx.inTransaction(() -> pending.removeExpired(clock.now()));
    }

    /** Deletes every connection the user had in the organization they left (their tokens are not kept). */
    public void forgetMember(OrganizationId organizationId, UserId userId) {
        connections.removeAllOf(organizationId, userId);
    }

    /**
     * The user as a caller of their organization now, with their current role: for work done later, in the
     * background, through their connection. FORBIDDEN when they left the organization.
     */
    public Caller member(OrganizationId organizationId, UserId userId) {
        Membership member = memberships.find(organizationId, userId)
                .orElseThrow(() -> DomainException.forbidden("The user who started it left the organization"));
        return Caller.member(organizationId, userId, member.role());
    }

    /** The caller's connections in their organization, in the order of {@link Provider}. */
    public List<Connection> list(Caller caller) {
        UserId user = caller.requireUser();
        caller.require(Permission.READ);
        return connections.listFor(caller.organizationId(), user);
    }

    /**
     * Removes the caller's connection to {@code provider}, first revoking the grant at the provider where it allows
     * that; a provider failing to revoke does not keep the connection. NOT_FOUND when there is none.
     */
    public void disconnect(Caller caller, Provider provider) {
        UserId user = caller.requireUser();
        caller.require(Permission.READ);
        Connection connection = connections.find(caller.organizationId(), user, provider)
                .orElseThrow(() -> DomainException.notFound("Connection to", provider.slug()));
        boolean revoked;
        try {
            revoked = clients.of(provider).revoke(clients.unseal(connection.sealedAccessToken()));
        } catch (DomainException providerFailed) {
            revoked = false;
        }
        boolean revokedAtProvider = revoked;
        tx.run(() -> {
            if (!connections.remove(caller.organizationId(), user, provider)) {
                throw DomainException.notFound("Connection to", provider.slug());
            }
            Instant now = clock.now();
            events.record(connection.disconnectedEvent(events.meta(caller.organizationId(), now, 0),
                    revokedAtProvider));
            audit.record(caller, "integration.disconnected", connection.id().value());
        });
    }

    /**
     * Runs {@code call} with a working access token of the caller's connection to {@code provider}, and answers what
     * it answers. CONFLICT when the caller has no such connection, RECONNECT_REQUIRED when its grant is refused.
     */
    public <T> T withAccess(Caller caller, Provider provider, Function<String, T> call) {
        caller.requireUser();
        caller.require(Permission.READ);
        return withAccess(load(caller, provider), call);
    }

    /**
     * Runs {@code call} with a working access token of that member's connection to {@code provider}, for work the
     * organization set going through it (a campaign someone launched on Meta, paused or measured later by another
     * member, a key or a scheduled job). CONFLICT when the member has no such connection (any more),
     * RECONNECT_REQUIRED when its grant is refused.
     */
    public <T> T withAccessOf(MemberConnection member, Function<String, T> call) {
        Provider provider = member.provider();
        return withAccess(connections.find(member.organizationId(), member.userId(), provider)
                .orElseThrow(() -> new DomainException(ErrorCode.CONFLICT, "The member whose " + provider.slug()
                        + " connection this runs through has no " + provider.slug() + " connection any more")),
                call);
    }

    private <T> T withAccess(Connection stored, Function<String, T> call) {
        Connection connection = usable(stored);
        try {
            return call.apply(clients.unseal(connection.sealedAccessToken()));
        } catch (GrantRefusedException refused) {
            Connection refreshed = refresh(connection);
            try {
                return call.apply(clients.unseal(refreshed.sealedAccessToken()));
            } catch (GrantRefusedException again) {
                throw needsReconnect(refreshed);
            }
        }
    }

    /**
     * Checks that the caller has a connection to {@code provider} whose grant was not refused, without calling the
     * provider: CONFLICT when there is none, RECONNECT_REQUIRED when it needs connecting again.
     */
    public void requireConnected(Caller caller, Provider provider) {
        caller.require(Permission.READ);
        if (load(caller, provider).status() == ConnectionStatus.NEEDS_RECONNECT) {
            throw DomainException.reconnectRequired(provider.slug());
        }
    }

    /** The connection, refreshed first when its access token is about to expire. */
    private Connection usable(Connection connection) {
        if (connection.status() == ConnectionStatus.NEEDS_RECONNECT) {
            throw DomainException.reconnectRequired(connection.provider().slug());
        }
        return connection.expiresWithin(REFRESH_MARGIN, clock.now()) ? refresh(connection) : connection;
    }

    /**
     * A new access token from the refresh token, stored. When the provider refuses the refresh token, another request
     * may have rotated it a moment ago: the stored connection is read again and used if it changed; otherwise the
     * grant is gone.
     */
    private Connection refresh(Connection connection) {
        if (connection.sealedRefreshToken() == null) {
            throw needsReconnect(connection);
        }
        OAuthTokens tokens;
        try {
            tokens = clients.of(connection.provider()).refresh(clients.unseal(connection.sealedRefreshToken()));
        } catch (GrantRefusedException refused) {
            Connection stored = find(connection).orElseThrow(() -> notConnected(connection.provider()));
            if (stored.version() != connection.version() && stored.status() == ConnectionStatus.ACTIVE
                    && !stored.expiresWithin(REFRESH_MARGIN, clock.now())) {
                return stored;
            }
            throw needsReconnect(stored);
        }
        Instant now = clock.now();
        Connection.Grant grant = clients.seal(tokens, now);
        return tx.inTransaction(() -> {
            Connection stored = find(connection).orElseThrow(() -> notConnected(connection.provider()));
            if (stored.status() != ConnectionStatus.ACTIVE) {
                throw DomainException.reconnectRequired(stored.provider().slug());
            }
            return connections.update(stored.refreshed(grant, now));
        });
    }

    /** Marks the connection NEEDS_RECONNECT and answers the RECONNECT_REQUIRED to throw. */
    private DomainException needsReconnect(Connection connection) {
        tx.run(() -> find(connection)
                .filter(stored -> stored.status() == ConnectionStatus.ACTIVE)
                .ifPresent(stored -> connections.update(stored.needsReconnect(clock.now()))));
        return DomainException.reconnectRequired(connection.provider().slug());
    }

    private Optional<Connection> find(Connection connection) {
        return connections.find(connection.organizationId(), connection.userId(), connection.provider());
    }

    private Connection load(Caller caller, Provider provider) {
        return connections.find(caller.organizationId(), caller.requireUser(), provider)
                .orElseThrow(() -> notConnected(provider));
    }

    private static DomainException notConnected(Provider provider) {
        return new DomainException(ErrorCode.CONFLICT,
                "You have no " + provider.slug() + " connection; connect your " + provider.slug() + " account first");
    }
}
