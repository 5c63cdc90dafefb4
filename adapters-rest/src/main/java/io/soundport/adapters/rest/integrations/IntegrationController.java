package io.soundport.adapters.rest.integrations;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.ErrorStatuses;
import io.soundport.adapters.rest.integrations.IntegrationViews.AuthorizationStartView;
import io.soundport.adapters.rest.integrations.IntegrationViews.ConnectionList;
import io.soundport.adapters.rest.integrations.IntegrationViews.ConnectionView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.integrations.AuthorizationStart;
import io.soundport.application.integrations.CallbackCommand;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/**
 * The signed-in user's connections to Spotify and Meta: the OAuth authorization-code flow that makes one (connect,
 * then the provider's redirect to the callback), the list, and disconnecting. A connection is a person's own, in
 * their organization: API keys cannot make, see or remove one.
 */
@Controller(SoundportApi.BASE + "/auth")
@Tag(name = "integrations")
public final class IntegrationController {
    private static final String PROVIDER = "spotify or meta";

    private final ConnectionService connections;
    private final Callers callers;
    private final String returnUrl;

    public IntegrationController(ConnectionService connections, Callers callers,
                                 @Nullable @Property(name = "soundport.integrations.return-url") String returnUrl) {
        this.connections = connections;
        this.callers = callers;
        this.returnUrl = returnUrl == null || returnUrl.isBlank() ? null : returnUrl.strip();
    }

    @Get("/integrations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @Operation(operationId = "listConnections", summary = "The signed-in user's connections to outside platforms",
            description = "Provider, granted scopes, status, when it was connected and the platform's id of the "
                    + "account; never a token. A connection whose grant the platform refused is NEEDS_RECONNECT.")
    public ConnectionList list(HttpRequest<?> request) {
        return new ConnectionList(connections.list(callers.of(request)).stream().map(ConnectionView::of).toList());
    }

    @Delete("/integrations/{provider}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.Authenticated
    @ApiDocs.NotFound
    @Operation(operationId = "disconnect", summary = "Disconnect an outside platform",
            description = "Revokes the grant at the platform where it allows that (Meta; Spotify has no revocation: "
                    + "remove Soundport under Apps in the Spotify account page), then deletes the connection and its "
                    + "tokens, even when the platform could not be reached. 404 when there is none.")
    public void disconnect(HttpRequest<?> request, @Parameter(description = PROVIDER) @PathVariable String provider) {
        connections.disconnect(callers.of(request), Provider.of(provider));
    }

    @Get("/{provider}/connect")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiDocs.Authenticated
    @Operation(operationId = "connect", summary = "Start connecting an outside platform",
            description = "Answers the platform's authorization page for the signed-in user (with a single-use "
                    + "`state` valid 10 minutes, and PKCE for Spotify). Open it in the user's browser: the platform "
                    + "sends the browser back to `/auth/{provider}/callback`. A page that cannot send the bearer "
                    + "token on a navigation fetches this first; `redirect=true` answers 302 to the page instead.")
    @ApiResponse(responseCode = "200", description = "Where to send the browser",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorizationStartView.class)))
    @ApiResponse(responseCode = "302", description = "With `redirect=true`: to the platform's authorization page",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri")))
    public HttpResponse<AuthorizationStartView> connect(
            HttpRequest<?> request, @Parameter(description = PROVIDER) @PathVariable String provider,
            @Nullable @Parameter(description = "answer 302 to the page") @QueryValue Boolean redirect) {
        AuthorizationStart start = connections.start(callers.of(request), Provider.of(provider));
        if (Boolean.TRUE.equals(redirect)) {
            return HttpResponse.<AuthorizationStartView>status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, start.authorizationUrl().toString());
        }
        return HttpResponse.ok(AuthorizationStartView.of(start));
    }

    @Get("/{provider}/callback")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @ApiDocs.Anonymous
    @ApiDocs.OutsideCall
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "completeConnection", summary = "Where the platform sends the user's browser back",
            description = "Register `<SOUNDPORT_PUBLIC_URL>/api/v1/auth/{provider}/callback` as the redirect URI "
                    + "with the platform. The `state` names the user who started: it is taken once and must come "
                    + "back within 10 minutes; the code is exchanged and the connection stored. A browser (Accept: "
                    + "text/html) gets a small page saying what happened; a JSON client gets the connection or the "
                    + "error envelope. With `SOUNDPORT_INTEGRATIONS_RETURN_URL` set, every outcome is a 303 to it "
                    + "with `provider`, `status` (connected or failed) and, on failure, `error` and `message`.")
    @ApiResponse(responseCode = "200", description = "Connected",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectionView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "303", description = "With a return URL configured: to it, with the outcome",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public HttpResponse<?> callback(HttpRequest<?> request, @Parameter(description = PROVIDER)
                                    @PathVariable String provider,
                                    @Nullable @QueryValue String state, @Nullable @QueryValue String code,
                                    @Nullable @QueryValue String error) {
        Provider known = null;
        try {
            known = Provider.of(provider);
            Connection connected = connections.complete(new CallbackCommand(known, state, code, error));
            if (returnUrl != null) {
                return seeOther(UriBuilder.of(returnUrl).queryParam("provider", known.slug())
                        .queryParam("status", "connected").build());
            }
            if (wantsHtml(request)) {
                return html(HttpStatus.OK, CallbackPage.connected(connected));
            }
            return HttpResponse.ok(ConnectionView.of(connected));
        } catch (DomainException failed) {
            String envelopeCode = ErrorStatuses.codeOf(failed.code());
            if (returnUrl != null) {
                return seeOther(UriBuilder.of(returnUrl).queryParam("provider", known == null ? provider : known.slug())
                        .queryParam("status", "failed").queryParam("error", envelopeCode)
                        .queryParam("message", failed.getMessage()).build());
            }
            if (wantsHtml(request)) {
                return html(HttpStatus.valueOf(ErrorStatuses.statusOf(failed.code())),
                        CallbackPage.failed(known, envelopeCode, failed.getMessage()));
            }
            throw failed;
        }
    }

    /** A browser names text/html; a client that accepts anything ({@code *}{@code /*}: curl) gets JSON. */
    private static boolean wantsHtml(HttpRequest<?> request) {
        return request.accept().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", CallbackPage.CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .body(page);
    }

    private static MutableHttpResponse<?> seeOther(URI location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location.toString());
    }
}
