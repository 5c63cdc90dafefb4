package io.soundport.bootstrap;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback that keeps every request as it arrives and answers 200, at once or after a delay. The JDK's own server: this module's test
 * classpath holds DynamoDB Local's Jetty 12, which WireMock 3 does not run on (the SDK's tests use WireMock).
 */
public final class WebhookReceiver implements AutoCloseable {
    /** {@code traceParent}: the W3C trace context the sender passed on, null when none. */
    public record Received(String webhookId, String signature, String body, String traceParent) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver() {
        this(Duration.ZERO);
    }

    /** A receiver that answers each request {@code answerAfter} after it arrived: a slow one. */
    public WebhookReceiver(Duration answerAfter) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body,
                        exchange.getRequestHeaders().getFirst("traceparent")));
                sleep(answerAfter);
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
