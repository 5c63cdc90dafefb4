package io.soundport.bootstrap.rest;

import io.soundport.bootstrap.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trace a caller starts reaches the webhooks its request causes: the W3C {@code traceparent} of the request is
 * kept with the event in the outbox and with the send job, and the POST to the receiver carries the same trace id.
 * The receiver listens on loopback, which these tests allow as an outbound host.
 */
@RestTest.ServerProperties("soundport.outbound.allowed-hosts=127.0.0.1")
class TracePropagationTest extends RestTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static String traceParent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    private Account subscribed() {
        Account owner = register();
        owner.api().post("/webhooks", obj("url", receiver.url("/hook"), "events", List.of("*"))).expect(201);
        return owner;
    }

    private WebhookReceiver.Received awaitWebhook(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<WebhookReceiver.Received> found = receiver.received().stream()
                    .filter(r -> r.body().contains("\"type\":\"" + type + "\""))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " webhook in " + WAIT + "; received " + receiver.received());
    }

    @Test
    void a_trace_id_from_traceparent_reaches_the_webhook_receiver() throws InterruptedException {
        Account owner = subscribed();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        owner.api().with("traceparent", traceParent(traceId)).post("/artists", obj("name", "Björk")).expect(201);

        String sent = awaitWebhook("artist.created").traceParent();
        assertThat(sent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(sent).as("a span of ours, not the caller's").isNotEqualTo(traceParent(traceId));
    }

    @Test
    void a_test_webhook_asked_for_in_a_trace_is_sent_in_it() throws InterruptedException {
        Account owner = register();
        String endpoint = owner.api().post("/webhooks", obj("url", receiver.url("/hook"),
                "events", List.of("release.created"))).expect(201).id();
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        owner.api().with("traceparent", traceParent(traceId)).post("/webhooks/" + endpoint + "/test", null)
                .expect(202);

        assertThat(awaitWebhook("webhook.test").traceParent()).startsWith("00-" + traceId + "-");
    }

    @Test
    void a_request_without_a_trace_starts_its_own_and_a_malformed_traceparent_is_ignored()
            throws InterruptedException {
        Account owner = subscribed();

        owner.api().with("traceparent", "00-not-a-trace-01").post("/artists", obj("name", "Sigur Rós"))
                .expect(201);

        assertThat(awaitWebhook("artist.created").traceParent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                .doesNotContain("00000000000000000000000000000000");
    }
}
