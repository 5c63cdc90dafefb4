package io.soundport.adapters.aws;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * E-mail through Amazon SES (API v2 {@code SendEmail}, simple content: a UTF-8 subject and text body) from the
 * configured address, optionally in a configuration set (its event destinations see bounces and complaints).
 * Handles {@link Channel#EMAIL} only. SES's refusals of the message, the sender or the account come back refused;
 * throttling, outages and I/O errors, once the SDK's retries are spent, come back failed.
 */
public final class SesNotificationSender implements NotificationSender {

    /**
     * @param fromAddress          a verified identity of the account, such as {@code Soundport <no-reply@soundport.io>}
     * @param configurationSetName null when none
     */
    public record Settings(String fromAddress, String configurationSetName) {
        public Settings {
            if (fromAddress == null || fromAddress.isBlank()) {
                throw new IllegalArgumentException("the SES from address is required");
            }
            configurationSetName = configurationSetName == null || configurationSetName.isBlank()
                    ? null : configurationSetName.strip();
        }
    }

    /** SES's answers that another attempt would meet again: the message, the sender or the account is refused. */
    private static final Set<String> PERMANENT = Set.of("MessageRejected", "MailFromDomainNotVerifiedException",
            "AccountSuspendedException", "SendingPausedException", "BadRequestException", "NotFoundException");

    private final SesV2Client ses;
    private final Settings settings;

    public SesNotificationSender(SesV2Client ses, Settings settings) {
        this.ses = Objects.requireNonNull(ses, "ses");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Set<Channel> channels() {
        return Set.of(Channel.EMAIL);
    }

    @Override
    public Result send(Channel channel, String to, String subject, String body) {
        if (channel != Channel.EMAIL) {
            return Result.refused("SES sends e-mail only, not " + channel);
        }
        if (to == null || !to.contains("@") || to.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Result.refused("the recipient is not an e-mail address");
        }
        String utf8 = StandardCharsets.UTF_8.name();
        SendEmailRequest request = SendEmailRequest.builder()
                .fromEmailAddress(settings.fromAddress())
                .destination(Destination.builder().toAddresses(to).build())
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(Content.builder().data(subject == null ? "" : subject).charset(utf8).build())
                        .body(Body.builder().text(Content.builder().data(body).charset(utf8).build()).build())
                        .build()).build())
                .configurationSetName(settings.configurationSetName())
                .build();
        try {
            return Result.accepted(ses.sendEmail(request).messageId());
        } catch (SdkException e) {
            return AwsErrors.result("SES", e, PERMANENT);
        }
    }
}
