package io.soundport.bootstrap;

import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import jakarta.inject.Singleton;

/**
 * Shuts the OpenTelemetry SDK down with the server (Micronaut's tracing module leaves it running): the spans still
 * queued are exported, and the exporter's thread ends instead of outliving the application context.
 */
@Singleton
class OpenTelemetryShutdown implements BeanPreDestroyEventListener<OpenTelemetry> {
    @Override
    public OpenTelemetry onPreDestroy(BeanPreDestroyEvent<OpenTelemetry> event) {
        if (event.getBean() instanceof OpenTelemetrySdk sdk) {
            sdk.close();
        }
        return event.getBean();
    }
}
