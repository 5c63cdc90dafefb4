package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.contracts.EventBusContract;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventBridgeEventPublisherTest {
    private static final FakeEventBridge FAKE = new FakeEventBridge();

    @RegisterExtension
    static WireMockExtension eventBridge = AwsStubs.server(FAKE);

    private EventBridgeClient client;
    private EventBridgeEventPublisher bus;

    @BeforeEach
    void start() {
        FAKE.reset();
        eventBridge.stubFor(FakeEventBridge.putEvents());
        client = AwsClients.eventBridge(AwsStubs.settings(eventBridge));
        bus = new EventBridgeEventPublisher(client,
                new EventBridgeEventPublisher.Settings("soundport-events", null, 2, Duration.ofMillis(1)));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static List<PublishedEvent> events(int count) {
        return IntStream.range(0, count).mapToObj(EventBusContract::event).toList();
    }

    private static List<JsonNode> requestBodies() {
        return AwsStubs.served(eventBridge).stream().map(e -> AwsStubs.json(e.getRequest().getBodyAsString()))
                .toList();
    }

    @Test
    void sends_a_signed_json_put_events_request_with_every_field_of_the_entry() {
        PublishedEvent event = EventBusContract.event(2);

        bus.publish(List.of(event));

        LoggedRequest request = eventBridge.getAllServeEvents().get(0).getRequest();
        assertThat(AwsStubs.signedFor(request, "events")).as(request.getHeader("Authorization")).isTrue();
        assertThat(request.getHeader("X-Amz-Target")).isEqualTo("AWSEvents.PutEvents");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-amz-json-1.1");
        JsonNode entry = requestBodies().get(0).get("Entries").get(0);
        assertThat(entry.get("EventBusName").asText()).isEqualTo("soundport-events");
        assertThat(entry.get("Source").asText()).isEqualTo("io.soundport");
        assertThat(entry.get("DetailType").asText()).isEqualTo("release.submitted");
        assertThat(entry.get("Time").decimalValue().longValue()).isEqualTo(event.occurredAt().getEpochSecond());
        assertThat(entry.get("TraceHeader").asText())
                .isEqualTo("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1");
        JsonNode detail = AwsStubs.json(entry.get("Detail").asText());
        assertThat(detail.fieldNames()).toIterable().containsExactly("id", "type", "organization_id",
                "aggregate_id", "release_id", "occurred_at", "data");
        assertThat(detail.get("id").asText()).isEqualTo(event.id());
        assertThat(detail.get("occurred_at").asText()).isEqualTo("2026-12-03T10:15:32.123456Z");
        assertThat(detail.get("data").get("track_count").asInt()).isEqualTo(12);
    }

    @Test
    void an_event_outside_a_trace_has_no_trace_header_and_the_source_is_configurable() {
        EventBridgeEventPublisher custom = new EventBridgeEventPublisher(client,
                new EventBridgeEventPublisher.Settings(null, "com.example.label", 0, Duration.ZERO));

        custom.publish(List.of(EventBusContract.event(1)));

        JsonNode entry = requestBodies().get(0).get("Entries").get(0);
        assertThat(entry.has("TraceHeader")).isFalse();
        assertThat(entry.get("Source").asText()).isEqualTo("com.example.label");
        assertThat(entry.get("EventBusName").asText()).isEqualTo("default");
    }

    @Test
    void sends_at_most_ten_entries_a_request_in_order() {
        List<PublishedEvent> events = events(25);

        bus.publish(events);

        assertThat(requestBodies()).extracting(body -> body.get("Entries").size()).containsExactly(10, 10, 5);
        assertThat(FAKE.accepted()).extracting(e -> AwsStubs.json(e.get("Detail").asText()).get("id").asText())
                .containsExactlyElementsOf(events.stream().map(PublishedEvent::id).toList());
    }

    @Test
    void keeps_a_request_under_256_kb() {
        String large = "x".repeat(60_000);
        List<PublishedEvent> events = IntStream.range(0, 6).mapToObj(i -> new PublishedEvent("evt_" + i,
                "release.submitted", "org_1", "rel_1", null, Instant.EPOCH, Map.of("blob", large))).toList();

        bus.publish(events);

        assertThat(requestBodies()).extracting(body -> body.get("Entries").size()).containsExactly(4, 2);
        List<PutEventsRequestEntry> entries = List.of(PutEventsRequestEntry.builder().source("s").detailType("t")
                .detail("x".repeat(200_000)).build(), PutEventsRequestEntry.builder().source("s").detailType("t")
                .detail("x".repeat(100_000)).build());
        assertThat(EventBridgeEventPublisher.batches(entries)).extracting(List::size).containsExactly(1, 1);
    }

    @Test
    void sends_again_only_the_entries_eventbridge_did_not_take() {
        List<PublishedEvent> events = events(4);
        String refusedOnce = events.get(2).id();
        FAKE.refuse((entry, before) -> before == 0 && entry.get("Detail").asText().contains(refusedOnce)
                ? "ThrottlingException" : null);

        bus.publish(events);

        assertThat(requestBodies()).extracting(body -> body.get("Entries").size()).containsExactly(4, 1);
        assertThat(requestBodies().get(1).get("Entries").get(0).get("Detail").asText()).contains(refusedOnce);
        assertThat(FAKE.accepted()).hasSize(4);
    }

    @Test
    void entries_refused_every_time_fail_the_call_naming_how_many_events_were_not_published() {
        List<PublishedEvent> events = events(12);
        String refused = events.get(3).id();
        FAKE.refuse((entry, before) -> entry.get("Detail").asText().contains(refused) ? "InternalFailure" : null);

        assertThatThrownBy(() -> bus.publish(events)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            // the refused one, and the two of the second batch, never sent
            assertThat(e.getMessage()).startsWith("3 of 12 events").contains("InternalFailure");
        });
        assertThat(requestBodies()).extracting(body -> body.get("Entries").size()).containsExactly(10, 1, 1);
    }

    @Test
    void server_errors_are_retried_by_the_sdk_then_fail_the_call_with_a_domain_exception() {
        eventBridge.resetAll();
        eventBridge.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"InternalException\",\"message\":\"try again\"}")));

        assertThatThrownBy(() -> bus.publish(events(3))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(e.getMessage()).startsWith("3 of 3 events").contains("500").contains("InternalException");
        });
        assertThat(eventBridge.getAllServeEvents()).hasSize(3);
    }

    @Test
    void throttling_is_retried_by_the_sdk() {
        eventBridge.resetAll();
        eventBridge.stubFor(post(urlEqualTo("/")).inScenario("throttled").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("through"));
        eventBridge.stubFor(FakeEventBridge.putEvents().inScenario("throttled").whenScenarioStateIs("through"));

        bus.publish(events(2));

        assertThat(eventBridge.getAllServeEvents()).hasSize(2);
        assertThat(FAKE.accepted()).hasSize(2);
    }

    @Test
    void publishing_nothing_sends_nothing() {
        bus.publish(List.of());

        assertThat(eventBridge.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_malformed_trace_parent_is_left_out() {
        assertThat(EventBridgeEventPublisher.xrayTraceHeader("garbage")).isNull();
        assertThat(EventBridgeEventPublisher.xrayTraceHeader(
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"))
                .isEqualTo("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=0");
    }
}
