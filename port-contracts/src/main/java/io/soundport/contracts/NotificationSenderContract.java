package io.soundport.contracts;

import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link NotificationSender} must do: accept a notification of any channel with a provider message id
 * of its own, and get it to its recipient, once. A suite reads back what its adapter delivered with
 * {@link #deliveredTo(String)} (a local mailbox, a provider's sandbox).
 */
public abstract class NotificationSenderContract {

    /** One notification as its recipient got it. */
    public record Received(Channel channel, String subject, String body, String providerMessageId) {
    }

    protected abstract NotificationSender sender();

    /** What reached this recipient so far, oldest first. */
    protected abstract List<Received> deliveredTo(String to);

    private static String recipient() {
        return "user-" + Fixtures.suffix() + "@example.com";
    }

    @Test
    void an_email_is_accepted_and_reaches_its_recipient_once_with_subject_and_body() {
        String to = recipient();

        Result result = sender().send(Channel.EMAIL, to, "Your release is live", "Homogenic reached Streamly.\nEnjoy.");

        assertThat(result.accepted()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.providerMessageId()).isNotBlank();
        assertThat(deliveredTo(to)).containsExactly(new Received(Channel.EMAIL, "Your release is live",
                "Homogenic reached Streamly.\nEnjoy.", result.providerMessageId()));
    }

    @Test
    void every_channel_is_accepted_and_a_message_without_subject_too() {
        String to = recipient();

        Result sms = sender().send(Channel.SMS, to, null, "Delivery failed");
        Result push = sender().send(Channel.PUSH, to, "Hi", "Campaign launched");

        assertThat(sms.accepted()).isTrue();
        assertThat(push.accepted()).isTrue();
        assertThat(deliveredTo(to)).extracting(Received::channel).containsExactly(Channel.SMS, Channel.PUSH);
        assertThat(deliveredTo(to).get(0).subject()).isNull();
    }

    @Test
    void messages_to_one_recipient_arrive_in_order_and_others_get_none_of_them() {
        String to = recipient();
        String other = recipient();

        sender().send(Channel.EMAIL, to, "first", "1");
        sender().send(Channel.EMAIL, to, "second", "2");
        sender().send(Channel.EMAIL, other, "elsewhere", "3");

        assertThat(deliveredTo(to)).extracting(Received::subject).containsExactly("first", "second");
        assertThat(deliveredTo(other)).extracting(Received::subject).containsExactly("elsewhere");
    }

    @Test
    void concurrent_sends_are_each_delivered_with_their_own_provider_id() throws Exception {
        String to = recipient();

        List<Result> results = Concurrently.run(8, () -> sender().send(Channel.EMAIL, to, "s", "b"));

        assertThat(results).allMatch(Result::accepted);
        assertThat(results).extracting(Result::providerMessageId).doesNotHaveDuplicates();
        assertThat(deliveredTo(to)).extracting(Received::providerMessageId)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(Result::providerMessageId).toList());
    }
}
