package io.soundport.adapters.aws;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.CreatePlatformEndpointRequest;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SMS and mobile push through Amazon SNS {@code Publish}. An SMS goes to an E.164 phone number as a transactional
 * message, with the configured sender id where the country allows one. A push goes to an SNS platform endpoint: the
 * recipient is the endpoint's ARN, or a bare device token for which an endpoint is made first
 * ({@code CreatePlatformEndpoint}, idempotent for the same token) on the configured platform application. A push
 * carries the subject as its title: one JSON message with the payloads of FCM ({@code GCM}) and APNs.
 */
public final class SnsNotificationSender implements NotificationSender {

    /**
     * @param smsSenderId            {@code AWS.SNS.SMS.SenderID}, 1-11 letters and digits; null when none
     * @param platformApplicationArn where endpoints for bare device tokens are made; null to refuse bare tokens
     */
    public record Settings(String smsSenderId, String platformApplicationArn) {
        public Settings {
            smsSenderId = blankToNull(smsSenderId);
            platformApplicationArn = blankToNull(platformApplicationArn);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String SMS_SENDER_ID = "AWS.SNS.SMS.SenderID";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern ENDPOINT_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:endpoint/.+");
    /** SNS's answers that another attempt would meet again: the recipient or the message is refused. */
    private static final Set<String> PERMANENT = Set.of("InvalidParameter", "InvalidParameterValue",
            "EndpointDisabled", "OptedOut", "NotFound", "PlatformApplicationDisabled", "AuthorizationError",
            "InvalidSecurity");

    private final SnsClient sns;
    private final Settings settings;

    public SnsNotificationSender(SnsClient sns, Settings settings) {
        this.sns = Objects.requireNonNull(sns, "sns");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Set<Channel> channels() {
        return Set.of(Channel.SMS, Channel.PUSH);
    }

    @Override
    public Result send(Channel channel, String to, String subject, String body) {
        try {
            return switch (channel) {
                case SMS -> sms(to, body);
                case PUSH -> push(to, subject, body);
                case EMAIL -> Result.refused("SNS sends SMS and push here, not e-mail");
            };
        } catch (SdkException e) {
            return AwsErrors.result("SNS", e, PERMANENT);
        }
    }

    private Result sms(String to, String body) {
        if (to == null || !E164.matcher(to).matches()) {
            return Result.refused("the recipient is not a phone number in E.164 form (+ and up to 15 digits)");
        }
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(SMS_TYPE, text("Transactional"));
        if (settings.smsSenderId() != null) {
            attributes.put(SMS_SENDER_ID, text(settings.smsSenderId()));
        }
        return Result.accepted(sns.publish(PublishRequest.builder()
                .phoneNumber(to).message(body).messageAttributes(attributes).build()).messageId());
    }

    private Result push(String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            return Result.refused("the recipient is neither an SNS endpoint ARN nor a device token");
        }
        String endpointArn;
        if (ENDPOINT_ARN.matcher(to).matches()) {
            endpointArn = to;
        } else if (settings.platformApplicationArn() == null) {
            return Result.refused("the recipient is a device token, and no SNS platform application is configured"
                    + " to register it: give an SNS endpoint ARN or configure the platform application");
        } else {
            endpointArn = sns.createPlatformEndpoint(CreatePlatformEndpointRequest.builder()
                    .platformApplicationArn(settings.platformApplicationArn()).token(to).build()).endpointArn();
        }
        return Result.accepted(sns.publish(PublishRequest.builder()
                .targetArn(endpointArn).messageStructure("json").message(PushPayload.of(subject, body))
                .build()).messageId());
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
