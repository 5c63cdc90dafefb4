package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationFilter;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationStatus;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Notifications} must do. */
public abstract class NotificationsContract {

    protected abstract PersistencePorts ports();

    private Notifications notifications() {
        return ports().notifications();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Notification newNotification(Organization org, Recipient to) {
        Notification notification = Fixtures.notification(org, to, Fixtures.instant());
        notifications().add(notification);
        return notification;
    }

    private static Notification withVersion(Notification n, long version) {
        return new Notification(n.id(), n.organizationId(), n.recipient(), n.subject(), n.body(), n.templateId(),
                n.confidential(), n.status(), n.attempts(), n.providerMessageId(), n.failureReason(), n.createdAt(),
                n.updatedAt(), n.sentAt(), version);
    }

    @Test
    void finds_an_added_notification_with_every_field() {
        Organization org = newOrganization();
        Notification mail = Notification.queue(NotificationId.of(Fixtures.id(NotificationId.PREFIX)), org.id(),
                Recipient.of(Channel.EMAIL, "ada-" + Fixtures.suffix() + "@example.com", "to"),
                new Notification.Text("Kind of Blue — out now", "Ünïcödé body\nwith two lines\tand a tab",
                        NotificationTemplateId.of(Fixtures.id(NotificationTemplateId.PREFIX))), Fixtures.instant());
        notifications().add(mail);
        Notification sms = newNotification(org, Recipient.of(Channel.SMS, "+15555550123", "to"));

        assertThat(notifications().find(org.id(), mail.id())).contains(mail);
        assertThat(notifications().find(org.id(), sms.id())).contains(sms);
        assertThat(sms.subject()).isNull();
    }

    @Test
    void keeps_a_confidential_notification_confidential_through_its_updates() {
        Organization org = newOrganization();
        Notification link = Notification.queue(NotificationId.of(Fixtures.id(NotificationId.PREFIX)), org.id(),
                Recipient.of(Channel.EMAIL, "link-" + Fixtures.suffix() + "@example.com", "to"),
                Notification.Text.confidential("Confirm your address", "https://example.com/verify/spv_secret"),
                Fixtures.instant());
        notifications().add(link);

        Notification sent = notifications().update(link.sent("msg-1", Fixtures.instant()));

        assertThat(link.confidential()).isTrue();
        assertThat(notifications().find(org.id(), link.id())).contains(sent);
        assertThat(sent.confidential()).isTrue();
        assertThat(notifications().find(org.id(), newNotification(org, Recipient.of(Channel.SMS, "+15555550124",
                "to")).id())).hasValueSatisfying(n -> assertThat(n.confidential()).isFalse());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Notification notification = newNotification(org, Recipient.of(Channel.PUSH, Fixtures.sha256Hex(), "to"));

        assertThat(notifications().find(newOrganization().id(), notification.id())).isEmpty();
        assertThat(notifications().find(org.id(), NotificationId.of(Fixtures.id(NotificationId.PREFIX)))).isEmpty();
    }

    @Test
    void rejects_a_second_notification_with_the_same_id() {
        Organization org = newOrganization();
        Notification notification = Fixtures.notification(org, Fixtures.instant());
        notifications().add(notification);
        Notification twin = Notification.queue(notification.id(), org.id(), notification.recipient(),
                new Notification.Text("Twin", "Another body", null), Fixtures.instant());

        Expect.domainError(ErrorCode.CONFLICT, () -> notifications().add(twin));
        assertThat(notifications().find(org.id(), notification.id())).contains(notification);
    }

    @Test
    void update_stores_each_attempt_and_the_sending_and_returns_the_next_version() {
        Organization org = newOrganization();
        Notification queued = Fixtures.notification(org, Fixtures.instant());
        notifications().add(queued);

        Notification retried = notifications().update(queued.attemptFailed("Throttling", false, Fixtures.instant()));
        Notification sent = notifications().update(retried.sent("0100018c-ses-" + Fixtures.suffix(),
                Fixtures.instant()));

        assertThat(retried.version()).isEqualTo(queued.version() + 1);
        assertThat(retried.failureReason()).isEqualTo("Throttling");
        assertThat(sent).isEqualTo(withVersion(retried.sent(sent.providerMessageId(), sent.sentAt()),
                retried.version() + 1));
        assertThat(notifications().find(org.id(), queued.id())).contains(sent);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void keeps_a_failed_notification_with_its_reason() {
        Organization org = newOrganization();
        Notification queued = newNotification(org, Recipient.of(Channel.SMS, "+447700900123", "to"));

        Notification failed = notifications().update(queued.attemptFailed("Invalid parameter: PhoneNumber", true,
                Fixtures.instant()));

        assertThat(notifications().find(org.id(), queued.id())).contains(failed);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.providerMessageId()).isNull();
        assertThat(failed.sentAt()).isNull();
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Notification queued = Fixtures.notification(org, Fixtures.instant());
        notifications().add(queued);
        Notification current = notifications().update(queued.sent("first", Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> notifications().update(queued.attemptFailed("lost", true, Fixtures.instant())));
        assertThat(notifications().find(org.id(), queued.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_notification_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Notification queued = Fixtures.notification(org, Fixtures.instant());
        notifications().add(queued);
        Notification hijacked = new Notification(queued.id(), other.id(), queued.recipient(), queued.subject(),
                queued.body(), null, false, NotificationStatus.SENT, 1, "stolen", null, queued.createdAt(),
                Fixtures.instant(), Fixtures.instant(), queued.version());

        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> notifications().update(Fixtures.notification(org, Fixtures.instant())));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> notifications().update(hijacked));
        assertThat(notifications().find(org.id(), queued.id())).contains(queued);
    }

    @Test
    void lists_the_notifications_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<Notification> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newNotification(org, Recipient.of(Channel.EMAIL, "fan" + i + "-" + Fixtures.suffix()
                    + "@example.com", "to")));
        }
        newNotification(newOrganization(), Recipient.of(Channel.EMAIL, "elsewhere@example.com", "to"));

        List<Notification> listed = Paging.walk(2, page -> notifications().list(org.id(), NotificationFilter.ALL,
                page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> notifications().list(newOrganization().id(), NotificationFilter.ALL,
                page))).isEmpty();
    }

    @Test
    void lists_by_status_and_by_channel() {
        Organization org = newOrganization();
        Notification mail = newNotification(org, Recipient.of(Channel.EMAIL, "a-" + Fixtures.suffix()
                + "@example.com", "to"));
        Notification sms = newNotification(org, Recipient.of(Channel.SMS, "+15555550199", "to"));
        Notification push = newNotification(org, Recipient.of(Channel.PUSH, Fixtures.sha256Hex(), "to"));
        Notification sentMail = notifications().update(mail.sent("ses-1", Fixtures.instant()));
        Notification failedSms = notifications().update(sms.attemptFailed("refused", true, Fixtures.instant()));

        assertThat(Paging.walk(1, page -> notifications().list(org.id(),
                new NotificationFilter(NotificationStatus.QUEUED, null), page))).containsExactly(push);
        assertThat(Paging.walk(1, page -> notifications().list(org.id(),
                new NotificationFilter(null, Channel.EMAIL), page))).containsExactly(sentMail);
        assertThat(Paging.walk(1, page -> notifications().list(org.id(),
                new NotificationFilter(NotificationStatus.FAILED, Channel.SMS), page))).containsExactly(failedSms);
        assertThat(Paging.walk(1, page -> notifications().list(org.id(),
                new NotificationFilter(NotificationStatus.SENT, Channel.PUSH), page))).isEmpty();
    }
}
