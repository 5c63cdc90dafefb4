package io.soundport.adapters.aws;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.contracts.EventBusContract;
import io.soundport.domain.port.EventBus;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The contract against WireMock answering as EventBridge does; the events are read back from the entries it took. */
class EventBridgeEventPublisherContractTest extends EventBusContract {
    static final FakeEventBridge FAKE = new FakeEventBridge();
    private static final Pattern XRAY =
            Pattern.compile("Root=1-([0-9a-f]{8})-([0-9a-f]{24});Parent=([0-9a-f]{16});Sampled=([01])");

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
                new EventBridgeEventPublisher.Settings("soundport", null, 2, Duration.ofMillis(1)));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Override
    protected EventBus bus() {
        return bus;
    }

    @Override
    protected List<PublishedEvent> received() {
        return FAKE.accepted().stream().map(EventBridgeEventPublisherContractTest::event).toList();
    }

    /** The event an entry carries, back from its detail and trace header. */
    static PublishedEvent event(JsonNode entry) {
        Map<String, Object> detail = AwsStubs.JSON.convertValue(AwsStubs.json(entry.get("Detail").asText()),
                new TypeReference<Map<String, Object>>() {
                });
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) detail.get("data");
        return new PublishedEvent((String) detail.get("id"), (String) detail.get("type"),
                (String) detail.get("organization_id"), (String) detail.get("aggregate_id"),
                (String) detail.get("release_id"), Instant.parse((String) detail.get("occurred_at")), data,
                traceParent(entry.path("TraceHeader").asText(null)));
    }

    private static String traceParent(String xray) {
        if (xray == null) {
            return null;
        }
        Matcher m = XRAY.matcher(xray);
        if (!m.matches()) {
            throw new AssertionError("not an X-Ray trace header: " + xray);
        }
        return "00-" + m.group(1) + m.group(2) + "-" + m.group(3) + "-0" + m.group(4);
    }
}
