package io.soundport.adapters.http;

import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.webhooks.WebhookTransport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receivers that close connections (HTTP/1.0, or idle keep-alive connections after 1 ms) get every message exactly
 * once: a pooled connection the receiver already closed costs nothing and is never a failed attempt.
 */
class ClosingReceiversTest {
    private static final int MESSAGES = 1_000;
    private static final int PARALLEL_MESSAGES = 200;
    private static final int DELIVERIES = 200;

    private static OkHttpWebhookTransport transport() {
        return new OkHttpWebhookTransport(new SsrfGuard(List.of("127.0.0.1")),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    @Timeout(30)
    void an_http_1_0_receiver_that_closes_after_every_answer_gets_every_webhook_once() throws Exception {
        try (ClosingReceiver receiver = ClosingReceiver.http10()) {
            sendAndCheck("HTTP/1.0 receiver", receiver, transport());
        }
    }

    @Test
    @Timeout(30)
    void a_receiver_that_closes_idle_connections_after_1_ms_gets_every_webhook_once() throws Exception {
        try (ClosingReceiver receiver = ClosingReceiver.idleClosing()) {
            sendAndCheck("idle-closing HTTP/1.1 receiver", receiver, transport());
        }
    }

    @Test
    @Timeout(30)
    void a_receiver_that_answers_connection_close_gets_every_webhook_once() throws Exception {
        try (ClosingReceiver receiver = ClosingReceiver.connectionClose()) {
            sendAndCheck("Connection: close receiver", receiver, transport(), 200);
        }
    }

    @Test
    @Timeout(30)
    void a_receiver_that_keeps_connections_alive_still_gets_every_webhook_over_one_connection() throws Exception {
        try (ClosingReceiver receiver = ClosingReceiver.keepingAlive()) {
            OkHttpWebhookTransport transport = transport();
            for (int i = 0; i < 100; i++) {
                assertThat(transport.post(receiver.url("/hook"), Map.of(), body("msg_" + i)).succeeded()).isTrue();
            }
            assertEachOnce(receiver, "msg_", 100);
            assertThat(receiver.connections()).isEqualTo(1);
        }
    }

    private static final byte[] AUDIO = new byte[64 * 1024];

    @Test
    @Timeout(30)
    void an_http_1_0_partner_that_closes_after_every_answer_gets_every_delivery_once() throws Exception {
        try (ClosingReceiver receiver = ClosingReceiver.http10()) {
            HttpDeliveryGateway gateway = new HttpDeliveryGateway(new SsrfGuard(List.of("127.0.0.1")),
                    Duration.ofSeconds(2), Duration.ofSeconds(5));
            Instant now = Instant.parse("2025-06-01T10:00:00Z");
            Partner partner = new Partner(PartnerId.of("ptn_01"), OrganizationId.of("org_01"), "Streamly",
                    Protocol.HTTP, receiver.url("/ingest"), List.of(Territory.WORLD), true, "ciphertext", now, now, 1);
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                String id = "dlv_" + i;
                // the message, the manifest and an audio file streamed from its source, in one close-delimited call
                DeliveryPackage delivery = new DeliveryPackage(id, DeliveryKind.DELIVERY, "b1", "036000291452",
                        List.of(DeliveryPackage.PackageFile.of(id + ".xml",
                                        ("<NewReleaseMessage>" + id + "</NewReleaseMessage>")
                                                .getBytes(StandardCharsets.UTF_8)),
                                DeliveryPackage.PackageFile.of("manifest.json",
                                        ("{\"message_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)),
                                new DeliveryPackage.PackageFile("resources/036000291452_01_001.wav", AUDIO.length,
                                        () -> new java.io.ByteArrayInputStream(AUDIO))));
                DeliveryGateway.Result result = gateway.deliver(partner, "secret", delivery);
                if (!result.succeeded()) {
                    failures.add(id + ": " + result.error());
                }
            }
            report("gateway, HTTP/1.0 receiver", DELIVERIES, failures);
            assertThat(failures).as("failed deliveries of %d", DELIVERIES).isEmpty();
            assertEachOnce(receiver, "dlv_", DELIVERIES);
        }
    }

    private static void sendAndCheck(String label, ClosingReceiver receiver, OkHttpWebhookTransport transport)
            throws Exception {
        sendAndCheck(label, receiver, transport, MESSAGES);
    }

    private static void sendAndCheck(String label, ClosingReceiver receiver, OkHttpWebhookTransport transport,
                                     int messages) throws Exception {
        String url = receiver.url("/hook");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            String id = "msg_" + i;
            Result result = transport.post(url, Map.of("Content-Type", "application/json"), body(id));
            if (!result.succeeded()) {
                failures.add(id + ": " + result.error());
            }
        }
        report(label + ", one after another", messages, failures);

        List<String> parallelFailures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL_MESSAGES; i++) {
                String id = "par_" + i;
                results.add(pool.submit(() -> transport.post(url, Map.of(), body(id))));
            }
            for (int i = 0; i < PARALLEL_MESSAGES; i++) {
                Result result = results.get(i).get(20, TimeUnit.SECONDS);
                if (!result.succeeded()) {
                    parallelFailures.add("par_" + i + ": " + result.error());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        report(label + ", 4 in parallel", PARALLEL_MESSAGES, parallelFailures);

        assertThat(failures).as("failed attempts of %d sent one after another", messages).isEmpty();
        assertThat(parallelFailures).as("failed attempts of %d sent 4 at a time", PARALLEL_MESSAGES).isEmpty();
        assertEachOnce(receiver, "msg_", messages);
        assertEachOnce(receiver, "par_", PARALLEL_MESSAGES);
    }

    private static byte[] body(String id) {
        return ("{\"id\":\"" + id + "\",\"type\":\"release.created\",\"timestamp\":\"2025-01-02T03:04:05Z\","
                + "\"data\":{\"title\":\"Homogenic\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertEachOnce(ClosingReceiver receiver, String prefix, int count) {
        List<String> missing = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AtomicInteger times = receiver.received().get(prefix + i);
            if (times == null) {
                missing.add(prefix + i);
            } else if (times.get() > 1) {
                duplicates.add(prefix + i + " x" + times.get());
            }
        }
        assertThat(duplicates).as("messages received more than once").isEmpty();
        assertThat(missing).as("messages never received").isEmpty();
    }

    private static void report(String what, int total, List<String> failures) {
        System.out.printf("%s: %d of %d attempts failed%s%n", what, failures.size(), total,
                failures.isEmpty() ? "" : " (first: " + failures.get(0) + ")");
    }
}
