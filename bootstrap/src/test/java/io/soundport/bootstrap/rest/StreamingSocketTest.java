package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.application.analytics.RealtimeFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code WS /streaming/ws/{track_id}} over a real connection: authenticated by its first message, tenant-checked, fed
 * by the shared rollups (so a batch counted by another instance reaches it), with heartbeats, and letting go of a
 * client that stops reading. Intervals are short here so that nothing waits long.
 */
@RestTest.ServerProperties({"soundport.streaming.poll-interval=100ms", "soundport.streaming.heartbeat-interval=300ms",
        "soundport.streaming.auth-timeout=1s", "soundport.streaming.stall-timeout=1s",
        // a small send buffer, so that a client that stops reading stalls the server's writes after a few snapshots
        "micronaut.server.netty.child-options.SO_SNDBUF=8192",
        // a connection that reads nothing for this long is closed (5 minutes by default)
        "micronaut.server.read-idle-timeout=2s"})
class StreamingSocketTest extends RestTest {

    /**
     * The protocol's own behaviour (credentials, timeouts, heartbeats, back-pressure) reads nothing the backend
     * changes: it runs on memory only. The counts, the tenant check and the two instances run on every backend.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @DisabledIfSystemProperty(named = "soundport.test.persistence", matches = ".+")
    private @interface MemoryOnly {
    }

    private record Catalog(Account owner, String track) {
    }

    private static Catalog catalog() {
        Account owner = register();
        String release = ingest(owner, "Live");
        return new Catalog(owner, owner.api().get("/releases/" + release).expect(200).json().path("tracks").get(0)
                .path("id").asText());
    }

    private static void streams(Api api, String track, long count) {
        api.post("/analytics/streams", obj("events", List.of(obj("event_id", UUID.randomUUID().toString(),
                "track_id", track, "partner", "spotify", "country", "GB", "occurred_at", Instant.now().toString(),
                "count", count)))).expect(200);
    }

    @Test
    void a_subscriber_gets_the_last_hour_then_the_counts_as_batches_are_counted_and_heartbeats() {
        Catalog c = catalog();
        try (SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
            socket.authenticate(c.owner().accessToken());

            JsonNode subscribed = socket.next("subscribed");
            JsonNode first = socket.next("counts");
            streams(c.owner().api(), c.track(), 3);
            JsonNode pushed = socket.counts(3);
            streams(c.owner().api(), c.track(), 2);
            socket.counts(5);
            socket.next("ping");
            socket.send("{\"type\":\"ping\"}");
            socket.next("pong");

            assertThat(subscribed.path("track_id").asText()).isEqualTo(c.track());
            assertThat(subscribed.path("heartbeat_interval_ms").asLong()).isEqualTo(300);
            JsonNode read = c.owner().api().get("/streaming/realtime/" + c.track()).expect(200).json();
            assertThat(fieldNames(pushed.path("data"))).as("the shape GET /streaming/realtime answers")
                    .isEqualTo(fieldNames(read)).containsExactly("track_id", "as_of", "total", "minutes");
            assertThat(first.path("data").path("total").asLong()).isZero();
            assertThat(pushed.path("data").path("minutes")).hasSize(60);
            assertThat(pushed.path("data").path("minutes").get(59).path("streams").asLong()).isBetween(0L, 3L);
        }
    }

    @Test
    @MemoryOnly
    void a_client_that_only_listens_stays_subscribed_past_the_read_idle_timeout() {
        Catalog c = catalog();
        try (SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
            socket.authenticate(c.owner().accessToken());
            socket.counts(0);
            Instant past = Instant.now().plusSeconds(3);

            while (Instant.now().isBefore(past)) {
                socket.next("ping"); // the pong of the ping frame that comes with it is the client's only read
            }

            streams(c.owner().api(), c.track(), 2);
            socket.counts(2);
        }
    }

    @Test
    @MemoryOnly
    void an_api_key_with_the_read_scope_subscribes_too() {
        Catalog c = catalog();
        String key = createKey(c.owner(), "read");
        try (SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
            socket.send("{\"type\":\"auth\",\"api_key\":\"" + key + "\"}");

            socket.next("subscribed");
            socket.counts(0);
        }
    }

    @Test
    @MemoryOnly
    void without_valid_credentials_in_the_first_message_the_socket_is_closed_with_4401() {
        Catalog c = catalog();
        for (String first : List.of("{\"type\":\"auth\",\"access_token\":\"not-a-token\"}",
                "{\"type\":\"auth\",\"api_key\":\"sp_live_unknown\"}", "{\"type\":\"auth\"}",
                "{\"type\":\"ping\"}", "not json")) {
            try (SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
                socket.send(first);

                JsonNode error = socket.next("error").path("error");
                assertThat(error.path("code").asText()).as(first).isEqualTo("AUTHENTICATION_ERROR");
                assertThat(error.path("request_id").asText()).isNotBlank();
                assertThat(socket.closed()).as(first).isEqualTo(new SocketClient.Closed(4401, "AUTHENTICATION_ERROR"));
                assertThat(socket.frames()).extracting(f -> f.path("type").asText()).containsExactly("error");
            }
        }
    }

    @Test
    @MemoryOnly
    void a_client_that_sends_nothing_is_closed_after_the_auth_timeout() {
        Catalog c = catalog();
        try (SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
            assertThat(socket.next("error").path("error").path("message").asText()).contains("No auth message");
            assertThat(socket.closed().code()).isEqualTo(4401);
        }
    }

    @Test
    void another_organizations_track_or_no_track_is_not_found_and_closes_with_4404() {
        Catalog c = catalog();
        Account stranger = register();
        for (String track : List.of(c.track(), "trk_01HZZZZZZZZZZZZZZZZZZZZZZZ", "nonsense")) {
            try (SocketClient socket = SocketClient.open(server.getURI(), track)) {
                socket.authenticate(stranger.accessToken());

                assertThat(socket.next("error").path("error").path("code").asText()).isEqualTo("NOT_FOUND");
                assertThat(socket.closed().code()).isEqualTo(4404);
            }
        }
    }

    @Test
    @MemoryOnly
    void a_client_that_stops_reading_is_let_go() throws IOException {
        Catalog c = catalog();
        RealtimeFeed feed = server.getApplicationContext().getBean(RealtimeFeed.class);
        int before = feed.subscriptions();
        try (Socket raw = new Socket()) {
            raw.setReceiveBufferSize(4096);
            raw.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()), 5_000);
            OutputStream out = raw.getOutputStream();
            out.write(("GET /api/v1/streaming/ws/" + c.track() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            readUntil(raw.getInputStream(), "\r\n\r\n");
            out.write(maskedText("{\"type\":\"auth\",\"access_token\":\"" + c.owner().accessToken() + "\"}"));
            readUntil(raw.getInputStream(), "subscribed");
            await(() -> Api.JSON.valueToTree(feed.subscriptions()), n -> n.asInt() == before + 1);

            // never read again: snapshots (each batch changes the counts) and pongs fill the connection until the
            // server gives up on it
            byte[] ping = maskedText("{\"type\":\"ping\"}");
            Instant deadline = Instant.now().plusSeconds(20);
            while (feed.subscriptions() > before && Instant.now().isBefore(deadline)) {
                out.write(ping);
                streams(c.owner().api(), c.track(), 1);
            }

            await(() -> Api.JSON.valueToTree(feed.subscriptions()), n -> n.asInt() == before);
        }
    }

    @Test
    void a_subscriber_on_one_instance_gets_the_counts_of_a_batch_posted_to_another(@TempDir Path dataDir) {
        String persistence = System.getProperty("soundport.test.persistence", "memory");
        assumeThat(persistence).as("instances share nothing in memory").isNotEqualTo("memory");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "soundport.jwt.secret", JWT_SECRET,
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.workers.enabled", "false"));
        // the second instance shares the first one's database
        properties.put("soundport.persistence", persistence);
        for (String name : persistence.equals("dynamodb")
                ? List.of("soundport.dynamodb.endpoint", "soundport.dynamodb.table-prefix")
                : List.of("soundport.database.url", "soundport.database.user")) {
            properties.put(name, property(name));
        }
        Catalog c = catalog();
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, properties);
             SocketClient socket = SocketClient.open(server.getURI(), c.track())) {
            socket.authenticate(c.owner().accessToken());
            socket.counts(0);

            streams(new Api(other.getURI()).as(c.owner().accessToken()), c.track(), 4);

            assertThat(socket.counts(4).path("data").path("track_id").asText()).isEqualTo(c.track());
        }
    }

    private static String property(String name) {
        return server.getEnvironment().getRequiredProperty(name, String.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A client's text frame: FIN, text, masked as a client must. */
    private static byte[] maskedText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        if (payload.length > 125) {
            byte[] frame = new byte[8 + payload.length];
            frame[0] = (byte) 0x81;
            frame[1] = (byte) (0x80 | 126);
            frame[2] = (byte) (payload.length >> 8);
            frame[3] = (byte) payload.length;
            mask(payload, frame, 4);
            return frame;
        }
        byte[] frame = new byte[6 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        mask(payload, frame, 2);
        return frame;
    }

    private static void mask(byte[] payload, byte[] frame, int at) {
        byte[] key = {0x11, 0x22, 0x33, 0x44};
        System.arraycopy(key, 0, frame, at, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[at + 4 + i] = (byte) (payload[i] ^ key[i % 4]);
        }
    }

    private static void readUntil(InputStream in, String marker) throws IOException {
        StringBuilder read = new StringBuilder();
        while (read.indexOf(marker) < 0) {
            int b = in.read();
            assertThat(b).as("the server closed before %s: %s", marker, read).isNotNegative();
            read.append((char) b);
        }
    }
}
