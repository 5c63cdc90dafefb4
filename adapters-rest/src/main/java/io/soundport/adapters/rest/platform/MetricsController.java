package io.soundport.adapters.rest.platform;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.http.ClientAddresses;
import io.soundport.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The server's metrics in the Prometheus text format, for a scraper. With {@code SOUNDPORT_METRICS_TOKEN} set, only
 * {@code Authorization: Bearer <that token>} gets them (compared in constant time), from anywhere; without it, only
 * a client on this machine does (127.0.0.0/8, ::1): the peer's own address, or behind a trusted proxy
 * ({@code SOUNDPORT_TRUSTED_PROXIES}) the client it forwards for; a request that came through any proxy (it carries
 * {@code Forwarded} or {@code X-Forwarded-For}) is refused, so that a reverse proxy on the same host does not open
 * the metrics to the world. Outside JWT and API-key security: a scraper has neither.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirements
@Tag(name = "platform")
public final class MetricsController {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BEARER = "Bearer ";

    private final PrometheusMeterRegistry registry;
    private final ClientAddresses addresses;
    /** SHA-256 of the token, so that the comparison takes the same time whatever the length sent; null: none. */
    private final byte[] tokenDigest;

    public MetricsController(PrometheusMeterRegistry registry, ClientAddresses addresses,
                             @Nullable @Property(name = "soundport.metrics.token") String token) {
        this.registry = registry;
        this.addresses = addresses;
        this.tokenDigest = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    @Get("/metrics")
    @Produces(CONTENT_TYPE)
    @ApiResponse(responseCode = "200", description = "The metrics, in the Prometheus text format 0.0.4",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @Operation(operationId = "metrics", summary = "Prometheus metrics, for a scraper",
            description = "Requests by route template, method and status (latency histograms), the database pool, "
                    + "the background queues (depth and age of the oldest job per worker), webhook and partner "
                    + "delivery outcomes, JVM and process. With SOUNDPORT_METRICS_TOKEN set: 'Authorization: Bearer "
                    + "<that token>' (401 without it or with another); unset: loopback clients only (403 for others "
                    + "and for requests forwarded by a proxy).")
    public HttpResponse<String> metrics(HttpRequest<?> request) {
        admit(request);
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE);
    }

    private void admit(HttpRequest<?> request) {
        if (tokenDigest != null) {
            String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
            byte[] sent = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? sha256(authorization.substring(BEARER.length()).strip()) : new byte[32];
            if (authorization == null || !MessageDigest.isEqual(sent, tokenDigest)) {
                throw DomainException.unauthenticated("The metrics need 'Authorization: Bearer <the metrics token>'");
            }
            return;
        }
        boolean forwarded = request.getHeaders().contains("Forwarded")
                || request.getHeaders().contains("X-Forwarded-For");
        if (forwarded || !loopback(addresses.of(request))) {
            throw DomainException.forbidden("The metrics are served to clients on this machine only; set "
                    + "SOUNDPORT_METRICS_TOKEN to scrape them from elsewhere");
        }
    }

    /** The client's address as {@link ClientAddresses} spells it: an IP literal (no DNS lookup) or "unknown". */
    private static boolean loopback(String address) {
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
