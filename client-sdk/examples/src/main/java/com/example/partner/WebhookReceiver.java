package com.example.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.soundport.sdk.Webhooks;
import io.soundport.sdk.exception.WebhookVerificationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The partner's webhook endpoint: a JDK HTTP server that verifies each POST with the endpoint's signing secret,
 * answers 400 to what does not verify, drops what it already handled (delivery is at least once: deduplicate on
 * {@code webhook-id}), and hands each new event to a handler.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** Where Soundport posts, on this receiver. */
    public static final String PATH = "/soundport/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    /** Daemon threads, so that they never keep the application's JVM alive; {@link #close()} ends them. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "webhook-receiver-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });
    private final Consumer<ReceivedEvent> handler;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile String secret;

    /**
     * One event as the receiver understood it.
     *
     * @param webhookId the message id ({@code msg_...}): the same for every retry of one delivery
     * @param eventId   the event id ({@code evt_...})
     * @param type      the event type, such as {@code release.created}
     * @param releaseId the release the event is about, or null
     * @param title     the release's title, or null
     * @param status    the release's status, or null
     * @param version   the release's version, or 0
     */
    // EVENTS: Webhooks.constructEvent returns a typed Event (its data a typed release); this record then goes
    public record ReceivedEvent(String webhookId, String eventId, String type, String releaseId, String title,
                                String status, long version) {
    }

    private WebhookReceiver(HttpServer server, Consumer<ReceivedEvent> handler) {
        this.server = server;
        this.handler = handler;
    }

    /** Starts listening on a free port of the loopback interface. */
    public static WebhookReceiver start(Consumer<ReceivedEvent> handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server, handler);
            server.createContext(PATH, receiver::receive);
            server.setExecutor(receiver.workers);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook receiver could not start", e);
        }
    }

    /** The URL to register with {@code webhooks().create(..)}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The endpoint's signing secret ({@code whsec_...}), known once the endpoint is registered. */
    public void trust(String signingSecret) {
        this.secret = signingSecret;
    }

    /** How many requests did not verify. */
    public int rejected() {
        return rejected.get();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = firstValues(exchange.getRequestHeaders());
            String signingSecret = secret;
            if (signingSecret == null) {
                exchange.sendResponseHeaders(503, -1); // not ready: Soundport retries later
                return;
            }
            try {
                // EVENTS: Event event = Webhooks.constructEvent(body, exchange.getRequestHeaders(), signingSecret);
                Webhooks.verify(body, headers, signingSecret);
            } catch (WebhookVerificationException e) {
                rejected.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String webhookId = headers.get("webhook-id");
            if (handled.add(webhookId)) {
                handler.accept(parse(webhookId, body));
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    // EVENTS: constructEvent takes the multi-valued headers as they come; this copy then goes
    private static Map<String, String> firstValues(Map<String, List<String>> headers) {
        Map<String, String> first = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return first;
    }

    // EVENTS: the typed Event of constructEvent replaces this reading of the body
    private static ReceivedEvent parse(String webhookId, String body) throws IOException {
        JsonNode event = JSON.readTree(body);
        JsonNode data = event.path("data");
        return new ReceivedEvent(webhookId, event.path("id").asText(), event.path("type").asText(),
                data.path("id").asText(null), data.path("title").asText(null), data.path("status").asText(null),
                data.path("version").asLong());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
