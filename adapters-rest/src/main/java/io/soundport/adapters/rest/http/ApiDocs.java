package io.soundport.adapters.rest.http;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    static final String SERVICE_UNAVAILABLE = "#/components/responses/ServiceUnavailable";
    static final String NOT_MODIFIED = "#/components/responses/NotModified";
    static final String ETAG = "#/components/headers/ETag";
    static final String LOCATION = "#/components/headers/Location";
    static final String REQUEST_ID = "#/components/headers/XRequestId";
    static final String REPLAYED = "#/components/headers/IdempotentReplayed";

    private ApiDocs() {
    }

    /** On a controller whose operations need a caller: any of them may answer 400, 401, 403 or 503. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = UNAUTHORIZED)
    @ApiResponse(responseCode = "403", ref = FORBIDDEN)
    @ApiResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
    public @interface Authenticated {
    }

    /** An operation open to anyone: it may still answer 400 or 503. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "503", ref = SERVICE_UNAVAILABLE)
    public @interface Anonymous {
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
}
