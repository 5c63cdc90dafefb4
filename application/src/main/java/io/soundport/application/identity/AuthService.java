package io.soundport.application.identity;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.Secrets;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Registration, sign-in, refresh-token rotation with reuse detection, sign-out and the caller's profile. Who the
 * people are and whether their password matches is {@link Accounts}'s business; this service opens their sessions.
 */
public final class AuthService {
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);
    private static final String BAD_CREDENTIALS = "The e-mail or the password is wrong";
    private static final String BAD_REFRESH = "The refresh token is not valid; sign in again";

    private final TransactionRunner tx;
    private final Organizations organizations;
    private final Memberships memberships;
    private final RefreshTokens refreshTokens;
    private final Accounts accounts;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuthThrottle throttle;
    private final AuditRecorder audit;

    public AuthService(TransactionRunner tx, Organizations organizations, Memberships memberships,
                       RefreshTokens refreshTokens, Accounts accounts, IdGenerator ids, Clock clock,
                       AuthThrottle throttle, AuditRecorder audit) {
        this.tx = tx;
        this.organizations = organizations;
        this.memberships = memberships;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Creates the user (or takes up an invited one) and a new organization they own, and queues the mail with the link
     * that verifies their address, all in one unit of work: the invitations to it count only once it is verified. The
     * sign-up is audited with the new user as its actor, in the new organization.
     */
    public AuthSession register(RegisterCommand command, Origin origin) {
        String passwordHash = accounts.hashPassword(command.password());
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            User user = accounts.signUp(command, passwordHash, now);
            Organization organization = Organization.create(OrganizationId.generate(ids), command.organizationName(), now);
            organizations.add(organization);
            memberships.add(new Membership(organization.id(), user.id(), Role.OWNER, now, now, 1));
            audit.record(Caller.member(organization.id(), user.id(), Role.OWNER).from(origin), "user.registered",
                    user.id().value());
            accounts.sendVerification(user, organization.id());
            return openSession(user, organization, Role.OWNER, newFamily(), now);
        });
    }

    /**
     * Signs in; refused ({@code RATE_LIMIT_EXCEEDED}) while the e-mail and client address have failed too often
     * ({@link AuthThrottle}), whatever the password. A wrong password and an unknown address count alike; only a
     * successful sign-in is audited (failures are the throttle's business, and may name no account at all).
     */
    public AuthSession login(LoginCommand command, Origin origin) {
        throttle.checkLogin(command.email(), command.clientAddress());
        User user = accounts.withPassword(command.email(), command.password()).orElseThrow(() -> {
            throttle.loginFailed(command.email(), command.clientAddress());
            return DomainException.unauthenticated(BAD_CREDENTIALS);
        });
        throttle.loginSucceeded(command.email(), command.clientAddress());
        Membership membership = pickMembership(user, command.organizationId());
        Organization organization = organizations.find(membership.organizationId())
                .orElseThrow(() -> DomainException.unauthenticated(BAD_CREDENTIALS));
        Instant now = clock.now();
        return tx.inTransaction(() -> {
            audit.record(Caller.member(organization.id(), user.id(), membership.role()).from(origin),
                    "user.signed_in", user.id().value());
            return openSession(user, organization, membership.role(), newFamily(), now);
        });
    }

    /**
     * Rotates a refresh token: the presented one dies, a new one of the same family is issued. A token that was
     * already used means a copy is in someone else's hands: the whole family is revoked.
     */
    public AuthSession refresh(RefreshTokensCommand command) {
        Instant now = clock.now();
        RefreshToken token = refreshTokens.findByHash(Secrets.sha256Hex(command.refreshToken()))
                .orElseThrow(() -> DomainException.unauthenticated(BAD_REFRESH));
        if (token.status() == RefreshToken.Status.USED) {
            refreshTokens.revokeFamily(token.familyId());
            throw DomainException.unauthenticated("This refresh token was used before; every session of this "
                    + "sign-in is revoked. Sign in again");
        }
        if (!token.usableAt(now)) {
            throw DomainException.unauthenticated(BAD_REFRESH);
        }
        return tx.inTransaction(() -> {
            if (!refreshTokens.markUsed(token.id())) {
                refreshTokens.revokeFamily(token.familyId());
                throw DomainException.unauthenticated(BAD_REFRESH);
            }
            User user = accounts.find(token.userId()).orElseThrow(() -> DomainException.unauthenticated(BAD_REFRESH));
            Membership membership = memberships.find(token.organizationId(), token.userId())
                    .filter(m -> m.admits(user))
                    .orElseThrow(() -> DomainException.unauthenticated("You are no longer a member of this organization"));
            Organization organization = organizations.find(token.organizationId())
                    .orElseThrow(() -> DomainException.unauthenticated(BAD_REFRESH));
            return openSession(user, organization, membership.role(), token.familyId(), now);
        });
    }

    /**
     * Revokes the family of the presented token; unknown tokens are ignored so that logout is idempotent. A sign-out
     * is audited under the token's user and organization (whatever their role now: the token proves who they were).
     */
    public void logout(LogoutCommand command, Origin origin) {
        refreshTokens.findByHash(Secrets.sha256Hex(command.refreshToken())).ifPresent(token -> tx.run(() -> {
            refreshTokens.revokeFamily(token.familyId());
            audit.record(new Caller(token.organizationId(), token.userId(), null, null, Set.of(), origin),
                    "user.signed_out", token.userId().value());
        }));
    }

    public Profile profile(Caller caller) {
        UserId userId = caller.requireUser();
        User user = accounts.find(userId).orElseThrow(() -> DomainException.unauthenticated("Unknown user"));
        Organization organization = organizations.find(caller.organizationId())
                .orElseThrow(() -> DomainException.unauthenticated("Unknown organization"));
        return new Profile(user, organization, caller.role());
    }

    /**
     * The requested membership, or the oldest one that lets the user in. An invitation to an address not verified
     * yet is refused in words that say what to do: the user has proved their password, not their mailbox.
     */
    private Membership pickMembership(User user, OrganizationId requested) {
        List<Membership> all = memberships.ofUser(user.id()).stream()
                .filter(m -> requested == null || m.organizationId().equals(requested))
                .toList();
        return all.stream()
                .filter(m -> m.admits(user))
                .findFirst()
                .orElseThrow(() -> {
                    if (!all.isEmpty()) {
                        return DomainException.forbidden("You were invited with " + user.email() + ", which is not "
                                + "verified yet: open the link mailed to it (or ask for a new verification mail) "
                                + "to join this organization");
                    }
                    return DomainException.unauthenticated(requested == null
                            ? "This account belongs to no organization any more"
                            : "This account is not a member of organization " + requested);
                });
    }

    private AuthSession openSession(User user, Organization organization, Role role, String familyId, Instant now) {
        String plain = Secrets.random("sprt_", 43);
        Instant expiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        refreshTokens.add(new RefreshToken(RefreshTokenId.generate(ids), familyId, user.id(), organization.id(),
                Secrets.sha256Hex(plain), now, expiresAt, RefreshToken.Status.ACTIVE));
        return new AuthSession(user, organization, role, plain, expiresAt);
    }

    private String newFamily() {
        return ids.next("fam");
    }
}
