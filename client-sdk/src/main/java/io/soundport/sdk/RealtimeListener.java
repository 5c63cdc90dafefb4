package io.soundport.sdk;

import io.soundport.sdk.exception.SoundportException;
import io.soundport.sdk.model.RealtimeStreams;

/**
 * Hears a {@link RealtimeSubscription}: the track's counts as they change, then how the subscription ended. Called
 * on the SDK's WebSocket thread, one call at a time and in order: return quickly, or hand the work to a thread of
 * your own.
 */
public interface RealtimeListener {
    /**
     * The server accepted the subscription: counts follow, the first at once.
     *
     * @param trackId the track
     */
    default void onSubscribed(String trackId) {
    }

    /**
     * The track's last 60 minutes, at subscription and whenever they change (a stream counted, by any server
     * instance, or a minute passing). A listener that is slow to return skips snapshots, never falls behind.
     *
     * @param counts the counts, as {@link AnalyticsService#realtime(String)} answers them
     */
    void onCounts(RealtimeStreams counts);

    /**
     * The server refused or ended the subscription with an error, before closing the socket: an
     * {@link io.soundport.sdk.exception.AuthenticationException} (the credentials stand for nobody), a
     * {@link io.soundport.sdk.exception.NotFoundException} (not a track of your catalog), a
     * {@link io.soundport.sdk.exception.PermissionException}, a
     * {@link io.soundport.sdk.exception.RateLimitException} (your organization holds all the subscriptions one
     * server instance gives it)...
     *
     * @param error the error the server sent
     */
    default void onError(SoundportException error) {
    }

    /**
     * The subscription ended; called once, last. Codes: 1000 you closed it; 1001 the server is shutting down
     * (subscribe again: another instance serves you); 1013 you did not read for too long; 4000 + an HTTP status
     * after {@link #onError}; 1006 the connection failed (the reason says how).
     *
     * @param code   the WebSocket close code
     * @param reason the server's reason, or what failed
     */
    default void onClosed(int code, String reason) {
    }
}
