package io.soundport.adapters.rest.http;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says about an operation that its signature cannot: the errors it answers, the headers it
 * honours and sends. Each annotation bundles the swagger annotations of one behaviour of {@link Etags},
 * {@link IdempotentRequests} or the error envelope, so that a controller method names the behaviour once and the
 * micronaut-openapi processor copies the bundle into the document. The responses, parameters and headers referred
 * to live in {@code src/main/openapi/components.yml}.
 */
public final class ApiDocs {
    static final String BAD_REQUEST = "#/components/responses/BadRequest";
    static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
    static final String FORBIDDEN = "#/components/responses/Forbidden";
    static final String NOT_FOUND = "#/components/responses/NotFound";
    static final String CONFLICT = "#/components/responses/Conflict";
    static final String PRECONDITION_FAILED = "#/components/responses/PreconditionFailed";
    static final String PAYLOAD_TOO_LARGE = "#/components/responses/PayloadTooLarge";
    static final String SERVICE_UNAVAILABLE = "#/components/responses/ServiceUnavailable";
    static final String BAD_GATEWAY = "#/components/responses/BadGateway";
    static final String INTEGRATION_ERROR = "#/components/responses/IntegrationError";
    static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";
    static final String NOT_MODIFIED = "#/components/responses/NotModified";
    static final String ETAG = "#/components/headers/ETag";
    static final String LOCATION = "#/components/headers/Location";
    static final String REQUEST_ID = "#/components/headers/XRequestId";
    static final String REPLAYED = "#/components/headers/IdempotentReplayed";
    static final String COVER_ART = "#/components/headers/CoverArt";
    static final String COVER_ART_MESSAGE = "#/components/headers/CoverArtMessage";

    /** The closed sets the core spells in lower case or nests, defined in components.yml (tests compare them). */
    public static final String SCOPES = "#/components/schemas/ApiKeyScopes";
    public static final String ACTION_TYPE = "#/components/schemas/WorkflowActionType";
    public static final String EXECUTION_STATUS = "#/components/schemas/WorkflowExecutionStatus";
    public static final String EVENT_TYPE = "#/components/schemas/WebhookEventType";

    /** What every URL a tenant gives (webhook endpoints, HTTP partners) must be: the SSRF guard of adapters-http. */
    public static final String OUTBOUND_URL = "An absolute https URL whose host is public: never a loopback, "
            + "private, link-local, unique-local or otherwise reserved address, checked when it is saved and again, "
            + "after DNS resolution, when it is called; an IPv4 address written as a canonical dotted quad. The one "
            + "exception: a host the server lists in SOUNDPORT_OUTBOUND_ALLOWED_HOSTS (comma-separated host names or "
            + "IP literals, matched exactly and case-insensitively, on any port; none by default) may use http and "
            + "skips the address checks, for development and tests.";

    private ApiDocs() {
    }

