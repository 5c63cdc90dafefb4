package io.soundport.contracts;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Applications} must do. */
public abstract class ApplicationsContract {

    protected abstract PersistencePorts ports();

    private Applications applications() {
        return ports().applications();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    @Test
    void finds_an_added_application_with_every_field() {
        Organization org = newOrganization();
        Application app = Fixtures.application(org);
        applications().add(app);

        assertThat(applications().find(org.id(), app.id())).contains(app);
    }

    @Test
    void keeps_an_application_without_email_or_domain() {
        Organization org = newOrganization();
        Application app = Fixtures.application(org);
        Application bare = new Application(app.id(), org.id(), app.name(), null, null, app.createdAt(),
                app.updatedAt(), 1);
        applications().add(bare);

        assertThat(applications().find(org.id(), app.id())).contains(bare);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Application app = Fixtures.application(org);
        applications().add(app);

        assertThat(applications().find(org.id(), ApplicationId.of(Fixtures.id("app")))).isEmpty();
        assertThat(applications().find(other.id(), app.id())).isEmpty();
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        Application app = Fixtures.application(org);
        applications().add(app);

        Application updated = applications().update(
                app.update("Renamed", Email.of("ops@example.org"), "shop.example.org", Fixtures.instant()));

        assertThat(updated.version()).isEqualTo(app.version() + 1);
        assertThat(applications().find(org.id(), app.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Application app = Fixtures.application(org);
        applications().add(app);
        Application current = applications().update(app.update("First", null, null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> applications().update(app.update("Second", null, null, Fixtures.instant())));
        assertThat(applications().find(org.id(), app.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_an_application_that_does_not_exist() {
        Organization org = newOrganization();

        Expect.domainError(ErrorCode.NOT_FOUND, () -> applications().update(Fixtures.application(org)));
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Application app = Fixtures.application(org);
        applications().add(app);

        assertThat(applications().remove(other.id(), app.id())).isFalse();
        assertThat(applications().remove(org.id(), app.id())).isTrue();
        assertThat(applications().remove(org.id(), app.id())).isFalse();
        assertThat(applications().find(org.id(), app.id())).isEmpty();
    }

    @Test
    void lists_applications_newest_first_across_pages() {
        Organization org = newOrganization();
        List<Application> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Application app = Fixtures.application(org);
            applications().add(app);
            added.add(app);
        }
        applications().add(Fixtures.application(newOrganization()));

        List<Application> listed = Paging.walk(2, page -> applications().list(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void breaks_ties_of_creation_time_by_id_descending() {
        Organization org = newOrganization();
        Instant same = Fixtures.instant();
        List<Application> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Application app = Fixtures.application(org, same);
            applications().add(app);
            added.add(app);
        }
        added.sort((a, b) -> b.id().value().compareTo(a.id().value()));

        assertThat(Paging.walk(1, page -> applications().list(org.id(), page))).containsExactlyElementsOf(added);
    }
}
