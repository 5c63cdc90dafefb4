package io.soundport.contracts;

import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignFilter;
import io.soundport.domain.marketing.CampaignGoal;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.marketing.GoalMetric;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every adapter of {@link Campaigns} must do. */
public abstract class CampaignsContract {
    private static final Currency JPY = Currency.getInstance("JPY");

    protected abstract PersistencePorts ports();

    private Campaigns campaigns() {
        return ports().campaigns();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Campaign add(Organization org, String name, CampaignStatus status) {
        Campaign campaign = Fixtures.campaign(org, name, status);
        campaigns().add(campaign);
        return campaign;
    }

    /** Every field set, in a currency without minor units, running on Meta with metrics and both flags raised. */
    private static Campaign full(Organization org) {
        Instant at = Fixtures.instant();
        CampaignPlan plan = new CampaignPlan("Tokyo push", CampaignObjective.OUTCOME_TRAFFIC,
                Promotion.of(TrackId.of(Fixtures.id(TrackId.PREFIX))), new Money(500_000, JPY),
                new Money(20_000, JPY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30),
                List.of(AudienceId.of(Fixtures.id(AudienceId.PREFIX)), AudienceId.of(Fixtures.id(AudienceId.PREFIX))),
                AdAccountId.of("act_1000000001"), new CampaignGoal(GoalMetric.CLICKS, 12_000));
        return new Campaign(CampaignId.of(Fixtures.id(CampaignId.PREFIX)), org.id(), plan, CampaignStatus.ACTIVE,
                new Campaign.OnMeta(io.soundport.domain.integrations.ads.CampaignId.of("120210000000000001"),
                        UserId.of(Fixtures.id(UserId.PREFIX))),
                new CampaignMetrics(new Money(410_000, JPY), 1_250_000, 400_000, 12_345, 321, Fixtures.instant()),
                true, true, at, Fixtures.instant(), 1);
    }

    @Test
    void finds_an_added_campaign_with_every_field_but_not_from_another_organization() {
        Organization org = newOrganization();
        Campaign bare = add(org, "Spring single", CampaignStatus.DRAFT);
        Campaign full = full(org);
        campaigns().add(full);

        assertThat(campaigns().find(org.id(), bare.id())).contains(bare);
        assertThat(campaigns().find(org.id(), full.id())).contains(full);
        assertThat(campaigns().find(newOrganization().id(), full.id())).isEmpty();
        assertThat(campaigns().find(org.id(), CampaignId.of(Fixtures.id(CampaignId.PREFIX)))).isEmpty();
    }

    @Test
    void an_id_is_added_once() {
        Organization org = newOrganization();
        Campaign campaign = add(org, "Once", CampaignStatus.DRAFT);

        DomainException e = catchThrowableOfType(() -> campaigns().add(campaign), DomainException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void an_update_at_the_stored_version_bumps_it_and_keeps_the_creation_time_a_stale_one_changes_nothing() {
        Organization org = newOrganization();
        Campaign campaign = add(org, "Before", CampaignStatus.DRAFT);
        Campaign full = full(org);
        Campaign changed = new Campaign(campaign.id(), org.id(), full.plan(), CampaignStatus.PAUSED, full.meta(),
                full.metrics(), true, false, Fixtures.instant(), Fixtures.instant(), campaign.version());

        Campaign stored = campaigns().update(changed);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.createdAt()).isEqualTo(campaign.createdAt());
        assertThat(stored.plan()).isEqualTo(full.plan());
        assertThat(campaigns().find(org.id(), campaign.id())).contains(stored);
        DomainException stale = catchThrowableOfType(() -> campaigns().update(changed), DomainException.class);
        assertThat(stale.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
        DomainException elsewhere = catchThrowableOfType(() -> campaigns().update(new Campaign(campaign.id(),
                newOrganization().id(), campaign.plan(), CampaignStatus.DRAFT, null, campaign.metrics(), false, false,
                campaign.createdAt(), campaign.updatedAt(), 2)), DomainException.class);
        assertThat(elsewhere.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(campaigns().find(org.id(), campaign.id())).contains(stored);
    }

    @Test
    void removes_a_campaign_of_its_own_organization_only() {
        Organization org = newOrganization();
        Campaign campaign = add(org, "Gone", CampaignStatus.DRAFT);

        assertThat(campaigns().remove(newOrganization().id(), campaign.id())).isFalse();
        assertThat(campaigns().remove(org.id(), campaign.id())).isTrue();
        assertThat(campaigns().find(org.id(), campaign.id())).isEmpty();
        assertThat(campaigns().remove(org.id(), campaign.id())).isFalse();
    }

    @Test
    void lists_newest_first_filtered_by_status_and_name_in_pages_without_overlap_or_gap() {
        Organization org = newOrganization();
        List<Campaign> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            added.add(add(org, (i % 3 == 0 ? "Summer Tour " : "Single ") + i,
                    i % 2 == 0 ? CampaignStatus.ACTIVE : CampaignStatus.DRAFT));
        }
        add(newOrganization(), "Summer Tour elsewhere", CampaignStatus.ACTIVE);
        List<Campaign> newestFirst = new ArrayList<>(added);
        java.util.Collections.reverse(newestFirst);

        assertThat(walk(org, CampaignFilter.ALL, 3)).containsExactlyElementsOf(newestFirst);
        assertThat(walk(org, new CampaignFilter(CampaignStatus.ACTIVE, null), 2))
                .containsExactlyElementsOf(newestFirst.stream().filter(c -> c.status() == CampaignStatus.ACTIVE)
                        .toList()).hasSize(4);
        assertThat(walk(org, new CampaignFilter(null, "summer tour"), 1))
                .extracting(c -> c.plan().name()).containsExactly("Summer Tour 6", "Summer Tour 3", "Summer Tour 0");
        assertThat(walk(org, new CampaignFilter(CampaignStatus.ACTIVE, "TOUR"), 5))
                .extracting(c -> c.plan().name()).containsExactly("Summer Tour 6", "Summer Tour 0");
        assertThat(walk(org, new CampaignFilter(CampaignStatus.ARCHIVED, null), 5)).isEmpty();
    }

    @Test
    void running_walks_the_active_and_paused_campaigns_of_every_organization_by_id() {
        Campaign active = add(newOrganization(), "Live", CampaignStatus.ACTIVE);
        Campaign paused = add(newOrganization(), "Resting", CampaignStatus.PAUSED);
        Campaign draft = add(newOrganization(), "Not yet", CampaignStatus.DRAFT);
        Campaign over = add(newOrganization(), "Done", CampaignStatus.COMPLETED);

        List<Campaign> running = new ArrayList<>();
        String after = null;
        List<Campaign> batch;
        do {
            batch = campaigns().running(after, 2);
            assertThat(batch.size()).isLessThanOrEqualTo(2);
            running.addAll(batch);
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id().value();
        } while (batch.size() == 2);

        assertThat(running).extracting(c -> c.id().value()).isSorted().doesNotHaveDuplicates();
        assertThat(running).contains(active, paused).doesNotContain(draft, over);
        assertThat(running).allMatch(c -> c.status().isRunning());

        Campaign completed = campaigns().update(new Campaign(active.id(), active.organizationId(), active.plan(),
                CampaignStatus.COMPLETED, null, active.metrics(), false, false, active.createdAt(), Fixtures.instant(),
                active.version()));
        assertThat(campaigns().running(null, 1000)).doesNotContain(active, completed);
    }

    @Test
    void names_the_campaigns_of_the_organization_that_target_an_audience_by_id() {
        Organization org = newOrganization();
        Campaign full = full(org);
        campaigns().add(full);
        Campaign other = full(org);
        Campaign second = new Campaign(CampaignId.of(Fixtures.id(CampaignId.PREFIX)), org.id(), other.plan(),
                CampaignStatus.DRAFT, null, other.metrics(), false, false, other.createdAt(), other.updatedAt(), 1);
        campaigns().add(second);
        AudienceId named = full.plan().audienceIds().get(1);
        AudienceId onlySecond = second.plan().audienceIds().get(0);

        assertThat(campaigns().using(org.id(), named, 10)).containsExactly(full.id());
        assertThat(campaigns().using(org.id(), onlySecond, 10)).containsExactly(second.id());
        assertThat(campaigns().using(org.id(), AudienceId.of(Fixtures.id(AudienceId.PREFIX)), 10)).isEmpty();
        assertThat(campaigns().using(newOrganization().id(), named, 10)).isEmpty();
        Campaign third = new Campaign(CampaignId.of(Fixtures.id(CampaignId.PREFIX)), org.id(), full.plan(),
                CampaignStatus.DRAFT, null, full.metrics(), false, false, full.createdAt(), full.updatedAt(), 1);
        campaigns().add(third);
        List<CampaignId> both = campaigns().using(org.id(), named, 10);
        assertThat(both).containsExactlyInAnyOrder(full.id(), third.id())
                .isSortedAccordingTo(java.util.Comparator.comparing(CampaignId::value));
        assertThat(campaigns().using(org.id(), named, 1)).hasSize(1);
    }

    private List<Campaign> walk(Organization org, CampaignFilter filter, int limit) {
        List<Campaign> seen = new ArrayList<>();
        Page<Campaign> page = campaigns().list(org.id(), filter, PageRequest.first(limit));
        seen.addAll(page.items());
        while (page.hasMore()) {
            assertThat(page.items()).hasSize(limit);
            page = campaigns().list(org.id(), filter, new PageRequest(limit, page.next()));
            seen.addAll(page.items());
        }
        return seen;
    }
}
