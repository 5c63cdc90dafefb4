package io.soundport.bootstrap;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.soundport.domain.port.TraceContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTelemetryTraceContextTest {
    private static final String REQUEST = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final TraceContext trace = new OpenTelemetryTraceContext(OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    // as without an exporter: only what a caller sampled is recorded
                    .setSampler(Sampler.parentBased(Sampler.alwaysOff()))
                    .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build());

    @Test
    void nothing_is_current_outside_a_trace() {
        assertThat(trace.current()).isNull();
    }

    @Test
    void work_continues_the_trace_it_was_queued_in_as_a_child_span() {
        String inside = trace.within(REQUEST, "send webhook msg_01", trace::current);

        assertThat(inside).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo(REQUEST);
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("send webhook msg_01");
        assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(inside).contains(span.getSpanId());
        assertThat(trace.current()).as("after the work").isNull();
    }

    @Test
    void work_without_a_trace_or_with_a_malformed_one_gets_a_trace_of_its_own_unrecorded() {
        String fresh = trace.within(null, "dispatch", trace::current);
        String malformed = trace.within("00-zz-01", "dispatch", trace::current);

        assertThat(fresh).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00");
        assertThat(malformed).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00").isNotEqualTo(fresh);
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void a_failure_ends_the_span_in_error_and_is_thrown_as_it_is() {
        IllegalStateException failure = new IllegalStateException("the receiver is down");

        assertThatThrownBy(() -> trace.within(REQUEST, "deliver", () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(spans.getFinishedSpanItems().get(0).getStatus().getStatusCode())
                .isEqualTo(StatusCode.ERROR);
    }
}
