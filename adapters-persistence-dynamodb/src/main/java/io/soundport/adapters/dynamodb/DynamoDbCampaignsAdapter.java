package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.OrganizationId;
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
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign is {@code ORG#<org> / CMP#<id>} in the entities table, listed newest first on {@code lsi1}
 * ({@code CMP#<time>#<id>}) and, per status, on {@code lsi2} ({@code CMPSTATUS#<status>#<time>#<id>}); a name
 * filter reads those pages and keeps what matches. While it runs (ACTIVE or PAUSED) it is also on the sparse global
 * index {@code gsi1} ({@code CAMPAIGNS#RUNNING / CMP#<id>}), which the insights job walks across organizations.
 * Money is integer minor units of {@code currency}; the audiences are a list.
 */
final class DynamoDbCampaignsAdapter implements Campaigns {
    private static final String CAMPAIGN = "CMP#";
    private static final String BY_STATUS = "CMPSTATUS#";
    private static final String RUNNING = "CAMPAIGNS#RUNNING";
    private static final String RESOURCE = "Campaign";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbCampaignsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, CampaignId id) {
        return Keys.key(Keys.org(org.value()), CAMPAIGN + id.value());
    }

    @Override
    public void add(Campaign campaign) {
        db.write(Write.put(table, item(campaign), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("A campaign with this id already exists", "id"))));
    }

    @Override
    public Optional<Campaign> find(OrganizationId organizationId, CampaignId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbCampaignsAdapter::read);
    }

    @Override
    public Campaign update(Campaign c) {
        Campaign current = find(c.organizationId(), c.id())
                .orElseThrow(() -> DomainException.notFound(RESOURCE, c.id().value()));
        if (current.version() != c.version()) {
            throw DomainException.staleVersion(RESOURCE, c.id().value());
        }
        Campaign stored = new Campaign(c.id(), c.organizationId(), c.plan(), c.status(), c.meta(), c.metrics(),
                c.budgetWarned(), c.goalReached(), current.createdAt(), c.updatedAt(), c.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(c.version()),
                Conditions.staleOrMissing(RESOURCE, c.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, CampaignId id) {
        Optional<Campaign> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.AT_VERSION, Map.of(),
                Conditions.version(current.get().version()), Conditions.staleOrMissing(RESOURCE, id.value())));
        return true;
    }

    @Override
    public Page<Campaign> list(OrganizationId organizationId, CampaignFilter filter, PageRequest page) {
        CampaignFilter f = filter == null ? CampaignFilter.ALL : filter;
        String partition = Keys.org(organizationId.value());
        KeysetQuery query = f.status() == null
                ? KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, partition, CAMPAIGN)
                : KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, partition,
                        BY_STATUS + f.status().name() + "#");
        boolean named = f.nameContains() != null && !f.nameContains().isEmpty();
        return query.page(db, page, DynamoDbCampaignsAdapter::read, named ? f::matches : null,
                c -> new Cursor(c.createdAt(), c.id().value()));
    }

    @Override
    public List<Campaign> running(String afterId, int limit) {
        QueryRequest request = QueryRequest.builder().tableName(table).indexName(DynamoDbTables.GSI1)
                .keyConditionExpression("#p = :p AND #s > :after")
                .expressionAttributeNames(Map.of("#p", Keys.GSI1_PK, "#s", Keys.GSI1_SK))
                .expressionAttributeValues(Map.of(":p", Attrs.s(RUNNING),
                        ":after", Attrs.s(CAMPAIGN + (afterId == null ? "" : afterId))))
                .scanIndexForward(true)
                .limit(limit)
                .build();
        QueryResponse response = db.query(request);
        return response.items().stream().map(DynamoDbCampaignsAdapter::read)
                .filter(c -> c.status().isRunning()).toList();
    }

    @Override
    public List<CampaignId> using(OrganizationId organizationId, AudienceId audienceId, int limit) {
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#p = :p AND begins_with(#s, :prefix)")
                .filterExpression("contains(#a, :audience)")
                .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", Keys.SK, "#a", "audienceIds", "#i", "id"))
                .expressionAttributeValues(Map.of(":p", Attrs.s(Keys.org(organizationId.value())),
                        ":prefix", Attrs.s(CAMPAIGN), ":audience", Attrs.s(audienceId.value())))
                .projectionExpression("#i")
                .build();
        List<CampaignId> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = db.query(request.toBuilder().exclusiveStartKey(start).build());
            response.items().forEach(item -> found.add(CampaignId.of(Attrs.required(item, "id"))));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        // the table's order is the id's: CMP#<id>
        return found.stream().limit(limit).toList();
    }

    static Map<String, AttributeValue> item(Campaign c) {
        String order = Keys.newestFirst(c.createdAt(), c.id().value());
        CampaignPlan p = c.plan();
        CampaignMetrics m = c.metrics();
        Attrs.Item item = new Attrs.Item()
                .put(Keys.PK, Keys.org(c.organizationId().value()))
                .put(Keys.SK, CAMPAIGN + c.id().value())
                .put(Keys.LSI1, CAMPAIGN + order)
                .put(Keys.LSI2, BY_STATUS + c.status().name() + "#" + order)
                .put("id", c.id().value())
                .put("organizationId", c.organizationId().value())
                .put("name", p.name())
                .put("objective", p.objective().name())
                .put("releaseId", p.promotes().releaseId() == null ? null : p.promotes().releaseId().value())
                .put("trackId", p.promotes().trackId() == null ? null : p.promotes().trackId().value())
                .put("currency", p.budget().currency().getCurrencyCode())
                .put("budget", p.budget().minorUnits())
                .put("dailyBudget", p.dailyBudget() == null ? null : Attrs.n(p.dailyBudget().minorUnits()))
                .put("startDate", p.startDate().toString())
                .put("endDate", p.endDate() == null ? null : p.endDate().toString())
                .put("audienceIds", Attrs.list(p.audienceIds().stream().map(AudienceId::value).toList()))
                .put("adAccountId", p.adAccountId() == null ? null : p.adAccountId().value())
                .put("goalMetric", p.goal() == null ? null : p.goal().metric().name())
                .put("goalTarget", p.goal() == null ? null : Attrs.n(p.goal().target()))
                .put("status", c.status().name())
                .put("metaCampaignId", c.meta() == null ? null : c.meta().campaignId().value())
                .put("metaUserId", c.meta() == null ? null : c.meta().connectedBy().value())
                .put("spend", m.spend().minorUnits())
                .put("impressions", m.impressions())
                .put("reach", m.reach())
                .put("clicks", m.clicks())
                .put("conversions", m.conversions())
                .put("metricsAsOf", m.asOf())
                .put("budgetWarned", c.budgetWarned())
                .put("goalReached", c.goalReached())
                .put("createdAt", c.createdAt())
                .put("updatedAt", c.updatedAt())
                .put("version", c.version());
        if (c.status().isRunning()) {
            item.put(Keys.GSI1_PK, RUNNING).put(Keys.GSI1_SK, CAMPAIGN + c.id().value());
        }
        return item.build();
    }

    static Campaign read(Map<String, AttributeValue> item) {
        Currency currency = Currency.getInstance(Attrs.required(item, "currency"));
        String release = Attrs.str(item, "releaseId");
        Promotion promotes = release != null ? Promotion.of(ReleaseId.of(release))
                : Promotion.of(TrackId.of(Attrs.required(item, "trackId")));
        String end = Attrs.str(item, "endDate");
        String account = Attrs.str(item, "adAccountId");
        String goalMetric = Attrs.str(item, "goalMetric");
        CampaignPlan plan = new CampaignPlan(Attrs.required(item, "name"),
                CampaignObjective.valueOf(Attrs.required(item, "objective")), promotes,
                new Money(Attrs.num(item, "budget"), currency),
                item.containsKey("dailyBudget") ? new Money(Attrs.num(item, "dailyBudget"), currency) : null,
                LocalDate.parse(Attrs.required(item, "startDate")), end == null ? null : LocalDate.parse(end),
                Attrs.strings(item, "audienceIds").stream().map(AudienceId::of).toList(),
                account == null ? null : AdAccountId.of(account),
                goalMetric == null ? null : new CampaignGoal(GoalMetric.valueOf(goalMetric),
                        Attrs.num(item, "goalTarget")));
        String metaCampaign = Attrs.str(item, "metaCampaignId");
        Campaign.OnMeta meta = metaCampaign == null ? null : new Campaign.OnMeta(
                io.soundport.domain.integrations.ads.CampaignId.of(metaCampaign),
                UserId.of(Attrs.required(item, "metaUserId")));
        CampaignMetrics metrics = new CampaignMetrics(new Money(Attrs.num(item, "spend"), currency),
                Attrs.num(item, "impressions"), Attrs.num(item, "reach"), Attrs.num(item, "clicks"),
                Attrs.num(item, "conversions"), Attrs.instant(item, "metricsAsOf"));
        return new Campaign(CampaignId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), plan,
                CampaignStatus.valueOf(Attrs.required(item, "status")), meta, metrics,
                Attrs.flag(item, "budgetWarned"), Attrs.flag(item, "goalReached"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
