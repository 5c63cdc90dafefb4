package io.soundport.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.identity.IdentityRequests.CreateApiKeyRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.VerifyApiKeyRequest;
import io.soundport.adapters.rest.identity.IdentityViews.ApiKeyVerificationView;
import io.soundport.adapters.rest.identity.IdentityViews.ApiKeyView;
import io.soundport.adapters.rest.identity.IdentityViews.IssuedApiKeyView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.identity.ApiKeyService;
import io.soundport.application.identity.IssuedApiKey;
import io.soundport.application.identity.KeyVerification;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;

/** API keys of applications: issued once in clear, listed by prefix, revoked; and a public verification. */
@Controller(SoundportApi.BASE)
@Tag(name = "apps")
public final class ApiKeyController {
    private final ApiKeyService keys;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ApiKeyController(ApiKeyService keys, Callers callers, IdempotentRequests idempotent) {
        this.keys = keys;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/apps/{app_id}/api-keys")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createApiKey", summary = "Issue a key; the `key` field is shown this once")
    public HttpResponse<IssuedApiKeyView> create(HttpRequest<?> request, @PathVariable("app_id") String appId,
                                  @Body CreateApiKeyRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            IssuedApiKey issued = keys.create(caller, body.command(ApplicationController.id(appId), Instant.now()));
            ApiKey k = issued.key();
            return HttpResponse.created(new IssuedApiKeyView(k.id().value(), k.applicationId().value(), k.name(),
                    issued.plaintext(), k.prefix(), IdentityViews.scopeNames(k), k.createdAt(), k.expiresAt()));
        });
    }

    @Get("/apps/{app_id}/api-keys")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @ApiDocs.NotFound
    @Operation(operationId = "listApiKeys", summary = "Keys of an application: prefixes and last use, never the keys")
    public ListResponse<ApiKeyView> list(HttpRequest<?> request, @PathVariable("app_id") String appId,
                                         @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        Instant now = Instant.now();
        return ListResponse.of(keys.list(callers.of(request), ApplicationController.id(appId),
                PageRequest.of(limit, cursor)), k -> ApiKeyView.of(k, now));
    }

    @Delete("/apps/{app_id}/api-keys/{key_id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key; it stops working within seconds")
    public void revoke(HttpRequest<?> request, @PathVariable("app_id") String appId,
                       @PathVariable("key_id") String keyId) {
        ApiKeyId key = PathIds.parse(keyId, ApiKeyId::of, "API key");
        Etags.requireNoVersion(request, "API key " + key.value());
        keys.revoke(callers.of(request), ApplicationController.id(appId), key);
    }

    @Post("/api-keys/verify")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @Operation(operationId = "verifyApiKey", summary = "Is this key valid now, and for whom? Never says why not")
    public ApiKeyVerificationView verify(@Body VerifyApiKeyRequest body) {
        KeyVerification verification = keys.verify(body.key());
        return verification.key()
                .map(k -> new ApiKeyVerificationView(true, k.applicationId().value(), k.organizationId().value(),
                        IdentityViews.scopeNames(k), k.expiresAt()))
                .orElseGet(() -> new ApiKeyVerificationView(false, null, null, null, null));
    }
}
