package io.soundport.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.identity.ChangeMemberRoleCommand;
import io.soundport.application.identity.UpdateOrganizationCommand;
import io.soundport.application.identity.CreateApiKeyCommand;
import io.soundport.application.identity.CreateApplicationCommand;
import io.soundport.application.identity.InviteMemberCommand;
import io.soundport.application.identity.LoginCommand;
import io.soundport.application.identity.LogoutCommand;
import io.soundport.application.identity.RefreshTokensCommand;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.identity.UpdateApplicationCommand;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the identity endpoints take, and the one place each becomes the core's command. */
final class IdentityRequests {
    private IdentityRequests() {
    }

    @Schema(name = "RegisterRequest")
    record RegisterRequest(@Schema(example = "ada@example.com") String email,
                           @Schema(description = "at least 10 characters") String password,
                           String name, String organizationName) {
        RegisterCommand command() {
            return RegisterCommand.of(email, password, name, organizationName);
        }

        @Override
        public String toString() {
            return "RegisterRequest[" + email + "]";
        }
    }

    @Schema(name = "LoginRequest")
    record LoginRequest(String email, String password,
                        @Nullable @Schema(description = "which of your organizations; the oldest when absent")
                        String organizationId) {
        LoginCommand command() {
            return LoginCommand.of(email, password, organizationId);
        }

        @Override
        public String toString() {
            return "LoginRequest[" + email + "]";
        }
    }

    @Schema(name = "RefreshRequest")
    record RefreshRequest(String refreshToken) {
        RefreshTokensCommand refreshCommand() {
            return RefreshTokensCommand.of(refreshToken);
        }

        LogoutCommand logoutCommand() {
            return LogoutCommand.of(refreshToken);
        }

        @Override
        public String toString() {
            return "RefreshRequest[…]";
        }
    }

    @Schema(name = "InviteMemberRequest")
    record InviteMemberRequest(String email,
                               @Schema(implementation = Role.class) String role,
                               @Nullable @Schema(description = "for someone without an account yet") String name) {
        InviteMemberCommand command() {
            return InviteMemberCommand.of(email, role, name);
        }
    }

    @Schema(name = "UpdateOrganizationRequest", description = "Fields to change; absent fields are kept, an empty"
            + " string clears one")
    record UpdateOrganizationRequest(
            @Nullable @Schema(description = "DDEX Party ID (PADPIDA followed by letters and digits), the sender of"
                    + " the organization's ERN messages; required before a delivery") String dpid,
            @Nullable @Schema(description = "the party name its ERN messages carry; cleared, the organization's name")
            String partyName) {
        UpdateOrganizationCommand command(Long expectedVersion) {
            return UpdateOrganizationCommand.of(dpid, partyName, expectedVersion);
        }
    }

    @Schema(name = "ChangeMemberRequest")
    record ChangeRoleRequest(@Schema(implementation = Role.class) String role) {
        ChangeMemberRoleCommand command(UserId userId, Long expectedVersion) {
            return ChangeMemberRoleCommand.of(userId, role, expectedVersion);
        }
    }

    @Schema(name = "ApplicationRequest")
    record CreateApplicationRequest(String name, @Nullable String email, @Nullable String domain) {
        CreateApplicationCommand command() {
            return CreateApplicationCommand.of(name, email, domain);
        }
    }

    @Schema(name = "UpdateApplicationRequest", description = "Fields to change; absent fields are kept")
    record UpdateApplicationRequest(@Nullable String name, @Nullable String email, @Nullable String domain) {
        UpdateApplicationCommand command(ApplicationId applicationId, Long expectedVersion) {
            return UpdateApplicationCommand.of(applicationId, name, email, domain, expectedVersion);
        }
    }

    @Schema(name = "CreateApiKeyRequest")
    record CreateApiKeyRequest(String name, @Schema(ref = ApiDocs.SCOPES) List<String> scopes,
                               @Nullable Instant expiresAt) {
        /** {@code now} is the time of the request: an expiry must lie after it. */
        CreateApiKeyCommand command(ApplicationId applicationId, Instant now) {
            return CreateApiKeyCommand.of(applicationId, name, scopes, expiresAt, now);
        }
    }

    @Schema(name = "VerifyApiKeyRequest")
    record VerifyApiKeyRequest(String key) {
        @Override
        public String toString() {
            return "VerifyApiKeyRequest[…]";
        }
    }
}
