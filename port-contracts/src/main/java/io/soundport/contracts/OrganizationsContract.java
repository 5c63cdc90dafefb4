package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Organizations} must do. */
public abstract class OrganizationsContract {

    protected abstract PersistencePorts ports();

    private Organizations organizations() {
        return ports().organizations();
    }

    @Test
    void finds_an_added_organization_with_every_field() {
        Organization org = Fixtures.organization();
        organizations().add(org);

        assertThat(organizations().find(org.id())).contains(org);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(organizations().find(OrganizationId.of(Fixtures.id("org")))).isEmpty();
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = Fixtures.organization();
        organizations().add(org);

        Organization changed = org.withTier(Tier.ENTERPRISE, Fixtures.instant());
        Organization updated = organizations().update(changed);

        assertThat(updated.version()).isEqualTo(org.version() + 1);
        assertThat(updated.tier()).isEqualTo(Tier.ENTERPRISE);
        assertThat(organizations().find(org.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = Fixtures.organization();
        organizations().add(org);
        organizations().update(org.withTier(Tier.PROFESSIONAL, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> organizations().update(org.withTier(Tier.FREE, Fixtures.instant())));
        assertThat(organizations().find(org.id())).get().extracting(Organization::tier).isEqualTo(Tier.PROFESSIONAL);
    }

    @Test
    void rejects_an_update_of_an_organization_that_does_not_exist() {
        Expect.domainError(ErrorCode.NOT_FOUND, () -> organizations().update(Fixtures.organization()));
    }

    @Test
    void lists_organizations_newest_first_across_pages_without_duplicates_or_gaps() {
        // The store is shared and every organization is visible here, so ours are made the newest of all.
        Instant future = Instant.now().plus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        List<Organization> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Organization org = Fixtures.organization(future.plusMillis(i));
            organizations().add(org);
            mine.add(org);
        }
        Set<OrganizationId> ids = new HashSet<>(mine.stream().map(Organization::id).toList());

        List<Organization> seen = Paging.walkUntil(2, page -> organizations().list(page),
                items -> items.stream().filter(o -> ids.contains(o.id())).count() == ids.size());

        assertThat(seen).extracting(Organization::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(Organization::createdAt)
                .thenComparing(o -> o.id().value()).reversed());
        List<Organization> newestFirst = new ArrayList<>(mine);
        Collections.reverse(newestFirst);
        assertThat(seen.stream().filter(o -> ids.contains(o.id())).toList()).containsExactlyElementsOf(newestFirst);
    }
}
