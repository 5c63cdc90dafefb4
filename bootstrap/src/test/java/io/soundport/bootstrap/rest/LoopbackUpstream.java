package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A service instance behind the gateway: a plain JDK HTTP server on 127.0.0.1 that records what it received and
 * answers with it. {@code /health} answers 200; {@code /unavailable} 503 (when {@link #unavailable} is set, or
 * always for POST {@code /fail}); {@code /bytes?n=N} streams N bytes; anything else echoes the request as JSON:
 * instance, method, path, query, headers (lower-case names), body length and SHA-256. Answers also carry headers the
 * gateway must drop on the way back.
 */
final class LoopbackUpstream implements AutoCloseable {
    /** What one request looked like when it arrived. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, long bodyLength) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(0);
        }
    }

    final String name;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicBoolean unavailable = new AtomicBoolean();
    private HttpServer server;
    private int port;

    private LoopbackUpstream(String name) {
        this.name = name;
    }

    static LoopbackUpstream start(String name) {
        LoopbackUpstream upstream = new LoopbackUpstream(name);
        upstream.listen(0);
        return upstream;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops at once: connections are refused from now on. */
    void kill() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    void restart() {
        listen(port);
    }

    /** The requests to anything but the health path. */
    List<Received> calls() {
        return received.stream().filter(r -> !r.path().equals("/health")).toList();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            MessageDigest sha256 = sha256();
            long length = 0;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha256.update(buffer, 0, n);
                    length += n;
                }
            }
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
            received.add(new Received(method, path, query, headers, length));

            Headers out = exchange.getResponseHeaders();
            out.add("X-Upstream", name);
            out.add("X-Upstream-Hop", "dropped by the gateway");
            out.add("Connection", "X-Upstream-Hop");
            out.add("Keep-Alive", "timeout=5");
            out.add("Proxy-Authenticate", "Basic realm=upstream");
            if (path.equals("/health")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            if ((path.equals("/unavailable") && unavailable.get()) || (method.equals("POST") && path.equals("/fail"))) {
                byte[] body = "{\"upstream\":\"unavailable\"}".getBytes();
                out.add("Content-Type", "application/json");
                exchange.sendResponseHeaders(503, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (path.equals("/bytes")) {
                long n = Long.parseLong(query.substring("n=".length()));
                out.add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 0);   // chunked
                byte[] chunk = new byte[64 * 1024];
                try (OutputStream body = exchange.getResponseBody()) {
                    for (long sent = 0; sent < n; sent += chunk.length) {
                        body.write(chunk, 0, (int) Math.min(chunk.length, n - sent));
                    }
                }
                return;
            }
            ObjectNode echo = Api.JSON.createObjectNode()
                    .put("instance", name).put("method", method).put("path", path).put("query", query)
                    .put("body_length", length).put("body_sha256", HexFormat.of().formatHex(sha256.digest()));
            byte[] body = Api.JSON.writeValueAsBytes(echo);
            out.add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
