package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditEntryId;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every adapter of {@link AuditLog} must do. */
public abstract class AuditLogContract {

    protected abstract PersistencePorts ports();

    private AuditLog log() {
        return ports().auditLog();
    }

    private static OrganizationId newOrganization() {
        return Fixtures.organization().id();
    }

    private static AuditEntry.Actor user() {
        return new AuditEntry.Actor(AuditEntry.Kind.USER, Fixtures.id("usr"));
    }

    private static AuditEntry entry(OrganizationId org, AuditEntry.Actor actor, String action, String resourceId) {
        return entry(org, actor, action, resourceId, Fixtures.instant());
    }

    private static AuditEntry entry(OrganizationId org, AuditEntry.Actor actor, String action, String resourceId,
                                    Instant at) {
        return new AuditEntry(AuditEntryId.of(Fixtures.id(AuditEntryId.PREFIX)), org, actor, action, resourceId, at,
                new Origin("203.0.113.7", "soundport-java/1.0", "req_" + Fixtures.suffix()));
    }

    private AuditEntry appended(AuditEntry entry) {
        log().append(entry);
        return entry;
    }

    private static AuditFilter of(OrganizationId org) {
        return new AuditFilter(org, null, null, null, null, null, null);
    }

    private List<AuditEntry> all(AuditFilter filter) {
        return log().list(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    @Test
    void lists_the_entries_of_an_organization_newest_first_with_every_field() {
        OrganizationId org = newOrganization();
        AuditEntry.Actor actor = user();
        AuditEntry first = appended(entry(org, actor, "release.created", Fixtures.id("rel")));
        AuditEntry second = appended(new AuditEntry(AuditEntryId.of(Fixtures.id(AuditEntryId.PREFIX)), org,
                new AuditEntry.Actor(AuditEntry.Kind.API_KEY, Fixtures.id("key")), "api_key.revoked",
                Fixtures.id("key"), Fixtures.instant(), Origin.UNKNOWN));

        assertThat(all(of(org))).containsExactly(second, first);
        assertThat(all(of(org)).get(1).origin()).isEqualTo(first.origin());
        assertThat(all(of(org)).get(0).origin()).isEqualTo(Origin.UNKNOWN);
    }

    @Test
    void pages_newest_first_without_overlap_or_gap() {
        OrganizationId org = newOrganization();
        AuditEntry.Actor actor = user();
        List<AuditEntry> added = new ArrayList<>();
        Instant same = Fixtures.instant();
        for (int i = 0; i < 5; i++) {
            // two share their time: the id breaks the tie
            added.add(appended(entry(org, actor, "artist.updated", Fixtures.id("art"), i < 2 ? same
                    : Fixtures.instant())));
        }
        List<AuditEntry> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        Page<AuditEntry> current;
        do {
            current = log().list(of(org), page);
            seen.addAll(current.items());
            page = new PageRequest(2, current.next());
        } while (current.hasMore());

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(added.get(4));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).occurredAt()).isBeforeOrEqualTo(seen.get(i - 1).occurredAt());
        }
    }

    @Test
    void filters_by_actor_resource_action_and_time() {
        OrganizationId org = newOrganization();
        AuditEntry.Actor alice = user();
        AuditEntry.Actor bob = user();
        String release = Fixtures.id("rel");
        AuditEntry created = appended(entry(org, alice, "release.created", release));
        AuditEntry artist = appended(entry(org, bob, "artist.created", Fixtures.id("art")));
        AuditEntry updated = appended(entry(org, bob, "release.updated", release));
        AuditEntry other = appended(entry(org, alice, "release.updated", Fixtures.id("rel")));

        assertThat(all(new AuditFilter(org, bob.id(), null, null, null, null, null))).containsExactly(updated, artist);
        assertThat(all(new AuditFilter(org, null, "release", null, null, null, null)))
                .containsExactly(other, updated, created);
        assertThat(all(new AuditFilter(org, null, "release", release, null, null, null)))
                .containsExactly(updated, created);
        assertThat(all(new AuditFilter(org, null, null, release, null, null, null))).containsExactly(updated, created);
        assertThat(all(new AuditFilter(org, null, null, null, "release.updated", null, null)))
                .containsExactly(other, updated);
        assertThat(all(new AuditFilter(org, alice.id(), null, null, "release.updated", null, null)))
                .containsExactly(other);
        assertThat(all(new AuditFilter(org, null, null, null, null, artist.occurredAt(), updated.occurredAt())))
                .as("since inclusive, until exclusive").containsExactly(artist);
        assertThat(all(new AuditFilter(org, alice.id(), null, null, null, artist.occurredAt(), null)))
                .containsExactly(other);
        assertThat(all(new AuditFilter(org, null, null, null, null, null, artist.occurredAt())))
                .containsExactly(created);
    }

    @Test
    void keeps_each_organization_to_itself_and_lists_every_one_for_the_platform() {
        OrganizationId one = newOrganization();
        OrganizationId two = newOrganization();
        AuditEntry.Actor actor = user();
        Instant since = Fixtures.instant();
        AuditEntry inOne = appended(entry(one, actor, "member.invited", Fixtures.id("usr")));
        AuditEntry inTwo = appended(entry(two, actor, "member.invited", Fixtures.id("usr")));

        assertThat(all(of(one))).containsExactly(inOne);
        assertThat(all(new AuditFilter(two, actor.id(), null, null, null, null, null))).containsExactly(inTwo);
        assertThat(all(new AuditFilter(null, actor.id(), null, null, null, null, null)))
                .containsExactly(inTwo, inOne);
        assertThat(all(new AuditFilter(null, null, "member", inOne.resourceId(), null, null, null)))
                .containsExactly(inOne);
        assertThat(all(new AuditFilter(null, null, null, null, null, since, null)))
                .as("every organization since then").startsWith(inTwo, inOne);
    }

    @Test
    void an_entry_appended_in_a_unit_of_work_that_rolls_back_is_not_kept() {
        OrganizationId org = newOrganization();
        AuditEntry kept = entry(org, user(), "partner.created", Fixtures.id("prt"));
        AuditEntry dropped = entry(org, user(), "partner.deleted", Fixtures.id("prt"));
        Organization organization = Fixtures.organization();

        ports().transactions().run(() -> {
            ports().organizations().add(organization);
            log().append(kept);
        });
        assertThatThrownBy(() -> ports().transactions().run(() -> {
            log().append(dropped);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(all(of(org))).containsExactly(kept);
        assertThat(ports().organizations().find(organization.id())).isPresent();
    }

    @Test
    void refuses_an_id_used_before() {
        OrganizationId org = newOrganization();
        AuditEntry entry = appended(entry(org, user(), "webhook.created", Fixtures.id("whk")));
        AuditEntry again = new AuditEntry(entry.id(), org, user(), "webhook.deleted", entry.resourceId(),
                Fixtures.instant(), Origin.UNKNOWN);

        Throwable thrown = catchThrowable(() -> log().append(again));

        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(all(of(org))).containsExactly(entry);
    }
}
