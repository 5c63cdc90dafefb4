package io.soundport.adapters.rest.platform;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.platform.HealthService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/** Liveness (the process answers) and readiness (it reaches its database); 503 when not ready. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirements
@Tag(name = "platform")
public final class HealthController {
    /** The body of a health answer. */
    record Health(String status, Map<String, String> checks) {
    }

    private final HealthService health;

    public HealthController(HealthService health) {
        this.health = health;
    }

    @Get
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "503", description = "Not ready: the database does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @Operation(operationId = "health", summary = "Overall health, with the database check")
    public HttpResponse<Health> health() {
        return readiness();
    }

    @Get("/liveness")
    @ApiDocs.Probe
    @Operation(operationId = "liveness", summary = "The process is up")
    public Health liveness() {
        return new Health("UP", Map.of());
    }

    @Get("/readiness")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "503", description = "Not ready: the database does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @Operation(operationId = "readiness", summary = "Ready to serve: the database answers")
    public HttpResponse<Health> readiness() {
        boolean database = health.databaseReachable();
        Health body = new Health(database ? "UP" : "DOWN", Map.of("database", database ? "UP" : "DOWN"));
        return database ? HttpResponse.ok(body) : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
