package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link NotificationTemplates} must do. */
public abstract class NotificationTemplatesContract {

    protected abstract PersistencePorts ports();

    private NotificationTemplates templates() {
        return ports().notificationTemplates();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private NotificationTemplate newTemplate(Organization org) {
        NotificationTemplate template = Fixtures.notificationTemplate(org, Fixtures.instant());
        templates().add(template);
        return template;
    }

    private static NotificationTemplate named(Organization org, String name, Channel channel) {
        return NotificationTemplate.create(NotificationTemplateId.of(Fixtures.id(NotificationTemplateId.PREFIX)),
                org.id(), name, channel, new Notification.Text(null, "{{code}} is your code", null),
                Fixtures.instant());
    }

    private static NotificationTemplate withVersion(NotificationTemplate t, long version) {
        return new NotificationTemplate(t.id(), t.organizationId(), t.name(), t.channel(), t.subject(), t.body(),
                t.createdAt(), t.updatedAt(), version);
    }

    @Test
    void finds_an_added_template_by_id_and_by_name_with_every_field() {
        Organization org = newOrganization();
        NotificationTemplate mail = newTemplate(org);
        NotificationTemplate sms = named(org, "code-" + Fixtures.suffix(), Channel.SMS);
        templates().add(sms);

        assertThat(templates().find(org.id(), mail.id())).contains(mail);
        assertThat(templates().findByName(org.id(), mail.name())).contains(mail);
        assertThat(templates().find(org.id(), sms.id())).contains(sms);
        assertThat(sms.subject()).isNull();
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_name_or_from_another_organization() {
        Organization org = newOrganization();
        NotificationTemplate template = newTemplate(org);
        Organization other = newOrganization();

        assertThat(templates().find(other.id(), template.id())).isEmpty();
        assertThat(templates().findByName(other.id(), template.name())).isEmpty();
        assertThat(templates().findByName(org.id(), template.name().toUpperCase())).isEmpty();
        assertThat(templates().find(org.id(),
                NotificationTemplateId.of(Fixtures.id(NotificationTemplateId.PREFIX)))).isEmpty();
    }

    @Test
    void a_name_is_taken_once_within_an_organization_but_free_in_another() {
        Organization org = newOrganization();
        String name = "welcome-" + Fixtures.suffix();
        NotificationTemplate first = named(org, name, Channel.SMS);
        templates().add(first);

        Expect.domainError(ErrorCode.CONFLICT, () -> templates().add(named(org, name, Channel.SMS)));
        Organization other = newOrganization();
        NotificationTemplate elsewhere = named(other, name, Channel.SMS);
        templates().add(elsewhere);

        assertThat(templates().findByName(org.id(), name)).contains(first);
        assertThat(templates().findByName(other.id(), name)).contains(elsewhere);
    }

    @Test
    void rejects_a_second_template_with_the_same_id() {
        Organization org = newOrganization();
        NotificationTemplate template = newTemplate(org);
        NotificationTemplate twin = new NotificationTemplate(template.id(), org.id(), "twin-" + Fixtures.suffix(),
                Channel.SMS, null, "Twin", Fixtures.instant(), Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> templates().add(twin));
        assertThat(templates().find(org.id(), template.id())).contains(template);
    }

    @Test
    void update_stores_the_change_frees_the_old_name_and_returns_the_next_version() {
        Organization org = newOrganization();
        NotificationTemplate template = newTemplate(org);
        String oldName = template.name();
        NotificationTemplate changed = template.change("renamed-" + Fixtures.suffix(),
                new Notification.Text("New subject", "New {{body}}", null), Fixtures.instant());

        NotificationTemplate updated = templates().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, template.version() + 1));
        assertThat(templates().find(org.id(), template.id())).contains(updated);
        assertThat(templates().findByName(org.id(), changed.name())).contains(updated);
        assertThat(templates().findByName(org.id(), oldName)).isEmpty();
        NotificationTemplate successor = named(org, oldName, Channel.SMS);
        templates().add(successor);
        assertThat(templates().findByName(org.id(), oldName)).contains(successor);
    }

    @Test
    void rejects_a_rename_to_a_name_the_organization_uses() {
        Organization org = newOrganization();
        NotificationTemplate first = newTemplate(org);
        NotificationTemplate second = newTemplate(org);

        Expect.domainError(ErrorCode.CONFLICT, () -> templates().update(second.change(first.name(),
                new Notification.Text(second.subject(), second.body(), null), Fixtures.instant())));
        assertThat(templates().find(org.id(), second.id())).contains(second);
        assertThat(templates().findByName(org.id(), first.name())).contains(first);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version_or_of_a_template_that_is_not_there() {
        Organization org = newOrganization();
        NotificationTemplate template = newTemplate(org);
        NotificationTemplate current = templates().update(template.change(template.name(),
                new Notification.Text("First", "first", null), Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> templates().update(template.change(template.name(),
                new Notification.Text("Lost", "lost", null), Fixtures.instant())));
        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> templates().update(Fixtures.notificationTemplate(org, Fixtures.instant())));
        NotificationTemplate hijacked = new NotificationTemplate(template.id(), newOrganization().id(),
                "hijacked", Channel.EMAIL, "x", "x", template.createdAt(), Fixtures.instant(), current.version());
        Expect.domainError(ErrorCode.NOT_FOUND, () -> templates().update(hijacked));
        assertThat(templates().find(org.id(), template.id())).contains(current);
    }

    @Test
    void remove_returns_true_once_then_false_frees_the_name_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        NotificationTemplate template = newTemplate(org);

        assertThat(templates().remove(newOrganization().id(), template.id())).isFalse();
        assertThat(templates().find(org.id(), template.id())).contains(template);
        assertThat(templates().remove(org.id(), template.id())).isTrue();
        assertThat(templates().remove(org.id(), template.id())).isFalse();
        assertThat(templates().find(org.id(), template.id())).isEmpty();
        assertThat(templates().findByName(org.id(), template.name())).isEmpty();
        templates().add(named(org, template.name(), Channel.SMS));
    }

    @Test
    void lists_the_templates_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<NotificationTemplate> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newTemplate(org));
        }
        newTemplate(newOrganization());

        List<NotificationTemplate> listed = Paging.walk(2, page -> templates().list(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> templates().list(newOrganization().id(), page))).isEmpty();
    }
}
