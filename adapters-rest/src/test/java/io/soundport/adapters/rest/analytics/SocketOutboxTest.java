package io.soundport.adapters.rest.analytics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SocketOutboxTest {
    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");

    /** A client whose writes complete only when the test says so. */
    private static final class SlowPeer implements SocketOutbox.Peer {
        final List<String> sent = new ArrayList<>();
        final List<CompletableFuture<Void>> writes = new ArrayList<>();
        String closed;

        @Override
        public CompletionStage<?> send(String frame) {
            sent.add(frame);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        }

        @Override
        public void close(int code, String reason) {
            closed = code + " " + reason;
        }

        void written() {
            writes.get(writes.size() - 1).complete(null);
        }
    }

    private final SlowPeer peer = new SlowPeer();
    private final AtomicLong nanos = new AtomicLong();
    private final SocketOutbox outbox = new SocketOutbox(peer, nanos::get);

    @Test
    void nothing_is_sent_before_start_then_the_other_frames_go_before_the_counts() {
        outbox.counts(T0, "counts-1");
        outbox.offer("subscribed");
        assertThat(peer.sent).isEmpty();

        outbox.start();
        peer.written();

        assertThat(peer.sent).containsExactly("subscribed", "counts-1");
    }

    @Test
    void a_client_that_does_not_read_holds_one_frame_in_flight_and_only_the_newest_counts() {
        outbox.start();
        outbox.counts(T0, "counts-0");
        for (int i = 1; i <= 10_000; i++) {
            outbox.counts(T0.plusSeconds(i), "counts-" + i);
            outbox.offer(StreamingSessions.PING);
        }

        assertThat(peer.sent).containsExactly("counts-0");
        assertThat(outbox.waiting()).as("one ping and the newest counts").isEqualTo(2);
        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(outbox.stalledFor()).isEqualTo(Duration.ofSeconds(31));

        peer.written();
        peer.written();
        assertThat(peer.sent).containsExactly("counts-0", StreamingSessions.PING, "counts-10000");
        peer.written();
        assertThat(outbox.stalledFor()).isZero();
    }

    @Test
    void an_older_snapshot_does_not_replace_a_newer_one() {
        outbox.counts(T0.plusSeconds(2), "newer");
        outbox.counts(T0.plusSeconds(1), "older");
        outbox.start();

        assertThat(peer.sent).containsExactly("newer");
    }

    @Test
    void too_many_different_frames_waiting_are_refused() {
        outbox.start();
        outbox.offer("in flight");
        for (int i = 0; i < SocketOutbox.MAX_WAITING; i++) {
            assertThat(outbox.offer("frame " + i)).isTrue();
        }

        assertThat(outbox.offer("one more")).isFalse();
    }

    @Test
    void finishing_drops_what_waits_sends_the_error_after_the_frame_in_flight_then_closes() {
        outbox.start();
        outbox.counts(T0, "counts-0");
        outbox.counts(T0.plusSeconds(1), "counts-1");

        outbox.finish("error", 4404, "NOT_FOUND");
        outbox.counts(T0.plusSeconds(2), "counts-2");
        assertThat(peer.closed).isNull();
        peer.written();
        peer.written();

        assertThat(peer.sent).containsExactly("counts-0", "error");
        assertThat(peer.closed).isEqualTo("4404 NOT_FOUND");
    }

    @Test
    void abandoning_closes_at_once_and_a_failed_write_stops_the_outbox() {
        outbox.start();
        outbox.offer("stuck");
        outbox.abandon(1013, "not reading");
        assertThat(peer.closed).isEqualTo("1013 not reading");

        SlowPeer other = new SlowPeer();
        SocketOutbox failing = new SocketOutbox(other, nanos::get);
        failing.start();
        failing.offer("a");
        other.writes.get(0).completeExceptionally(new IllegalStateException("connection reset"));
        failing.offer("b");
        assertThat(other.sent).containsExactly("a");
    }
}
