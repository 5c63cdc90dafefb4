package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignFilter;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryCampaignsAdapter implements Campaigns {
    private static final String RESOURCE = "Campaign";
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<CampaignId, Campaign> rows;

    InMemoryCampaignsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Campaign campaign) {
        transactions.write(() -> {
            if (rows.contains(campaign.id())) {
                throw DomainException.conflict("A campaign with this id already exists", "id");
            }
            rows.put(campaign.id(), campaign);
            return null;
        });
    }

    @Override
    public Optional<Campaign> find(OrganizationId organizationId, CampaignId id) {
        return rows.get(id).filter(c -> c.organizationId().equals(organizationId));
    }

    @Override
    public Campaign update(Campaign c) {
        return transactions.write(() -> {
            Campaign current = find(c.organizationId(), c.id())
                    .orElseThrow(() -> DomainException.notFound(RESOURCE, c.id().value()));
            if (current.version() != c.version()) {
                throw DomainException.staleVersion(RESOURCE, c.id().value());
            }
            Campaign stored = new Campaign(c.id(), c.organizationId(), c.plan(), c.status(), c.meta(), c.metrics(),
                    c.budgetWarned(), c.goalReached(), current.createdAt(), c.updatedAt(), c.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, CampaignId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<Campaign> list(OrganizationId organizationId, CampaignFilter filter, PageRequest page) {
        CampaignFilter f = filter == null ? CampaignFilter.ALL : filter;
        return KeysetPages.page(rows.rows().filter(c -> c.organizationId().equals(organizationId) && f.matches(c)),
                c -> new Cursor(c.createdAt(), c.id().value()), page);
    }

    @Override
    public List<Campaign> running(String afterId, int limit) {
        return rows.rows()
                .filter(c -> c.status().isRunning() && (afterId == null || c.id().value().compareTo(afterId) > 0))
                .sorted(Comparator.comparing(c -> c.id().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<CampaignId> using(OrganizationId organizationId, AudienceId audienceId, int limit) {
        return rows.rows().filter(c -> c.organizationId().equals(organizationId)
                        && c.plan().audienceIds().contains(audienceId))
                .map(Campaign::id).sorted(Comparator.comparing(CampaignId::value)).limit(limit).toList();
    }
}
