package io.soundport.sdk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.soundport.adapters.json.JsonEventPayloads;
import io.soundport.domain.publishing.EventCatalog;
import io.soundport.domain.shared.Json;
import io.soundport.sdk.event.DeliveryData;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.event.ReleaseData;
import io.soundport.sdk.event.UnknownData;
import io.soundport.sdk.event.WorkflowWebhookData;
import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.exception.WebhookVerificationException;
import io.soundport.sdk.model.DeliveryKind;
import io.soundport.sdk.model.DeliveryStatus;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.WorkflowExecutionStatus;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Webhooks#constructEvent}: bodies shaped and signed as the server does (its own payload adapter, the official
 * Standard Webhooks library), read into the typed data of every event type the server catalogs.
 */
class WebhookEventsTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("a 32 byte secret for the tests!!".getBytes(StandardCharsets.UTF_8));
    private static final String OTHER_SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("another secret, rotated in later".getBytes(StandardCharsets.UTF_8));
    private static final Instant NOW = Instant.parse("2026-12-04T09:30:02Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final JsonEventPayloads PAYLOADS = new JsonEventPayloads();

    /** The body the server writes for an event (WebhookBodies): id, type, timestamp, data. */
    private static String body(String eventId, String type, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("timestamp", "2026-12-04T09:30:00Z");
        body.put("data", data);
        return Json.write(body);
    }

    /** The three headers, signed by the Standard Webhooks library, as a multi-valued map. */
    private static Map<String, List<String>> signed(String messageId, Instant at, String body, String secret)
            throws Exception {
        String signature = new Webhook(secret).sign(messageId, at.getEpochSecond(), body);
        return Map.of("webhook-id", List.of(messageId),
                "webhook-timestamp", List.of(Long.toString(at.getEpochSecond())),
                "webhook-signature", List.of(signature));
    }

    /** The SDK's mapper, nulls written: a field the record lacks or misnames shows up in the comparison. */
    private static final ObjectMapper WITH_NULLS = io.soundport.sdk.Json.MAPPER.copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private static JsonNode tree(Object value) throws Exception {
        return WITH_NULLS.readTree(WITH_NULLS.writeValueAsString(value));
    }

    private static List<Optional<?>> typedAccessors(Event event) {
        return List.of(event.release(), event.track(), event.artist(), event.delivery(), event.workflowExecution(),
                event.workflowWebhook(), event.webhookTest(), event.organization(), event.notification(),
                event.integration(), event.liveEvent(), event.campaign());
    }

    @Test
    void every_event_type_the_server_catalogs_is_read_into_its_typed_data_field_by_field() throws Exception {
        assertThat(EventCatalog.all()).hasSizeGreaterThan(15);
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            Map<String, Object> example = PAYLOADS.exampleOf(entry.type()).orElseThrow();
            String body = body("evt_1", entry.type(), example);

            Event event = Webhooks.constructEvent(body, signed("msg_1", NOW, body, SECRET), SECRET, CLOCK);

            assertThat(event.type().isKnown()).as("the SDK has no Event.Type for %s", entry.type()).isTrue();
            assertThat(event.type().value()).isEqualTo(entry.type());
            assertThat(event.data()).as(entry.type()).isNotInstanceOf(UnknownData.class)
                    .isInstanceOf(event.type().dataType());
            assertThat(tree(event.data())).as("every field of %s is in its SDK record", entry.type())
                    .isEqualTo(tree(example));
            assertThat(tree(event.rawData())).isEqualTo(tree(example));
            assertThat(typedAccessors(event).stream().filter(Optional::isPresent)).as(entry.type()).hasSize(1);
        }
    }

    @Test
    void the_sdk_knows_no_event_type_the_server_does_not_publish() {
        assertThat(Arrays.stream(Event.Type.values()).filter(Event.Type::isKnown).map(Event.Type::value))
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalog.all().stream().map(EventCatalog.Entry::type).toList());
    }

    @Test
    void an_event_reads_as_its_type_with_its_ids_and_time() throws Exception {
        String body = body("evt_01JDX4", "delivery.failed", PAYLOADS.exampleOf("delivery.failed").orElseThrow());

        Event event = Webhooks.constructEvent(body, signed("msg_9f2c", NOW, body, SECRET), SECRET, CLOCK);

        assertThat(event.id()).isEqualTo("evt_01JDX4");
        assertThat(event.messageId()).isEqualTo("msg_9f2c");
        assertThat(event.type()).isEqualTo(Event.Type.DELIVERY_FAILED);
        assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-12-04T09:30:00Z"));
        assertThat(event.body()).isEqualTo(body);
        DeliveryData delivery = event.delivery().orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.kind()).isEqualTo(DeliveryKind.DELIVERY);
        assertThat(delivery.partnerName()).isEqualTo("Streamly");
        assertThat(event.release()).isEmpty();
        if (event.data() instanceof DeliveryData viaPattern) {
            assertThat(viaPattern).isEqualTo(delivery);
        } else {
            throw new AssertionError("a delivery event's data is a DeliveryData");
        }
    }

    @Test
    void release_workflow_and_test_events_have_their_own_typed_fields() throws Exception {
        String submitted = body("evt_1", "release.submitted", PAYLOADS.exampleOf("release.submitted").orElseThrow());
        ReleaseData release = Webhooks.constructEvent(submitted, signed("msg_1", NOW, submitted, SECRET), SECRET, CLOCK)
                .release().orElseThrow();
        assertThat(release.status()).isEqualTo(ReleaseStatus.SUBMITTED);
        assertThat(release.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(release.trackCount()).isEqualTo(2);

        String executed = body("evt_2", "workflow.executed", PAYLOADS.exampleOf("workflow.executed").orElseThrow());
        Event run = Webhooks.constructEvent(executed, signed("msg_2", NOW, executed, SECRET), SECRET, CLOCK);
        assertThat(run.workflowExecution().orElseThrow().status()).isEqualTo(WorkflowExecutionStatus.SUCCEEDED);
        assertThat(run.workflowExecution().orElseThrow().triggerEventType()).isEqualTo(Event.Type.RELEASE_SUBMITTED);
        assertThat(run.data().workflowDepth()).isEqualTo(1);

        String spoke = body("evt_3", "workflow.webhook", PAYLOADS.exampleOf("workflow.webhook").orElseThrow());
        WorkflowWebhookData webhook = Webhooks.constructEvent(spoke, signed("msg_3", NOW, spoke, SECRET), SECRET, CLOCK)
                .workflowWebhook().orElseThrow();
        assertThat(webhook.data()).containsEntry("channel", "cms");

        String test = body("evt_4", "webhook.test", PAYLOADS.exampleOf("webhook.test").orElseThrow());
        assertThat(Webhooks.constructEvent(test, signed("msg_4", NOW, test, SECRET), SECRET, CLOCK).webhookTest()
                .orElseThrow().endpointId()).startsWith("whk_");
    }

    @Test
    void an_event_type_this_sdk_does_not_know_falls_back_to_its_raw_data() throws Exception {
        String body = body("evt_5", "playlist.pitched", Map.of("id", "pls_1", "budget", 1200, "workflow_depth", 0));

        Event event = Webhooks.constructEvent(body, signed("msg_5", NOW, body, SECRET), SECRET, CLOCK);

        assertThat(event.type()).isEqualTo(Event.Type.UNKNOWN);
        assertThat(event.typeValue()).isEqualTo("playlist.pitched");
        assertThat(event.data()).isEqualTo(new UnknownData(Map.of("id", "pls_1", "budget", 1200, "workflow_depth", 0)));
        assertThat(event.rawData()).containsEntry("id", "pls_1").containsEntry("budget", 1200);
        assertThat(typedAccessors(event)).allSatisfy(accessor -> assertThat(accessor).isEmpty());
        assertThat(event.id()).isEqualTo("evt_5");
    }

    @Test
    void headers_are_taken_from_every_map_shape_with_names_in_any_case() throws Exception {
        Instant now = Instant.now();
        String body = body("evt_6", "artist.created", PAYLOADS.exampleOf("artist.created").orElseThrow());
        Map<String, List<String>> multi = signed("msg_6", now, body, SECRET);
        Map<String, String> single = new LinkedHashMap<>();
        multi.forEach((name, values) -> single.put(name.toUpperCase(), values.get(0)));
        Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.put("Webhook-Id", "msg_6");
        caseInsensitive.put("Webhook-Timestamp", multi.get("webhook-timestamp").get(0));
        caseInsensitive.put("Webhook-Signature", multi.get("webhook-signature").get(0));
        HttpHeaders jdk = HttpHeaders.of(Map.of("Webhook-Id", multi.get("webhook-id"),
                "Webhook-Timestamp", multi.get("webhook-timestamp"),
                "Webhook-Signature", multi.get("webhook-signature")),
                (name, value) -> true);
        Function<String, String> servletGetHeader = caseInsensitive::get;
        Map<String, String[]> arrays = Map.of("webhook-id", new String[]{"msg_6"},
                "webhook-timestamp", new String[]{multi.get("webhook-timestamp").get(0)},
                "webhook-signature", new String[]{multi.get("webhook-signature").get(0)});

        for (Event event : List.of(Webhooks.constructEvent(body, multi, SECRET),
                Webhooks.constructEvent(body, single, SECRET), Webhooks.constructEvent(body, jdk, SECRET),
                Webhooks.constructEvent(body, servletGetHeader, SECRET),
                Webhooks.constructEvent(body, arrays, SECRET))) {
            assertThat(event.messageId()).isEqualTo("msg_6");
            assertThat(event.artist().orElseThrow().name()).isEqualTo("The Midnight");
        }
        Webhooks.verify(body, jdk, SECRET);
        Webhooks.verify(body, servletGetHeader, SECRET);
        Webhooks.verify(body, multi, SECRET);
    }

    @Test
    void one_signature_among_several_values_of_the_signature_header_is_enough() throws Exception {
        String body = body("evt_7", "artist.updated", PAYLOADS.exampleOf("artist.updated").orElseThrow());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed("msg_7", NOW, body, SECRET));
        String rotated = new Webhook(OTHER_SECRET).sign("msg_7", NOW.getEpochSecond(), body);
        headers.put("webhook-signature", List.of(rotated, headers.get("webhook-signature").get(0)));

        assertThat(Webhooks.constructEvent(body, headers, SECRET, CLOCK).type()).isEqualTo(Event.Type.ARTIST_UPDATED);
    }

    @Test
    void a_webhook_id_given_twice_with_different_values_is_refused() throws Exception {
        String body = body("evt_8", "artist.updated", PAYLOADS.exampleOf("artist.updated").orElseThrow());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed("msg_8", NOW, body, SECRET));
        headers.put("webhook-id", List.of("msg_8", "msg_other"));

        assertThatThrownBy(() -> Webhooks.constructEvent(body, headers, SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("more than one");
    }

    @Test
    void a_tampered_body_an_old_or_a_future_timestamp_and_another_secret_are_refused() throws Exception {
        String body = body("evt_9", "release.created", PAYLOADS.exampleOf("release.created").orElseThrow());
        Map<String, List<String>> headers = signed("msg_9", NOW, body, SECRET);

        String tampered = body.replace("Night Drive", "Day Drive");
        assertThatThrownBy(() -> Webhooks.constructEvent(tampered, headers, SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No signature");
        Instant old = NOW.minusSeconds(301);
        assertThatThrownBy(() -> Webhooks.constructEvent(body, signed("msg_9", old, body, SECRET), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("too old");
        Instant future = NOW.plusSeconds(301);
        assertThatThrownBy(() -> Webhooks.constructEvent(body, signed("msg_9", future, body, SECRET), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> Webhooks.constructEvent(body, headers, OTHER_SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> Webhooks.constructEvent(body, Map.of("webhook-id", "msg_9"), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("webhook-timestamp");
    }

    @Test
    void a_signed_body_that_is_not_an_event_is_refused() throws Exception {
        for (String body : List.of("not json", "{\"type\":\"release.created\",\"data\":{}}",
                "{\"id\":\"evt_1\",\"type\":\"release.created\",\"timestamp\":\"2026-12-04T09:30:00Z\"}")) {
            assertThatThrownBy(() -> Webhooks.constructEvent(body, signed("msg_1", NOW, body, SECRET), SECRET, CLOCK))
                    .as(body).isInstanceOf(WebhookVerificationException.class);
        }
    }

    @Test
    void a_refused_webhook_is_not_an_api_error() {
        WebhookVerificationException refused = new WebhookVerificationException("no");
        assertThat(refused).isInstanceOf(RuntimeException.class).isNotInstanceOf(SoundportException.class);
        assertThat(Stream.of(WebhookVerificationException.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("status", "code", "requestId");
    }
}
