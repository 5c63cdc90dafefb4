package io.soundport.contracts;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.notifications.NotificationSender.Result;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link NotificationSender} must do: accept a notification of each channel it handles with a provider
 * message id of its own, and get it to its recipient, once; refuse, permanently, a channel it does not handle. A
 * suite names its channels and a recipient of each (an address, a phone number, a device), and reads back what its
 * adapter delivered with {@link #deliveredTo(String)} (a local mailbox, what a provider's stand-in received).
 */
public abstract class NotificationSenderContract {

    /** One notification as its recipient got it; an SMS has no subject. */
    public record Received(Channel channel, String subject, String body, String providerMessageId) {
    }

    protected abstract NotificationSender sender();

    /** What reached this recipient so far, oldest first. */
    protected abstract List<Received> deliveredTo(String to);

    /** The channels the sender handles. */
    protected abstract Set<Channel> channels();

    /** A new recipient of this channel, one no other test uses: {@link #sampleRecipient(Channel)} unless overridden. */
    protected String recipient(Channel channel) {
        return sampleRecipient(channel);
    }

    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 1_000_000);

    /** A recipient of each channel in the shape the channel's providers take, unique to the caller. */
    public static String sampleRecipient(Channel channel) {
        String suffix = Fixtures.suffix();
        return switch (channel) {
            case EMAIL -> "user-" + suffix + "@example.com";
            case SMS -> "+1555" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000);
            case PUSH -> "device-" + suffix;
        };
    }

    private List<Channel> handled() {
        return Arrays.stream(Channel.values()).filter(channels()::contains).toList();
    }

    private Channel firstChannel() {
        return handled().get(0);
    }

    private static String subjectFor(Channel channel, String subject) {
        return channel == Channel.SMS ? null : subject;
    }

    @Test
    void a_message_of_each_channel_is_accepted_and_reaches_its_recipient_once_with_subject_and_body() {
        for (Channel channel : handled()) {
            String to = recipient(channel);
            String subject = subjectFor(channel, "Your release is live");

            Result result = sender().send(channel, to, subject, "Homogenic reached Streamly.\nEnjoy \"it\" ✓ 🎵");

            assertThat(result.accepted()).as(channel.name()).isTrue();
            assertThat(result.error()).isNull();
            assertThat(result.providerMessageId()).isNotBlank();
            assertThat(deliveredTo(to)).as(channel.name()).containsExactly(new Received(channel, subject,
                    "Homogenic reached Streamly.\nEnjoy \"it\" ✓ 🎵", result.providerMessageId()));
        }
    }

    @Test
    void a_channel_it_does_not_handle_is_refused_for_good_and_nothing_is_sent() {
        for (Channel channel : Channel.values()) {
            if (channels().contains(channel)) {
                continue;
            }
            String to = sampleRecipient(channel);

            Result result = sender().send(channel, to, subjectFor(channel, "s"), "b");

            assertThat(result.accepted()).isFalse();
            assertThat(result.permanent()).isTrue();
            assertThat(result.error()).isNotBlank();
            assertThat(deliveredTo(to)).isEmpty();
        }
    }

    @Test
    void messages_to_one_recipient_arrive_in_order_and_others_get_none_of_them() {
        Channel channel = firstChannel();
        String to = recipient(channel);
        String other = recipient(channel);

        sender().send(channel, to, subjectFor(channel, "first"), "1");
        sender().send(channel, to, subjectFor(channel, "second"), "2");
        sender().send(channel, other, subjectFor(channel, "elsewhere"), "3");

        assertThat(deliveredTo(to)).extracting(Received::body).containsExactly("1", "2");
        assertThat(deliveredTo(other)).extracting(Received::body).containsExactly("3");
    }

    @Test
    void concurrent_sends_are_each_delivered_with_their_own_provider_id() throws Exception {
        Channel channel = firstChannel();
        String to = recipient(channel);

        List<Result> results = Concurrently.run(8, () -> sender().send(channel, to, subjectFor(channel, "s"), "b"));

        assertThat(results).allMatch(Result::accepted);
        assertThat(results).extracting(Result::providerMessageId).doesNotHaveDuplicates();
        assertThat(deliveredTo(to)).extracting(Received::providerMessageId)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(Result::providerMessageId).toList());
    }
}
