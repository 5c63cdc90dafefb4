package io.soundport.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the identity endpoints take. */
public final class IdentityRequests {
    private IdentityRequests() {
    }

    @Schema(name = "RegisterRequest")
    public record Register(@Schema(example = "ada@example.com") String email,
                           @Schema(description = "at least 10 characters") String password,
                           String name, String organizationName) {
        @Override
        public String toString() {
            return "Register[" + email + "]";
        }
    }

    @Schema(name = "LoginRequest")
    public record Login(String email, String password,
                        @Nullable @Schema(description = "which of your organizations; the oldest when absent")
                        String organizationId) {
        @Override
        public String toString() {
            return "Login[" + email + "]";
        }
    }

    @Schema(name = "RefreshRequest")
    public record Refresh(String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[…]";
        }
    }

    @Schema(name = "InviteMemberRequest")
    public record Invite(String email, @Schema(allowableValues = {"OWNER", "ADMIN", "MEMBER", "VIEWER"}) String role,
                         @Nullable @Schema(description = "for someone without an account yet") String name) {
    }

    @Schema(name = "ChangeMemberRequest")
    public record ChangeRole(@Schema(allowableValues = {"OWNER", "ADMIN", "MEMBER", "VIEWER"}) String role) {
    }

    @Schema(name = "ApplicationRequest")
    public record App(String name, @Nullable String email, @Nullable String domain) {
    }

    @Schema(name = "UpdateApplicationRequest", description = "Fields to change; absent fields are kept")
    public record AppPatch(@Nullable String name, @Nullable String email, @Nullable String domain) {
    }

    @Schema(name = "CreateApiKeyRequest")
    public record CreateKey(String name, @Schema(description = "read, write, admin") List<String> scopes,
                            @Nullable Instant expiresAt) {
    }

    @Schema(name = "VerifyApiKeyRequest")
    public record VerifyKey(String key) {
        @Override
        public String toString() {
            return "VerifyKey[…]";
        }
    }
}
