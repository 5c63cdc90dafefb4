package io.soundport.domain.notifications;

/**
 * Sends a notification by e-mail, SMS or push: SES/SNS on AWS, a recording stand-in locally. Never throws for the
 * provider's refusals: they come back as a result.
 */
public interface NotificationSender {

    Result send(Channel channel, String to, String subject, String body);

    /** Accepted with the provider's message id, or refused with the reason. */
    record Result(boolean accepted, String providerMessageId, String error) {
    }
}
