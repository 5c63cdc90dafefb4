package io.soundport.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.identity.Member;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.User;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the identity endpoints answer. No view ever carries a password hash, a key hash or a token hash. */
final class IdentityViews {
    private IdentityViews() {
    }

    @Schema(name = "User")
    record UserView(String id, String email, String name, boolean emailVerified, Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.id().value(), u.email().value(), u.name(), u.emailVerified(), u.createdAt());
        }
    }

    @Schema(name = "EmailVerification", description = "The caller's address and whether it is verified")
    record EmailVerificationView(String email, boolean emailVerified) {
        static EmailVerificationView of(User u) {
            return new EmailVerificationView(u.email().value(), u.emailVerified());
        }
    }

    /** Never the operator who suspended it: its people see when and why. */
    @Schema(name = "Organization")
    record OrganizationView(String id, String name, @Schema(implementation = Tier.class) String tier, int requestsPerHour,
                            @Schema(implementation = OrganizationStatus.class) String status,
                            @Nullable Instant suspendedAt,
                            @Nullable @Schema(description = "The platform operator's reason, while SUSPENDED")
                            String suspensionReason,
                            @Nullable @Schema(description = "DDEX Party ID (PADPIDA...), the sender of its ERN messages")
                            String dpid,
                            @Schema(description = "the party name its ERN messages carry (its name unless set)")
                            String partyName,
                            Instant createdAt) {
        static OrganizationView of(Organization o) {
            Suspension s = o.suspension();
            return new OrganizationView(o.id().value(), o.name(), o.tier().name(), o.tier().requestsPerHour(),
                    o.status().name(), s == null ? null : s.at(), s == null ? null : s.reason(),
                    o.dpid() == null ? null : o.dpid().value(), o.ddexPartyName(), o.createdAt());
        }
    }

    @Schema(name = "AuthTokens")
    record AuthTokensView(UserView user, OrganizationView organization, @Schema(implementation = Role.class) String role, String accessToken,
                          String refreshToken, String tokenType, int expiresIn, Instant refreshExpiresAt) {
    }

    @Schema(name = "Profile")
    record ProfileView(UserView user, OrganizationView organization, @Schema(implementation = Role.class) String role,
                       @Schema(implementation = Tier.class) String tier) {
    }

    @Schema(name = "Member")
    record MemberView(String userId, String email, String name, @Schema(implementation = Role.class) String role, boolean active,
                      Instant joinedAt, long version) {
        static MemberView of(Member m) {
            return new MemberView(m.user().id().value(), m.user().email().value(), m.user().name(),
                    m.membership().role().name(), m.active(), m.membership().createdAt(),
                    m.membership().version());
        }
    }

    @Schema(name = "Application")
    record ApplicationView(String id, String applicationId, String name, @Nullable String email, @Nullable String domain,
                           Instant createdAt, Instant updatedAt, long version) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id().value(), a.id().value(), a.name(),
                    a.email() == null ? null : a.email().value(), a.domain(), a.createdAt(), a.updatedAt(),
                    a.version());
        }
    }

    @Schema(name = "ApiKey")
    record ApiKeyView(String id, String appId, String name, String prefix,
                      @Schema(ref = ApiDocs.SCOPES) List<String> scopes,
                      Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt,
                      boolean active) {
        static ApiKeyView of(ApiKey k, Instant now) {
            return new ApiKeyView(k.id().value(), k.applicationId().value(), k.name(), k.prefix(), scopeNames(k),
                    k.createdAt(), k.expiresAt(), k.revokedAt(), k.lastUsedAt(), k.validAt(now));
        }
    }

    @Schema(name = "IssuedApiKey", description = "A new key; `key` is shown this once")
    record IssuedApiKeyView(String id, String appId, String name, String key, String prefix,
                            @Schema(ref = ApiDocs.SCOPES) List<String> scopes, Instant createdAt, @Nullable Instant expiresAt) {
    }

    @Schema(name = "ApiKeyVerification")
    record ApiKeyVerificationView(boolean valid, @Nullable String appId, @Nullable String organizationId,
                                  @Nullable @Schema(ref = ApiDocs.SCOPES) List<String> scopes,
                                  @Nullable Instant expiresAt) {
    }

    static List<String> scopeNames(ApiKey k) {
        return k.scopes().stream().sorted().map(Scope::wireName).toList();
    }
}
