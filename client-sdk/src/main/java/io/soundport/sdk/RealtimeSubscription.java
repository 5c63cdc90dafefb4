package io.soundport.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.sdk.model.RealtimeStreams;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A live subscription to a track's stream counts, over a WebSocket ({@code WS /api/v1/streaming/ws/{track_id}}), made
 * by {@link AnalyticsService#subscribeRealtime(String, RealtimeListener)}. The SDK authenticates it with the client's
 * credentials in its first message, keeps it alive with pings, and tells the {@link RealtimeListener} what arrives.
 * It does not reconnect by itself: {@link RealtimeListener#onClosed} says why it ended. Thread-safe.
 */
public final class RealtimeSubscription implements AutoCloseable {
    /** How often the SDK pings the server; a pong later than this fails the socket (1006). */
    static final Duration PING_INTERVAL = Duration.ofSeconds(20);

    private final String trackId;
    private final RealtimeListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile RealtimeStreams latest;
    private volatile WebSocket socket;

    private RealtimeSubscription(String trackId, RealtimeListener listener) {
        this.trackId = trackId;
        this.listener = listener;
    }

    static RealtimeSubscription open(Transport transport, String trackId, RealtimeListener listener) {
        Map<String, String> auth = transport.authMessage();
        RealtimeSubscription subscription = new RealtimeSubscription(trackId, listener);
        subscription.socket = transport.openSocket(List.of("streaming", "ws", trackId), subscription.new Frames(auth),
                PING_INTERVAL);
        return subscription;
    }

    /**
     * The track.
     *
     * @return the track's id
     */
    public String trackId() {
        return trackId;
    }

    /**
     * The last counts received.
     *
     * @return the counts, or null before the first
     */
    public RealtimeStreams latest() {
        return latest;
    }

    /**
     * Whether the subscription is still open.
     *
     * @return false once {@link RealtimeListener#onClosed} was called or is about to be
     */
    public boolean isOpen() {
        return !ended.get();
    }

    /** Ends the subscription (1000); the listener hears {@link RealtimeListener#onClosed} once the server agrees. */
    @Override
    public void close() {
        WebSocket held = socket;
        if (held != null && !ended.get() && !held.close(1000, "closed by the client")) {
            end(1000, "closed by the client");
        }
    }

    private void end(int code, String reason) {
        if (ended.compareAndSet(false, true)) {
            listener.onClosed(code, reason);
        }
    }

    /** Reads the server's frames. */
    private final class Frames extends WebSocketListener {
        private final Map<String, String> auth;

        Frames(Map<String, String> auth) {
            this.auth = auth;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            try {
                webSocket.send(Json.MAPPER.writeValueAsString(auth));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                webSocket.cancel();
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode frame;
            try {
                frame = Json.MAPPER.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return; // not a frame of this protocol: nothing to tell
            }
            switch (frame.path("type").asText("")) {
                case "subscribed" -> listener.onSubscribed(frame.path("track_id").asText(trackId));
                case "counts" -> {
                    RealtimeStreams counts = Json.MAPPER.convertValue(frame.path("data"), RealtimeStreams.class);
                    latest = counts;
                    listener.onCounts(counts);
                }
                case "error" -> listener.onError(Errors.of(new ResponseMetadata(status(frame), Map.of()),
                        "{\"error\":" + frame.path("error") + "}", null));
                default -> {
                    // ping (the server's heartbeat), pong, and types a later server may add
                }
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            end(code, reason);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            end(1006, response != null ? "HTTP " + response.code() + " instead of a WebSocket" : String.valueOf(t));
        }

        /** The HTTP status that goes with an error frame's code (what the close code will say, less 4000). */
        private int status(JsonNode frame) {
            return switch (frame.path("error").path("code").asText("")) {
                case "VALIDATION_ERROR" -> 400;
                case "AUTHENTICATION_ERROR" -> 401;
                case "AUTHORIZATION_ERROR", "ORGANIZATION_SUSPENDED" -> 403;
                case "NOT_FOUND" -> 404;
                case "RATE_LIMIT_EXCEEDED" -> 429;
                case "SERVICE_UNAVAILABLE" -> 503;
                default -> 500;
            };
        }
    }
}
