package io.soundport.adapters.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/**
 * One client span per outbound call, a child of the span current on the calling thread, and its W3C
 * {@code traceparent} (and {@code tracestate}) on the request, so that the receiver can join the trace. Only the
 * trace context goes out: baggage, which may hold anything a caller sent us, never does. The span names the method
 * and the host, never the URL: a path or query may hold a tenant's token. It ends when the answer's headers are in.
 */
final class TraceInterceptor implements Interceptor {
    static final String INSTRUMENTATION = "io.soundport.adapters.http";

    private final Tracer tracer;

    TraceInterceptor(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Span span = tracer.spanBuilder(request.method())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", request.method())
                .setAttribute("server.address", request.url().host())
                .setAttribute("server.port", (long) request.url().port())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Request.Builder traced = request.newBuilder();
            W3CTraceContextPropagator.getInstance().inject(Context.current(), traced,
                    (builder, name, value) -> builder.header(name, value));
            Response response = chain.proceed(traced.build());
            span.setAttribute("http.response.status_code", (long) response.code());
            if (response.code() >= 400) {
                span.setStatus(StatusCode.ERROR);
            }
            return response;
        } catch (IOException | RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