    /**
     * On a controller (or an operation) that needs a caller, with a bearer token or an API key: any of its operations
     * may answer 400, 401, 403, 429 (its organization's or key's hourly limit) or 503. The document has no global
     * security, so an operation without it is open.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "bearerAuth")
    @SecurityRequirement(name = "apiKey")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = UNAUTHORIZED)
    @ApiResponse(responseCode = "403", ref = FORBIDDEN)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
    public @interface Authenticated {
    }

    /**
     * An operation open to anyone: it may still answer 400, 429 (the hourly limit of requests without credentials
     * from one client address, or the throttling of a credential endpoint) or 503.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
    public @interface Anonymous {
    }

    /** A health probe: open to anyone and never counted against a rate limit; it may answer 400 or 503. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
    public @interface Probe {
    }

    /** 401 from an operation open to anyone: the credentials it was given (password, refresh token) are wrong. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", ref = UNAUTHORIZED)
    public @interface BadCredentials {
    }

    /** 404: the path names a resource (or the body refers to one) that the caller's organization may not have. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    public @interface NotFound {
    }

    /** 413: the operation takes a raw body up to a limit (a media file: 2 GiB), streamed and never held. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    public @interface Upload {
    }

    /** 409: a business conflict (a repeated unique value, a transition the state does not allow). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface Conflict {
    }

    /** A POST that creates under {@link IdempotentRequests}: 201 with the resource, its ETag and Location. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "Location", ref = LOCATION),
            @Header(name = "Idempotent-Replayed", ref = REPLAYED), @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface IdempotentCreate {
    }

    /**
     * An {@link IdempotentCreate} of a release that may also store its cover from an outside archive: the 201 says
     * what became of the cover in {@code Cover-Art} and {@code Cover-Art-Message} besides.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "Location", ref = LOCATION),
            @Header(name = "Idempotent-Replayed", ref = REPLAYED), @Header(name = "X-Request-Id", ref = REQUEST_ID),
            @Header(name = "Cover-Art", ref = COVER_ART), @Header(name = "Cover-Art-Message", ref = COVER_ART_MESSAGE)})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface IdempotentCreateWithCover {
    }

    /** A POST action under {@link IdempotentRequests} that answers 200, with an ETag when the resource has one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @ApiResponse(responseCode = "200", description = "OK", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "Idempotent-Replayed", ref = REPLAYED),
            @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface IdempotentAction {
    }

    /**
     * A POST action under {@link IdempotentRequests} that is also conditional ({@link Etags#ifMatch}): 200 with the new
     * ETag, 412 on a stale version; a repeat with the same key replays the first answer.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "#/components/parameters/IfMatch")
    @ApiResponse(responseCode = "200", description = "OK", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "Idempotent-Replayed", ref = REPLAYED),
            @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    @ApiResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public @interface IdempotentConditionalAction {
    }

    /** A POST under {@link IdempotentRequests} that answers 202: the work was queued. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @ApiResponse(responseCode = "202", description = "Accepted", headers = {
            @Header(name = "Idempotent-Replayed", ref = REPLAYED), @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface IdempotentAccepted {
    }

    /** A read through {@link Etags#read}: 200 with an ETag, or 304 to a matching {@code If-None-Match}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, ref = "#/components/parameters/IfNoneMatch")
    @ApiResponse(responseCode = "200", description = "OK", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "304", ref = NOT_MODIFIED)
    public @interface ConditionalRead {
    }

    /** A change through {@link Etags#ifMatch} that answers 200 with the new ETag; 412 on a stale version. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "#/components/parameters/IfMatch")
    @ApiResponse(responseCode = "200", description = "OK", headers = {
            @Header(name = "ETag", ref = ETAG), @Header(name = "X-Request-Id", ref = REQUEST_ID)})
    @ApiResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public @interface IfMatchChange {
    }

    /** A deletion through {@link Etags#ifMatch} (or {@link Etags#requireNoVersion}): 204, or 412. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "#/components/parameters/IfMatch")
    @ApiResponse(responseCode = "204", description = "Deleted", headers = @Header(name = "X-Request-Id", ref = REQUEST_ID))
    @ApiResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public @interface IfMatchDelete {
    }

    /**
     * The gateway's route: the upstream's answer passes as it is (any status, any body); 404 for an unknown service,
     * 502 when the request went out but no answer came, 503 when no instance is healthy or reachable.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The upstream instance's answer, status, headers and body as it "
            + "gave them (but its hop-by-hop headers)", headers = @Header(name = "X-Request-Id", ref = REQUEST_ID),
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "502", ref = BAD_GATEWAY)
    public @interface Proxied {
    }

    /**
     * An operation that calls an outside service (MusicBrainz, Spotify, Meta) while the caller waits: 502 when it
     * failed, 503 with Retry-After when it is known to be down or too busy (Authenticated already lists 503).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "502", ref = INTEGRATION_ERROR)
    public @interface OutsideCall {
    }

    /**
     * An operation that acts through the signed-in user's connection to an outside platform: 409 CONFLICT when they
     * have none, 409 RECONNECT_REQUIRED when the platform refused its grant (revoked, expired).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    public @interface NeedsConnection {
    }
}
