package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    void keeps_the_ddex_party_id_and_party_name_and_their_clearing() {
        Organization org = Fixtures.organization();
        organizations().add(org);
        assertThat(organizations().find(org.id())).hasValueSatisfying(o -> {
            assertThat(o.dpid()).isNull();
            assertThat(o.partyName()).isNull();
        });

        Organization named = organizations().update(org.withDdexParty(DdexPartyId.of("PADPIDA2014120301A"),
                "Northern Lights Music Ltd", Fixtures.instant()));
        assertThat(organizations().find(org.id())).contains(named);
        assertThat(named.dpid()).isEqualTo(DdexPartyId.of("PADPIDA2014120301A"));
        assertThat(named.ddexPartyName()).isEqualTo("Northern Lights Music Ltd");

        Organization cleared = organizations().update(named.withDdexParty(null, null, Fixtures.instant()));
        assertThat(organizations().find(org.id())).contains(cleared);
        assertThat(cleared.dpid()).isNull();
        assertThat(cleared.ddexPartyName()).isEqualTo(org.name());
        // a tier change keeps the party
        Organization again = organizations().update(cleared.withDdexParty(DdexPartyId.of("PADPIDA2014120301A"),
                null, Fixtures.instant()));
        assertThat(organizations().update(again.withTier(Tier.STARTER, Fixtures.instant())).dpid())
                .isEqualTo(DdexPartyId.of("PADPIDA2014120301A"));
    }

    @Test
    void stores_a_suspension_with_every_field_and_its_lifting() {
        Organization org = Fixtures.organization();
        organizations().add(org);
        Instant at = Fixtures.instant();
        UserId operator = UserId.of(Fixtures.id(UserId.PREFIX));

        Organization suspended = organizations().update(org.suspend("Unpaid invoices", operator, at));

        assertThat(organizations().find(org.id())).contains(suspended);
        assertThat(suspended.suspension()).isEqualTo(new Suspension(at, operator, "Unpaid invoices"));
        assertThat(suspended.status()).isEqualTo(OrganizationStatus.SUSPENDED);

        Organization reinstated = organizations().update(suspended.reinstate(at.plusSeconds(1)));

        assertThat(organizations().find(org.id())).contains(reinstated);
        assertThat(reinstated.suspension()).isNull();
        assertThat(reinstated.version()).isEqualTo(org.version() + 2);
    }

    @Test
    void an_organization_added_suspended_is_found_suspended() {
        Organization org = Fixtures.organization().suspend("Fraud review", UserId.of(Fixtures.id(UserId.PREFIX)),
                Fixtures.instant());
        organizations().add(org);

        assertThat(organizations().find(org.id())).contains(org);
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

        List<Organization> seen = Paging.walkUntil(2, page -> organizations().search(OrganizationFilter.ALL, page),
                items -> items.stream().filter(o -> ids.contains(o.id())).count() == ids.size());

        assertThat(seen).extracting(Organization::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(Organization::createdAt)
                .thenComparing(o -> o.id().value()).reversed());
        List<Organization> newestFirst = new ArrayList<>(mine);
        Collections.reverse(newestFirst);
        assertThat(seen.stream().filter(o -> ids.contains(o.id())).toList()).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void searches_names_in_any_case_or_an_exact_id_newest_first_across_pages() {
        String token = "Zq" + Fixtures.suffix();
        Instant t = Fixtures.instant();
        Organization first = add(Fixtures.organization("Moon " + token + " Records", Tier.FREE, t));
        Organization second = add(Fixtures.organization(token.toUpperCase(Locale.ROOT) + " Music", Tier.STARTER,
                t.plusMillis(1)));
        Organization third = add(Fixtures.organization("Sun " + token.toLowerCase(Locale.ROOT), Tier.FREE,
                t.plusMillis(2)));
        add(Fixtures.organization("Unrelated " + Fixtures.suffix(), Tier.FREE, t.plusMillis(3)));

        assertThat(searchAll(new OrganizationFilter(token.toLowerCase(Locale.ROOT), null, null)))
                .containsExactly(third, second, first);
        assertThat(searchAll(new OrganizationFilter(second.id().value(), null, null))).containsExactly(second);
        assertThat(searchAll(new OrganizationFilter("%" + token, null, null))).as("wildcards are literal").isEmpty();
    }

    @Test
    void filters_by_tier_and_by_standing() {
        String token = "Zq" + Fixtures.suffix();
        Instant t = Fixtures.instant();
        UserId operator = UserId.of(Fixtures.id(UserId.PREFIX));
        Organization free = add(Fixtures.organization(token + " A", Tier.FREE, t));
        Organization enterprise = add(Fixtures.organization(token + " B", Tier.ENTERPRISE, t.plusMillis(1)));
        Organization suspended = organizations().update(
                add(Fixtures.organization(token + " C", Tier.ENTERPRISE, t.plusMillis(2)))
                        .suspend("Abuse", operator, t.plusMillis(3)));

        assertThat(searchAll(new OrganizationFilter(token, Tier.ENTERPRISE, null)))
                .containsExactly(suspended, enterprise);
        assertThat(searchAll(new OrganizationFilter(token, null, OrganizationStatus.SUSPENDED)))
                .containsExactly(suspended);
        assertThat(searchAll(new OrganizationFilter(token, null, OrganizationStatus.ACTIVE)))
                .containsExactly(enterprise, free);
        assertThat(searchAll(new OrganizationFilter(token, Tier.FREE, OrganizationStatus.SUSPENDED))).isEmpty();
        assertThat(organizations().search(new OrganizationFilter(null, null, OrganizationStatus.SUSPENDED),
                PageRequest.first(100)).items()).allMatch(Organization::isSuspended);
    }

    private Organization add(Organization organization) {
        organizations().add(organization);
        return organization;
    }

    private List<Organization> searchAll(OrganizationFilter filter) {
        return Paging.walk(1, page -> organizations().search(filter, page));
    }
}
