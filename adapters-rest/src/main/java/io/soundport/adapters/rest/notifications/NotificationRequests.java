package io.soundport.adapters.rest.notifications;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.notifications.CreateNotificationTemplateCommand;
import io.soundport.application.notifications.OptOutCommand;
import io.soundport.application.notifications.QueueNotificationCommand;
import io.soundport.application.notifications.UpdateNotificationTemplateCommand;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** Request bodies of the notification endpoints. */
final class NotificationRequests {
    private NotificationRequests() {
    }

    @Schema(name = "QueueNotificationRequest",
            description = "Either the text (a subject for an e-mail, a body) or a template and the data that fills it")
    record QueueNotificationRequest(@Schema(implementation = Channel.class) String channel,
                                    @Schema(description = "an e-mail address; a phone number in E.164 (+15555550100)"
                                            + " for sms; a device token or an SNS platform endpoint ARN for push")
                                    String to,
                                    @Nullable @Schema(description = "required for email, refused for sms")
                                    String subject,
                                    @Nullable String body,
                                    @Nullable @Schema(description = "a template's id (ntt_…) or name; its channel"
                                            + " must be the notification's")
                                    String template,
                                    @Nullable @Schema(description = "the values a template's {{variables}} read")
                                    Map<String, Object> data) {
        QueueNotificationCommand command() {
            return QueueNotificationCommand.of(channel, to, subject, body, template, data);
        }

        /** Never shows the recipient or the text: personal data. */
        @Override
        public String toString() {
            return "QueueNotificationRequest[" + channel + "]";
        }
    }

    @Schema(name = "CreateNotificationTemplateRequest",
            description = "A named message of one channel; {{variables}} and {{#sections}} read a notification's data")
    record CreateNotificationTemplateRequest(@Schema(description = "unique in the organization") String name,
                                             @Schema(implementation = Channel.class) String channel,
                                             @Nullable @Schema(description = "required for email, refused for sms")
                                             String subject,
                                             String body) {
        CreateNotificationTemplateCommand command() {
            return CreateNotificationTemplateCommand.of(name, channel, subject, body);
        }
    }

    @Schema(name = "UpdateNotificationTemplateRequest",
            description = "Fields to change; absent fields are kept, the channel never changes")
    record UpdateNotificationTemplateRequest(@Nullable String name, @Nullable String subject, @Nullable String body) {
        UpdateNotificationTemplateCommand command(NotificationTemplateId id, Long expectedVersion) {
            return new UpdateNotificationTemplateCommand(id, name, subject, body, expectedVersion);
        }
    }

    @Schema(name = "OptOutRequest", description = "A recipient who is to be sent nothing more on a channel")
    record OptOutRequest(@Schema(implementation = Channel.class) String channel,
                         @Schema(description = "an e-mail address; a phone number in E.164 for sms; a device token or"
                                 + " an SNS platform endpoint ARN for push") String to) {
        OptOutCommand command() {
            return OptOutCommand.of(channel, to);
        }

        /** Never shows the recipient: personal data. */
        @Override
        public String toString() {
            return "OptOutRequest[" + channel + "]";
        }
    }
}
