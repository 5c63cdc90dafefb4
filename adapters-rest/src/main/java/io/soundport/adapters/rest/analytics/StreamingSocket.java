package io.soundport.adapters.rest.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.analytics.AnalyticsViews.RealtimeView;
import io.soundport.adapters.rest.http.ErrorStatuses;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.analytics.RealtimeFeed;
import io.soundport.application.analytics.RealtimeStreams;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code WS /streaming/ws/{track_id}}: a track's counts of the last hour, pushed as stream events are counted, by any
 * instance sharing the database (see {@link RealtimeFeed}). A WebSocket is no OpenAPI operation: the README's
 * "Real-time stream counts" describes this protocol, JSON text frames each with a {@code type}.
 * <ol>
 *     <li>The upgrade needs no credentials (browsers cannot send headers with it). The client's first message is
 *     {@code {"type":"auth","access_token":"..."}} or {@code {"type":"auth","api_key":"..."}}, within
 *     {@code soundport.streaming.auth-timeout} (10 s); else, or with credentials that stand for nobody, the server
 *     sends an {@code error} frame and closes with 4401.</li>
 *     <li>The caller needs what {@code GET /streaming/realtime/{track_id}} needs (read), on a track of its own
 *     organization: else an {@code error} frame (AUTHORIZATION_ERROR, ORGANIZATION_SUSPENDED, NOT_FOUND,
 *     RATE_LIMIT_EXCEEDED past the organization's subscriptions on this instance) and a close with 4000 + its
 *     HTTP status (4403, 4404, 4429; 4503 when the instance is full).</li>
 *     <li>Then {@code {"type":"subscribed","track_id":..}}, and {@code {"type":"counts","data":{..}}} with
 *     {@code data} in the shape {@code GET /streaming/realtime} answers: at once, then whenever the counts change
 *     (within {@code soundport.streaming.poll-interval}, 1 s). A client that reads slowly skips snapshots: only
 *     the newest waits.</li>
 *     <li>{@code {"type":"ping"}} and a ping frame every {@code soundport.streaming.heartbeat-interval} (15 s): the
 *     client's automatic pong keeps the server's read-idle timeout from closing a client that only listens; it may send
 *     {@code {"type":"ping"}} and gets {@code {"type":"pong"}}. A client that has not read a frame for
 *     {@code soundport.streaming.stall-timeout} (30 s) is closed with 1013; a server shutting down closes with 1001.</li>
 * </ol>
 * Credentials are never logged. The server's Lambda deployment has no WebSockets.
 */
@ServerWebSocket(SoundportApi.BASE + "/streaming/ws/{trackId}")
@Secured(SecurityRule.IS_ANONYMOUS)
final class StreamingSocket {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingSocket.class);
    static final int UNAUTHENTICATED = 4401;
    private static final String PONG = "{\"type\":\"pong\"}";

    private final StreamingSessions sessions;
    private final Callers callers;
    private final ObjectMapper json;
    private final ExecutorService blocking;

    StreamingSocket(StreamingSessions sessions, Callers callers, ObjectMapper json,
                    @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.callers = callers;
        this.json = json;
        this.blocking = blocking;
    }

    /** One client's session: unauthenticated until its first message, then subscribed to one track. */
    private final class Connection implements StreamingSessions.Session {
        final WebSocketSession session;
        final HttpRequest<?> request;
        final String trackId;
        final SocketOutbox outbox;
        volatile boolean authenticating;
        volatile RealtimeFeed.Subscription subscription;
        volatile ScheduledFuture<?> authDeadline;
        /** This side sent its close frame. */
        volatile boolean closing;

        Connection(WebSocketSession session, HttpRequest<?> request, String trackId) {
            this.session = session;
            this.request = request;
            this.trackId = trackId;
            this.outbox = new SocketOutbox(new SocketOutbox.Peer() {
                @Override
                public java.util.concurrent.CompletionStage<?> send(String frame) {
                    return session.sendAsync(frame, MediaType.APPLICATION_JSON_TYPE);
                }

                @Override
                public void close(int code, String reason) {
                    closing = true;
                    if (session.isOpen()) {
                        session.close(new CloseReason(code, reason));
                    }
                }
            }, System::nanoTime);
        }

        @Override
        public SocketOutbox outbox() {
            return outbox;
        }

        @Override
        public boolean subscribed() {
            return subscription != null;
        }

        @Override
        public void ping() {
            if (session.isOpen() && !closing) {
                session.sendPingAsync(new byte[0]);
            }
        }

        @Override
        public synchronized void release() {
            ScheduledFuture<?> deadline = authDeadline;
            if (deadline != null) {
                deadline.cancel(false);
            }
            RealtimeFeed.Subscription held = subscription;
            if (held != null) {
                held.close();
            }
        }

        void refuse(ErrorCode code, String message, int closeCode) {
            outbox.finish(frame(Map.of("type", "error", "error", ErrorStatuses.errorBody(request, code, message))),
                    closeCode, ErrorStatuses.codeOf(code));
        }

        void counts(RealtimeStreams snapshot) {
            outbox.counts(snapshot.asOf(), frame(Map.of("type", "counts", "data", RealtimeView.of(snapshot))));
        }
    }

    @OnOpen
    void open(String trackId, WebSocketSession session, HttpRequest<?> request) {
        connection(trackId, session, request);
    }

    /**
     * The session's connection, made by whichever comes first: Micronaut runs {@code @OnOpen} and {@code @OnMessage}
     * on the blocking pool, so the first message may be handled before the open is.
     */
    private Connection connection(String trackId, WebSocketSession session, HttpRequest<?> request) {
        Connection connection;
        synchronized (session) {
            Connection held = session.get(Connection.class.getName(), Connection.class).orElse(null);
            if (held != null) {
                return held;
            }
            connection = new Connection(session, request, trackId);
            session.put(Connection.class.getName(), connection);
        }
        if (!sessions.open(session.getId(), connection)) {
            connection.outbox.abandon(CloseReason.GOING_AWAY.getCode(), CloseReason.GOING_AWAY.getReason());
            return connection;
        }
        connection.authDeadline = sessions.after(sessions.settings().authTimeout(), () -> {
            if (!connection.authenticating) {
                connection.refuse(ErrorCode.AUTHENTICATION_ERROR, "No auth message within "
                        + sessions.settings().authTimeout().toSeconds() + " s: send {\"type\":\"auth\","
                        + "\"access_token\":\"...\"} or {\"type\":\"auth\",\"api_key\":\"...\"} first",
                        UNAUTHENTICATED);
            }
        });
        return connection;
    }

    @OnMessage(maxPayloadLength = 8192)
    void message(String trackId, String message, WebSocketSession session, HttpRequest<?> request) {
        Connection connection = connection(trackId, session, request);
        JsonNode parsed = parse(message);
        String type = parsed.path("type").asText("");
        if (!connection.authenticating) {
            if (!type.equals("auth")) {
                connection.refuse(ErrorCode.AUTHENTICATION_ERROR, "The first message must be {\"type\":\"auth\", "
                        + "...} with an access_token or an api_key", UNAUTHENTICATED);
                return;
            }
            synchronized (connection) {
                if (connection.authenticating) {
                    return;
                }
                connection.authenticating = true;
            }
            blocking.execute(() -> subscribe(connection, parsed));
        } else if (type.equals("ping")) {
            if (!connection.outbox.offer(PONG)) {
                connection.outbox.abandon(CloseReason.POLICY_VIOLATION.getCode(), "too many pings unread");
                sessions.closed(session.getId());
            }
        } else if (!type.equals("pong") && !type.equals("auth")) {
            connection.outbox.offer(frame(Map.of("type", "error", "error", ErrorStatuses.errorBody(connection.request,
                    ErrorCode.VALIDATION_ERROR, "Unknown message type '" + abbreviated(type)
                            + "': send ping, or nothing"))));
        }
    }

    private void subscribe(Connection connection, JsonNode auth) {
        try {
            Caller caller = caller(auth, connection.request);
            TrackId track = PathIds.parse(connection.trackId, TrackId::of, "Track");
            synchronized (connection) {
                if (!connection.session.isOpen()) {
                    return;
                }
                connection.subscription = sessions.feed().subscribe(caller, track, connection::counts);
            }
            connection.outbox.offer(frame(Map.of("type", "subscribed", "track_id", track.value(),
                    "poll_interval_ms", sessions.settings().pollInterval().toMillis(),
                    "heartbeat_interval_ms", sessions.settings().heartbeatInterval().toMillis())));
            connection.counts(connection.subscription.initial());
            connection.outbox.start();
        } catch (DomainException e) {
            int status = ErrorStatuses.statusOf(e.code());
            connection.refuse(e.code(), e.getMessage(), 4000 + status);
        } catch (RuntimeException e) {
            LOG.error("Real-time streams: subscribing failed", e);
            connection.refuse(ErrorCode.SERVER_ERROR, null, CloseReason.INTERNAL_ERROR.getCode());
        }
    }

    private Caller caller(JsonNode auth, HttpRequest<?> request) {
        String token = auth.path("access_token").asText(null);
        String key = auth.path("api_key").asText(null);
        if ((token == null) == (key == null) || (token != null ? token : key).isBlank()) {
            throw DomainException.unauthenticated("Send exactly one of access_token and api_key");
        }
        return token != null ? callers.ofAccessToken(token.strip(), request) : callers.ofApiKey(key.strip(), request);
    }

    /**
     * The client closed: lets the subscription go and answers with the client's close frame, as the protocol asks
     * (Micronaut, when a bean has an {@code @OnClose}, only closes the connection after it).
     */
    @OnClose
    void close(WebSocketSession session, CloseReason reason) {
        sessions.closed(session.getId());
        boolean answered = session.get(Connection.class.getName(), Connection.class).map(c -> c.closing)
                .orElse(false);
        if (!answered && session.isOpen()) {
            session.close(reason);
        }
    }

    private JsonNode parse(String message) {
        try {
            return json.readTree(message);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String frame(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a frame", e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 32 ? text.substring(0, 32) + "…" : text;
    }
}
