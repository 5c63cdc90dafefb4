package io.soundport.domain.notifications;

/**
 * Sends a notification by e-mail, SMS or push: SES/SNS on AWS, a recording stand-in locally. Never throws for the
 * provider's refusals: they come back as a result.
 */
public interface NotificationSender {

    Result send(Channel channel, String to, String subject, String body);

    /**
     * Accepted with the provider's message id, or not with the reason. A failure is permanent when trying again
     * cannot succeed (the provider refused the recipient or the message); otherwise (throttling, an outage, a
     * time-out) it is worth another attempt.
     */
    record Result(boolean accepted, String providerMessageId, String error, boolean permanent) {

        public static Result accepted(String providerMessageId) {
            return new Result(true, providerMessageId, null, false);
        }

        /** A failure that may pass: tried again along the schedule. */
        public static Result failed(String error) {
            return new Result(false, null, error, false);
        }

        /** A refusal that another attempt would meet again: the notification fails at once. */
        public static Result refused(String error) {
            return new Result(false, null, error, true);
        }
    }
}
