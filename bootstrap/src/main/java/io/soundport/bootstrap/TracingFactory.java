package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.domain.port.TraceContext;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Tracing: Micronaut's OpenTelemetry module makes a server span of every request (continuing a W3C
 * {@code traceparent} the caller sent); this factory decides the export and gives the core its {@link TraceContext}.
 *
 * <p>Spans are exported over OTLP only when an endpoint is configured ({@code SOUNDPORT_OTLP_ENDPOINT}, else
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}); the other {@code OTEL_*} variables (protocol, headers, sampler) apply then.
 * Without one nothing is exported, no exporter thread runs, and the sampler records no span of its own
 * ({@code parentbased_always_off}): trace ids are still made and passed on (logs, webhooks), at the cost of a few
 * allocations per request.
 */
@Factory
public class TracingFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TracingFactory.class);

    /** Where spans go: {@code SOUNDPORT_OTLP_ENDPOINT}, else {@code OTEL_EXPORTER_OTLP_ENDPOINT}; empty, nowhere. */
    record SpanExport(Optional<String> endpoint) {
        boolean enabled() {
            return endpoint.isPresent();
        }
    }

    @Singleton
    SpanExport spanExport(@Nullable @Property(name = "soundport.tracing.otlp-endpoint") String endpoint,
                          @Nullable @Property(name = "otel.exporter.otlp.endpoint") String otelEndpoint) {
        return new SpanExport(Optional.ofNullable(endpoint != null && !endpoint.isBlank() ? endpoint.strip()
                : otelEndpoint != null && !otelEndpoint.isBlank() ? otelEndpoint.strip() : null));
    }

    @Singleton
    OpenTelemetryBuilderCustomizer exportOnlyWhenConfigured(SpanExport export) {
        String target = export.endpoint().orElse(null);
        if (target == null) {
            return sdk -> sdk.addPropertiesCustomizer(config -> Map.of(
                    "otel.traces.exporter", "none",
                    "otel.traces.sampler", "parentbased_always_off"));
        }
        LOG.info("Tracing: spans exported over OTLP to {}", hostOf(target));
        return sdk -> sdk.addPropertiesCustomizer(config -> Map.of(
                "otel.traces.exporter", "otlp",
                "otel.exporter.otlp.endpoint", target));
    }

    /** Scheme, host and port only: the rest of a URL may hold a token. */
    static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "(a URL that does not parse)";
        }
    }

    @Singleton
    TraceContext traceContext(OpenTelemetry openTelemetry) {
        return new OpenTelemetryTraceContext(openTelemetry);
    }
}
