package io.soundport.adapters.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class TraceInterceptorTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final SpanContext REQUEST = SpanContext.createFromRemoteParent(TRACE_ID, "00f067aa0ba902b7",
            TraceFlags.getSampled(), TraceState.getDefault());
    private static final byte[] BODY = "{\"id\":\"msg_01\"}".getBytes(StandardCharsets.UTF_8);

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetry sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final SsrfGuard guard = new SsrfGuard(List.of("127.0.0.1"));
    private WireMockServer receiver;

    @BeforeEach
    void start() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = receiver.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void a_webhook_is_a_client_span_of_the_current_trace_and_carries_its_traceparent_but_no_baggage() {
        receiver.stubFor(post("/hook?token=secret").willReturn(ok()));
        var transport = new OkHttpWebhookTransport(guard, Duration.ofSeconds(5), Duration.ofSeconds(10), sdk);

        Context request = Context.root().with(Span.wrap(REQUEST)).with(Baggage.builder().put("user", "ada").build());
        try (Scope ignored = request.makeCurrent()) {
            assertThat(transport.post(url("/hook?token=secret"), Map.of(), BODY).succeeded()).isTrue();
        }

        SpanData client = spans.getFinishedSpanItems().get(0);
        assertThat(client.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(client.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(client.getParentSpanId()).isEqualTo(REQUEST.getSpanId());
        assertThat(client.getAttributes().asMap().values()).map(String::valueOf).noneMatch(v -> v.contains("secret"));
        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("traceparent")).isEqualTo("00-" + TRACE_ID + "-" + client.getSpanId() + "-01");
        assertThat(sent.containsHeader("baggage")).isFalse();
    }

    @Test
    void a_failed_delivery_is_a_span_in_error_and_still_carries_the_trace() {
        receiver.stubFor(post("/in").willReturn(serverError()));
        var gateway = new HttpDeliveryGateway(guard, Duration.ofSeconds(5), Duration.ofSeconds(10), sdk);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Partner partner = new Partner(PartnerId.of("ptn_01"), OrganizationId.of("org_01"), "Streamly", Protocol.HTTP,
                url("/in"), List.of(Territory.WORLD), true, null, now, now, 1);

        try (Scope ignored = Context.root().with(Span.wrap(REQUEST)).makeCurrent()) {
            assertThat(gateway.deliver(partner, null, new DeliveryPackage("msg_01", DeliveryKind.DELIVERY, "b1",
                    "036000291452",
                    Map.of("manifest.json", BODY))).succeeded()).isFalse();
        }

        SpanData client = spans.getFinishedSpanItems().get(0);
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(onlyRequest().getHeader("traceparent")).startsWith("00-" + TRACE_ID + "-");
    }

    @Test
    void without_a_tracing_sdk_the_trace_current_on_the_thread_is_passed_on_as_it_is() {
        receiver.stubFor(post("/hook").willReturn(ok()));
        var transport = new OkHttpWebhookTransport(guard, Duration.ofSeconds(5), Duration.ofSeconds(10));

        try (Scope ignored = Context.root().with(Span.wrap(REQUEST)).makeCurrent()) {
            transport.post(url("/hook"), Map.of(), BODY);
        }
        transport.post(url("/hook"), Map.of(), BODY);

        List<LoggedRequest> requests = receiver.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests.get(0).getHeader("traceparent")).isEqualTo("00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(requests.get(1).containsHeader("traceparent")).as("no trace, no header").isFalse();
    }
}
