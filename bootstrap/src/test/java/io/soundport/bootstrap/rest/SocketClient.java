package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebSocket client of the real-time streams (the JDK's), keeping every JSON frame it receives and how the server
 * closed. Waits have a deadline of 20 seconds; no test sleeps.
 */
final class SocketClient implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    /** How the server closed the socket. */
    record Closed(int code, String reason) {
    }

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final WebSocket socket;

    private SocketClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            try {
                                frames.add(Api.JSON.readTree(text.toString()));
                            } catch (JsonProcessingException e) {
                                frames.add(Api.JSON.createObjectNode().put("unreadable", text.toString()));
                            }
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(new Closed(statusCode, reason));
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(new Closed(-1, error.toString()));
                    }
                }).join();
    }

    /** Opens {@code WS /api/v1/streaming/ws/{track}} on the server at {@code base} (its http URI). */
    static SocketClient open(URI base, String track) {
        return new SocketClient(URI.create("ws://" + base.getHost() + ":" + base.getPort()
                + "/api/v1/streaming/ws/" + track));
    }

    /** Sends a text frame. */
    SocketClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** Sends the auth message with an access token. */
    SocketClient authenticate(String accessToken) {
        return send("{\"type\":\"auth\",\"access_token\":\"" + accessToken + "\"}");
    }

    /** The next frame of this type, the frames before it kept in {@link #seen}. */
    JsonNode next(String type) {
        return next(frame -> frame.path("type").asText().equals(type));
    }

    /** The next counts frame whose total is {@code total}. */
    JsonNode counts(long total) {
        return next(frame -> frame.path("type").asText().equals("counts")
                && frame.path("data").path("total").asLong() == total);
    }

    JsonNode next(Predicate<JsonNode> wanted) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            assertThat(left).as("waiting for a frame after %s (closed: %s)", seen, closed.getNow(null)).isPositive();
            JsonNode frame;
            try {
                frame = frames.poll(left, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (frame != null) {
                seen.add(frame);
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        }
    }

    /** How the server closed the socket, waited for. */
    Closed closed() {
        return closed.orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The frames received so far, those already taken by {@link #next} first. */
    List<JsonNode> frames() {
        List<JsonNode> all = new ArrayList<>(seen);
        all.addAll(frames);
        return all;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
