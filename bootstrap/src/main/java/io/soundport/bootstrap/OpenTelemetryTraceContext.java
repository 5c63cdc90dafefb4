package io.soundport.bootstrap;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.soundport.domain.port.TraceContext;

import java.util.List;
import java.util.function.Supplier;

/**
 * The core's {@link TraceContext} on OpenTelemetry: the current span as a W3C traceparent, and queued work continued
 * as a span whose parent is the traceparent it was queued with (a malformed or missing one starts a new trace).
 */
final class OpenTelemetryTraceContext implements TraceContext {
    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> ONLY_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    OpenTelemetryTraceContext(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.soundport.jobs");
    }

    @Override
    public String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    @Override
    public <T> T within(String traceParent, String operation, Supplier<T> work) {
        Context parent = traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, ONLY_TRACEPARENT);
        Span span = tracer.spanBuilder(operation).setParent(parent).setSpanKind(SpanKind.CONSUMER).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
