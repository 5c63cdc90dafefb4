package io.soundport.adapters.local;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.port.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local stand-in for e-mail, SMS and push: every notification is kept in memory, in the order sent, for tests
 * and local runs to read, and accepted with a generated provider id ({@code rec_1}, {@code rec_2}, …). Nothing is
 * logged: a notification's body may carry personal data.
 */
public final class RecordingNotificationSender implements NotificationSender {
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    /** One notification as it was sent. */
    public record Sent(Channel channel, String to, String subject, String body, Instant at, String providerMessageId) {
        @Override
        public String toString() {
            // the recipient and the body stay out of logs and assertion messages
            return "Sent[" + channel + ", " + providerMessageId + ", " + at + "]";
        }
    }

    /** A sender stamping notifications with the machine's clock. */
    public RecordingNotificationSender() {
        this(Instant::now);
    }

    public RecordingNotificationSender(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Result send(Channel channel, String to, String subject, String body) {
        Objects.requireNonNull(channel, "channel");
        String id = "rec_" + sequence.incrementAndGet();
        sent.add(new Sent(channel, to, subject, body, clock.now(), id));
        return Result.accepted(id);
    }

    /** Every notification sent so far, oldest first (a snapshot). */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Forgets what was sent. */
    public void clear() {
        sent.clear();
    }
}
