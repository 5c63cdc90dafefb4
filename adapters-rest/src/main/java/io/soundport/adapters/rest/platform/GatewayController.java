package io.soundport.adapters.rest.platform;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.stream.InputStreamByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.ClientAddresses;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.platform.ForwardCommand;
import io.soundport.application.platform.Gateway;
import io.soundport.domain.platform.Header;
import io.soundport.domain.platform.Origin;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamAnswer;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;

/**
 * {@code ANY /api/v1/gateway/{service}/**}: the caller's request, authenticated like any other (and so under the
 * same filters and rate limits), forwarded to a healthy instance of the service by {@link Gateway}. The body streams
 * to the instance as it arrives, and the answer streams back as it comes: neither is held in memory whole.
 */
@Controller(SoundportApi.BASE + GatewayController.PREFIX)
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "platform")
@ApiDocs.Authenticated
public final class GatewayController {
    static final String PREFIX = "/gateway";
    // the path below the service is read raw from the request URI (as the caller encoded it), not bound
    private static final String SERVICE = "/{service}";
    private static final String BELOW = "/{service}/{+path}";

    private final Gateway gateway;
    private final Callers callers;
    private final ClientAddresses clients;
    private final Executor blocking;

    public GatewayController(Gateway gateway, Callers callers, ClientAddresses clients,
                             @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.gateway = gateway;
        this.callers = callers;
        this.clients = clients;
        this.blocking = blocking;
    }

    @Get(uris = {SERVICE, BELOW})
    @ApiDocs.Proxied
    @Operation(operationId = "callGateway", summary = "Call an upstream service through the gateway (any method)",
            description = "The same route takes GET, HEAD, OPTIONS, POST, PUT, PATCH and DELETE; GET, HEAD and "
                    + "OPTIONS need the read permission, the others write. The request (path below the service, "
                    + "query, headers, body) goes to a healthy instance, round robin, with the caller's identity in "
                    + "signed X-Soundport-Organization, X-Soundport-Actor, X-Soundport-Timestamp and "
                    + "X-Soundport-Signature headers; the caller's Authorization and X-API-Key, hop-by-hop headers "
                    + "and any X-Soundport-* header the caller sent are not forwarded. Idempotent methods (GET, HEAD, "
                    + "OPTIONS, PUT, DELETE) go on to another instance when one cannot be reached or, without a body, "
                    + "answers 502, 503 or 504; POST and PATCH are sent once. 503 at once when no instance is healthy "
                    + "or reachable.")
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Head(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> head(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Options(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> options(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Post(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> post(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Put(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> put(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Patch(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> patch(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    @Delete(uris = {SERVICE, BELOW})
    @Hidden
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String service) {
        return forward(request, service);
    }

    private HttpResponse<?> forward(HttpRequest<?> request, String service) {
        ServiceName name = PathIds.parse(service, ServiceName::of, "Service");
        String method = request.getMethodName();
        long length = request.getContentLength();
        boolean hasBody = length > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        InputStream body = hasBody && request instanceof ServerHttpRequest<?> server
                ? server.byteBody().move().toInputStream() : null;
        try {
            ForwardCommand command = new ForwardCommand(name, method, pathBelow(request, name),
                    request.getUri().getRawQuery(), headers(request), body, body == null ? 0 : length,
                    origin(request));
            // by the time the answer's head is here, the body was written whole (or never will be: a refusal, a GET)
            return answer(request, gateway.forward(callers.of(request), command));
        } finally {
            closeQuietly(body);
        }
    }

    private static void closeQuietly(InputStream body) {
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // the caller's body is done with either way
            }
        }
    }

    /** The raw path after {@code /api/v1/gateway/<service>}, as the caller wrote it; {@code /} when there is none. */
    private static String pathBelow(HttpRequest<?> request, ServiceName name) {
        String raw = request.getUri().getRawPath();
        String prefix = SoundportApi.BASE + PREFIX + "/" + name.value();
        String below = raw.length() > prefix.length() ? raw.substring(prefix.length()) : "";
        return below.isEmpty() ? "/" : below;
    }

    private static List<Header> headers(HttpRequest<?> request) {
        List<Header> headers = new ArrayList<>();
        request.getHeaders().forEach((name, values) -> values.forEach(v -> headers.add(new Header(name, v))));
        return headers;
    }

    private Origin origin(HttpRequest<?> request) {
        return new Origin(clients.of(request), request.isSecure() ? "https" : "http",
                request.getHeaders().get(HttpHeaders.HOST));
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, UpstreamAnswer answer) {
        MutableHttpResponse<Object> response = HttpResponse.status(answer.status(), reason(answer.status()));
        for (Header h : answer.headers()) {
            response.getHeaders().add(h.name(), h.value());
        }
        OptionalLong length = answer.length() >= 0 ? OptionalLong.of(answer.length()) : OptionalLong.empty();
        ByteBody body = request instanceof ServerHttpRequest<?> server
                ? InputStreamByteBody.create(answer.body(), length, blocking, server.byteBodyFactory())
                : null;
        return body == null ? response : response.body(body);
    }

    private static String reason(int status) {
        try {
            return HttpStatus.valueOf(status).getReason();
        } catch (IllegalArgumentException unknown) {
            return "Status " + status;
        }
    }
}
