package io.soundport.adapters.rest.notifications;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.OptOut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Response bodies of the notification endpoints. */
final class NotificationViews {
    private NotificationViews() {
    }

    @Schema(name = "Notification")
    record NotificationView(String id, @Schema(implementation = Channel.class) String channel,
                            @Schema(description = "the recipient in its normal form") String to,
                            @Nullable String subject,
                            @Nullable @Schema(description = "null when the notification is confidential") String body,
                            @Schema(description = "it carries a secret for its recipient alone (an e-mail verification"
                                    + " link): sent like any other, its body never shown")
                            boolean confidential,
                            @Nullable String templateId,
                            @Schema(implementation = NotificationStatus.class) String status,
                            @Schema(description = "attempts made so far") int attempts,
                            @Nullable @Schema(description = "the provider's message id, once SENT")
                            String providerMessageId,
                            @Nullable @Schema(description = "why the last attempt failed") String failureReason,
                            Instant createdAt, Instant updatedAt, @Nullable Instant sentAt, long version) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id().value(), n.recipient().channel().name(),
                    n.recipient().address(), n.subject(), n.confidential() ? null : n.body(), n.confidential(),
                    n.templateId() == null ? null : n.templateId().value(), n.status().name(), n.attempts(),
                    n.providerMessageId(), n.failureReason(), n.createdAt(), n.updatedAt(), n.sentAt(), n.version());
        }
    }

    @Schema(name = "NotificationTemplate")
    record NotificationTemplateView(String id, String name, @Schema(implementation = Channel.class) String channel,
                                    @Nullable String subject, String body, Instant createdAt, Instant updatedAt,
                                    long version) {
        static NotificationTemplateView of(NotificationTemplate t) {
            return new NotificationTemplateView(t.id().value(), t.name(), t.channel().name(), t.subject(), t.body(),
                    t.createdAt(), t.updatedAt(), t.version());
        }
    }

    @Schema(name = "NotificationOptOut")
    record OptOutView(@Schema(implementation = Channel.class) String channel,
                      @Schema(description = "the recipient in its normal form") String to, Instant createdAt) {
        static OptOutView of(OptOut o) {
            return new OptOutView(o.recipient().channel().name(), o.recipient().address(), o.createdAt());
        }
    }
}
