package io.soundport.adapters.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The OpenAPI document's header: the processor that generates it only sees this module. */
@OpenAPIDefinition(
        info = @Info(title = "Soundport API", version = "v1",
                description = "Catalog, distribution, marketing and analytics for labels, distributors and artist teams. "
                        + "JSON with snake_case fields; errors in one envelope: "
                        + "{\"error\":{\"code\",\"message\",\"details\",\"request_id\"}}. Every answer carries "
                        + "X-Request-Id. Operations that need a caller take a bearer access token or an X-API-Key; "
                        + "the others are open. Requests are limited per hour (an organization by its tier, an "
                        + "API key, a client address without credentials): every counted answer carries "
                        + "X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (epoch seconds), and past "
                        + "the limit it is 429 RATE_LIMIT_EXCEEDED with Retry-After. The bodies Soundport POSTs to webhook endpoints are the "
                        + "*WebhookEvent schemas (see WebhookEvent).",
                license = @License(name = "Proprietary")),
        servers = @Server(url = "/"),
        tags = {
                @Tag(name = "auth", description = "Registration, sign-in, tokens"),
                @Tag(name = "organization", description = "The caller's organization and its members"),
                @Tag(name = "apps", description = "Partner applications and their API keys"),
                @Tag(name = "artists", description = "Artists of the catalog"),
                @Tag(name = "releases", description = "Releases: ingestion, edits, submission, takedown"),
                @Tag(name = "tracks", description = "Tracks of the catalog"),
                @Tag(name = "distribution", description = "Partners (DSPs) and deliveries of releases to them"),
                @Tag(name = "workflow", description = "Rules that act on events, and their runs"),
                @Tag(name = "events", description = "Live events: concerts, showcases, launches"),
                @Tag(name = "audiences", description = "Custom and lookalike audiences, pushed to Meta on demand"),
                @Tag(name = "webhooks", description = "Signed webhooks: endpoints, messages, attempts, replay"),
                @Tag(name = "notifications",
                        description = "E-mail, SMS and push notifications, queued and sent with retries"),
                @Tag(name = "campaigns", description = "Marketing campaigns, run on Meta when they name an ad account"),
                @Tag(name = "analytics", description = "Stream events in; streams, revenue and real-time counts out"),
                @Tag(name = "platform", description = "Health and the API's own description")
        })
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from /api/v1/auth/login or /api/v1/auth/register (15 minutes)")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key", description = "An application's API key (sp_live_...)")
public final class SoundportApi {
    public static final String BASE = "/api/v1";

    private SoundportApi() {
    }
}
