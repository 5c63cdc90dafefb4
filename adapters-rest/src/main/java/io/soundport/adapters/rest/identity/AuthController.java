package io.soundport.adapters.rest.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.ClientAddresses;
import io.soundport.adapters.rest.identity.IdentityRequests.LoginRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.RefreshRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.RegisterRequest;
import io.soundport.adapters.rest.identity.IdentityViews.AuthTokensView;
import io.soundport.adapters.rest.identity.IdentityViews.EmailVerificationView;
import io.soundport.adapters.rest.identity.IdentityViews.OrganizationView;
import io.soundport.adapters.rest.identity.IdentityViews.ProfileView;
import io.soundport.adapters.rest.identity.IdentityViews.UserView;
import io.soundport.adapters.rest.security.AccessTokens;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.identity.AuthService;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.EmailVerificationService;
import io.soundport.application.identity.Profile;
import io.soundport.application.identity.VerifyEmailCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Registration, sign-in, token refresh, sign-out and the verification of the user's e-mail address. */
@Controller(SoundportApi.BASE + "/auth")
@Tag(name = "auth")
public final class AuthController {
    private final AuthService auth;
    private final EmailVerificationService verification;
    private final AccessTokens accessTokens;
    private final Callers callers;
    private final ClientAddresses clientAddresses;

    public AuthController(AuthService auth, EmailVerificationService verification, AccessTokens accessTokens,
                          Callers callers, ClientAddresses clientAddresses) {
        this.auth = auth;
        this.verification = verification;
        this.accessTokens = accessTokens;
        this.callers = callers;
        this.clientAddresses = clientAddresses;
    }

    @Post("/register")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @ApiDocs.Conflict
    @Operation(operationId = "register", summary = "Create an account and an organization you own")
    public HttpResponse<AuthTokensView> register(HttpRequest<?> request, @Body RegisterRequest body) {
        AuthSession session = auth.register(body.command(), clientAddresses.origin(request));
        return HttpResponse.created(tokens(session));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @ApiDocs.BadCredentials
    @Operation(operationId = "login", summary = "Sign in with e-mail and password")
    public AuthTokensView login(HttpRequest<?> request, @Body LoginRequest body) {
        return tokens(auth.login(body.command().from(clientAddresses.of(request)), clientAddresses.origin(request)));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @ApiDocs.BadCredentials
    @Operation(operationId = "refreshTokens",
            summary = "Trade a refresh token for a new pair; the old one dies, and reusing it revokes its family")
    public AuthTokensView refresh(@Body RefreshRequest body) {
        return tokens(auth.refresh(body.refreshCommand()));
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @Operation(operationId = "logout", summary = "Revoke a refresh token and every token of its family")
    public void logout(HttpRequest<?> request, @Body RefreshRequest body) {
        auth.logout(body.logoutCommand(), clientAddresses.origin(request));
    }

    @Post("/verify-email")
    @Status(HttpStatus.ACCEPTED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @Operation(operationId = "requestEmailVerification",
            summary = "Mail the signed-in user a new link that verifies their address",
            description = "Always 202 with the caller's own address and whether it is verified. Nothing is sent when "
                    + "it is verified already or when a link went out less than a minute ago.")
    public HttpResponse<EmailVerificationView> requestEmailVerification(HttpRequest<?> request) {
        return HttpResponse.accepted().body(EmailVerificationView.of(
                verification.request(callers.regardlessOfStanding(request))));
    }

    @Get("/verify-email/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @Operation(operationId = "verifyEmail",
            summary = "Confirm an e-mail address with the token mailed to it",
            description = "The token is the credential: single use, valid 24 hours. An unknown, used or expired "
                    + "token is a VALIDATION_ERROR on `token`. Invitations to the address count from then on.")
    public EmailVerificationView verifyEmail(@PathVariable String token) {
        return EmailVerificationView.of(verification.confirm(VerifyEmailCommand.of(token)));
    }

    @Get("/profile")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @Operation(operationId = "getProfile", summary = "The signed-in user, their organization, role and tier",
            description = "Answers even when the organization is suspended: `organization.status` is then "
                    + "SUSPENDED, with `suspended_at` and the operator's `suspension_reason`, while every operation "
                    + "that acts for the organization answers 403 ORGANIZATION_SUSPENDED.")
    public ProfileView profile(HttpRequest<?> request) {
        Profile profile = auth.profile(callers.regardlessOfStanding(request));
        return new ProfileView(UserView.of(profile.user()), OrganizationView.of(profile.organization()),
                profile.role().name(), profile.organization().tier().name());
    }

    private AuthTokensView tokens(AuthSession session) {
        String access = accessTokens.issue(session.user().id(), session.organization().id());
        return new AuthTokensView(UserView.of(session.user()), OrganizationView.of(session.organization()),
                session.role().name(), access, session.refreshToken(), "Bearer", AccessTokens.LIFETIME_SECONDS,
                session.refreshExpiresAt());
    }
}
