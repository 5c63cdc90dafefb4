package com.example.partner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.soundport.sdk.Webhooks;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.exception.WebhookVerificationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The partner's webhook endpoint: a JDK HTTP server that verifies each POST with the endpoint's signing secret and
 * reads it into a typed {@link Event} ({@link Webhooks#constructEvent}), answers 400 to what does not verify, drops
 * what it already handled (delivery is at least once: deduplicate on the message id, the {@code webhook-id} header),
 * and hands each new event to a handler.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** Where Soundport posts, on this receiver. */
    public static final String PATH = "/soundport/webhooks";

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
    private final Consumer<Event> handler;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile String secret;

    private WebhookReceiver(HttpServer server, Consumer<Event> handler) {
        this.server = server;
        this.handler = handler;
    }

    /** Starts listening on a free port of the loopback interface. */
    public static WebhookReceiver start(Consumer<Event> handler) {
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
            String signingSecret = secret;
            if (signingSecret == null) {
                exchange.sendResponseHeaders(503, -1); // not ready: Soundport retries later
                return;
            }
            Event event;
            try {
                event = Webhooks.constructEvent(body, exchange.getRequestHeaders(), signingSecret);
            } catch (WebhookVerificationException e) {
                rejected.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (handled.add(event.messageId())) {
                handler.accept(event);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
