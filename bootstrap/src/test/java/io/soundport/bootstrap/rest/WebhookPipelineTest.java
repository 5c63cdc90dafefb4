package io.soundport.bootstrap.rest;

import io.soundport.bootstrap.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the event pipeline (outbox, send jobs, sends) behaves under time: an idle worker starts on word of new work,
 * not at its next poll (the poll interval here is 10 s), and a slow receiver holds up only its own messages (at most
 * two sends at once to one endpoint here). The receivers listen on loopback, which these tests allow.
 */
@RestTest.ServerProperties({"soundport.outbound.allowed-hosts=127.0.0.1", "soundport.workers.poll-interval=10s",
        "soundport.webhooks.concurrency=8", "soundport.webhooks.concurrency-per-endpoint=2"})
class WebhookPipelineTest extends RestTest {
    private final WebhookReceiver fast = new WebhookReceiver();
    private final WebhookReceiver slow = new WebhookReceiver(Duration.ofSeconds(2));

    @AfterEach
    void stopReceivers() {
        fast.close();
        slow.close();
    }

    private static void subscribe(Account owner, WebhookReceiver receiver) {
        owner.api().post("/webhooks", obj("url", receiver.url("/hook"), "events", List.of("artist.created")))
                .expect(201);
    }

    /** How long until the receiver holds {@code count} requests; fails after {@code max}. */
    private static Duration awaitRequests(WebhookReceiver receiver, int count, Duration max, long since)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (receiver.received().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + receiver.received().size() + " of " + count + " webhooks in "
                        + max);
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - since);
    }

    @Test
    void an_idle_worker_is_woken_by_a_new_event_well_before_its_poll_interval() throws InterruptedException {
        Account owner = register();
        subscribe(owner, fast);
        // every loop has done what registering queued and waits for its next poll, 10 s away
        Thread.sleep(1_500);

        owner.api().post("/artists", obj("name", "Alice Coltrane")).expect(201);
        long committed = System.nanoTime();

        // dispatching the event and sending its message: two idle loops woken one after the other
        assertThat(awaitRequests(fast, 1, Duration.ofSeconds(15), committed)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_slow_receiver_does_not_hold_up_the_messages_of_a_fast_one() throws InterruptedException {
        int events = 12;
        Account owner = register();
        subscribe(owner, slow);
        subscribe(owner, fast);

        long started = System.nanoTime();
        for (int i = 0; i < events; i++) {
            owner.api().post("/artists", obj("name", "Artist " + i)).expect(201);
        }

        // the slow receiver takes 2 s per message, two at a time: about one a second, 12 s for all of them; sent one
        // after the other, the fast receiver's messages would come in step with the slow one's, the last ones last
        awaitRequests(fast, events, Duration.ofSeconds(30), started);
        assertThat(slow.received()).as("messages the slow receiver had when the fast one had all")
                .hasSizeLessThanOrEqualTo(events * 2 / 3);
        awaitRequests(slow, events, Duration.ofSeconds(60), started);
    }
}
