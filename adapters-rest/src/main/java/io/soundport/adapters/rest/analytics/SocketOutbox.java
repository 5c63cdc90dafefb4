package io.soundport.adapters.rest.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * What one WebSocket session still has to send, with one frame at most in flight: a client that reads slowly makes
 * the server skip snapshots, never queue them. Counts are replaced, not queued: only the newest snapshot waits, sent
 * when the frame in flight is written. Other frames (subscribed, ping, pong, error) wait in a short queue; a client
 * that makes it overflow (pings faster than it reads) is refused. {@link #stalledFor} tells how long the frame in
 * flight has waited for the client, so that the session can be closed when it stops reading.
 */
final class SocketOutbox {
    /** The most frames other than counts that may wait. */
    static final int MAX_WAITING = 8;

    /** Writes frames to the client, and closes the session. */
    interface Peer {
        /** Completes when the frame is written to the connection, exceptionally when it cannot be. */
        CompletionStage<?> send(String frame);

        void close(int code, String reason);
    }

    private final Peer peer;
    private final LongSupplier nanoTime;
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private String counts;
    private Instant countsAsOf = Instant.MIN;
    private boolean started;
    private boolean inFlight;
    private long inFlightSince;
    private boolean finished;
    private int closeCode;
    private String closeReason;

    SocketOutbox(Peer peer, LongSupplier nanoTime) {
        this.peer = peer;
        this.nanoTime = nanoTime;
    }

    /** Frames offered before this wait; from now on they are sent, oldest queued frame first, counts last. */
    void start() {
        synchronized (this) {
            started = true;
        }
        pump();
    }

    /**
     * Queues a frame other than counts; a frame equal to one already waiting is not queued again (one pong answers
     * every ping that came meanwhile, one heartbeat stands for those a stalled client missed).
     *
     * @return false when {@link #MAX_WAITING} frames already wait (the frame is dropped) or the outbox is finished
     */
    boolean offer(String frame) {
        synchronized (this) {
            if (finished || waiting.size() >= MAX_WAITING) {
                return false;
            }
            if (!waiting.contains(frame)) {
                waiting.add(frame);
            }
        }
        pump();
        return true;
    }

    /** Offers a snapshot taken at {@code asOf}: it replaces the one waiting, unless that one is newer. */
    void counts(Instant asOf, String frame) {
        synchronized (this) {
            if (finished || asOf.isBefore(countsAsOf)) {
                return;
            }
            countsAsOf = asOf;
            counts = frame;
        }
        pump();
    }

    /**
     * Drops what waits, sends {@code last} (an error) once the frame in flight is written, then closes. A session
     * whose client stopped reading never gets it: close it with {@link #abandon} instead.
     */
    void finish(String last, int code, String reason) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            started = true;
            waiting.clear();
            counts = null;
            if (last != null) {
                waiting.add(last);
            }
            closeCode = code;
            closeReason = reason;
        }
        pump();
    }

    /** Drops what waits and closes now, whatever is in flight. */
    void abandon(int code, String reason) {
        synchronized (this) {
            finished = true;
            waiting.clear();
            counts = null;
            closeCode = 0;
        }
        peer.close(code, reason);
    }

    /** How long the frame in flight has waited to be written; zero when none is. */
    synchronized Duration stalledFor() {
        return inFlight ? Duration.ofNanos(nanoTime.getAsLong() - inFlightSince) : Duration.ZERO;
    }

    /** How many frames wait besides the one in flight. */
    synchronized int waiting() {
        return waiting.size() + (counts == null ? 0 : 1);
    }

    private void pump() {
        String next;
        int close = 0;
        String reason = null;
        synchronized (this) {
            if (!started || inFlight) {
                return;
            }
            next = waiting.poll();
            if (next == null && counts != null) {
                next = counts;
                counts = null;
            }
            if (next == null) {
                if (finished && closeCode != 0) {
                    close = closeCode;
                    reason = closeReason;
                    closeCode = 0;
                }
            } else {
                inFlight = true;
                inFlightSince = nanoTime.getAsLong();
            }
        }
        if (close != 0) {
            peer.close(close, reason);
            return;
        }
        if (next == null) {
            return;
        }
        peer.send(next).whenComplete((written, failure) -> {
            synchronized (this) {
                inFlight = false;
                if (failure != null) {
                    finished = true;
                    waiting.clear();
                    counts = null;
                    closeCode = 0;
                }
            }
            if (failure == null) {
                pump();
            }
        });
    }
}
