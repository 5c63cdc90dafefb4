package io.soundport.adapters.postgres;

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
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns, one row each: money as integer minor units of {@code currency}, the audiences as a {@code text[]}.
 * Lists are newest first on {@code (organization_id, created_at, id)}, or with the status before them; the insights
 * job walks a partial index of the running ones.
 */
final class PostgresCampaignsAdapter implements Campaigns {
    private static final String RESOURCE = "Campaign";
    private static final CampaignMapper MAPPER = new CampaignMapper();
    private static final String COLUMNS = """
            name = :name, objective = :objective, release_id = :release_id, track_id = :track_id,
            currency = :currency, budget_minor = :budget_minor, daily_budget_minor = :daily_budget_minor,
            start_date = :start_date, end_date = :end_date, audience_ids = :audience_ids,
            ad_account_id = :ad_account_id, goal_metric = :goal_metric, goal_target = :goal_target, status = :status,
            meta_campaign_id = :meta_campaign_id, meta_user_id = :meta_user_id, spend_minor = :spend_minor,
            impressions = :impressions, reach = :reach, clicks = :clicks, conversions = :conversions,
            metrics_as_of = :metrics_as_of, budget_warned = :budget_warned, goal_reached = :goal_reached,
            updated_at = :updated_at""";
    private final JdbiTransactionRunner db;

    PostgresCampaignsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("campaigns_pkey", "A campaign with this id already exists", "id"));
    }

    @Override
    public void add(Campaign c) {
        db.withHandle(h -> bind(h.createUpdate("""
                        INSERT INTO campaigns (id, organization_id, name, objective, release_id, track_id, currency,
                                               budget_minor, daily_budget_minor, start_date, end_date, audience_ids,
                                               ad_account_id, goal_metric, goal_target, status, meta_campaign_id,
                                               meta_user_id, spend_minor, impressions, reach, clicks, conversions,
                                               metrics_as_of, budget_warned, goal_reached, created_at, updated_at,
                                               version)
                        VALUES (:id, :organization_id, :name, :objective, :release_id, :track_id, :currency,
                                :budget_minor, :daily_budget_minor, :start_date, :end_date, :audience_ids,
                                :ad_account_id, :goal_metric, :goal_target, :status, :meta_campaign_id,
                                :meta_user_id, :spend_minor, :impressions, :reach, :clicks, :conversions,
                                :metrics_as_of, :budget_warned, :goal_reached, :created_at, :updated_at, :version)"""),
                c).bind("created_at", Sql.ts(c.createdAt())).execute());
    }

    @Override
    public Optional<Campaign> find(OrganizationId organizationId, CampaignId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM campaigns WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Campaign update(Campaign c) {
        return db.withHandle(h -> bind(h.createQuery("UPDATE campaigns SET " + COLUMNS
                        + ", version = version + 1 WHERE id = :id AND organization_id = :organization_id"
                        + " AND version = :version RETURNING *"), c)
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "campaigns", RESOURCE, c.id().value(),
                        c.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, CampaignId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM campaigns WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<Campaign> list(OrganizationId organizationId, CampaignFilter filter, PageRequest page) {
        CampaignFilter f = filter == null ? CampaignFilter.ALL : filter;
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM campaigns WHERE organization_id = :organization_id");
        if (f.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", f.status().name());
        }
        if (f.nameContains() != null && !f.nameContains().isEmpty()) {
            sql.append(" AND name ILIKE :name_pattern ESCAPE '\\'");
            params.put("name_pattern", Sql.containsPattern(f.nameContains()));
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Campaign> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), c -> new Cursor(c.createdAt(), c.id().value()));
    }

    @Override
    public List<Campaign> running(String afterId, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM campaigns
                        WHERE status IN ('ACTIVE', 'PAUSED') AND id > :after_id
                        ORDER BY id LIMIT :row_limit""")
                .bind("after_id", afterId == null ? "" : afterId)
                .bind("row_limit", limit)
                .map(MAPPER)
                .list());
    }

    @Override
    public List<CampaignId> using(OrganizationId organizationId, AudienceId audienceId, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id FROM campaigns
                        WHERE organization_id = :organization_id AND :audience_id = ANY(audience_ids)
                        ORDER BY id LIMIT :row_limit""")
                .bind("organization_id", organizationId.value())
                .bind("audience_id", audienceId.value())
                .bind("row_limit", limit)
                .mapTo(String.class)
                .map(CampaignId::of)
                .list());
    }

    /** Binds every column of the campaign but its creation time. */
    private static <S extends SqlStatement<S>> S bind(S statement, Campaign c) {
        CampaignPlan p = c.plan();
        CampaignMetrics m = c.metrics();
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id().value());
        params.put("organization_id", c.organizationId().value());
        params.put("name", p.name());
        params.put("objective", p.objective().name());
        params.put("release_id", p.promotes().releaseId() == null ? null : p.promotes().releaseId().value());
        params.put("track_id", p.promotes().trackId() == null ? null : p.promotes().trackId().value());
        params.put("currency", p.budget().currency().getCurrencyCode());
        params.put("budget_minor", p.budget().minorUnits());
        params.put("daily_budget_minor", p.dailyBudget() == null ? null : p.dailyBudget().minorUnits());
        params.put("start_date", p.startDate());
        params.put("end_date", p.endDate());
        params.put("ad_account_id", p.adAccountId() == null ? null : p.adAccountId().value());
        params.put("goal_metric", p.goal() == null ? null : p.goal().metric().name());
        params.put("goal_target", p.goal() == null ? null : p.goal().target());
        params.put("status", c.status().name());
        params.put("meta_campaign_id", c.meta() == null ? null : c.meta().campaignId().value());
        params.put("meta_user_id", c.meta() == null ? null : c.meta().connectedBy().value());
        params.put("spend_minor", m.spend().minorUnits());
        params.put("impressions", m.impressions());
        params.put("reach", m.reach());
        params.put("clicks", m.clicks());
        params.put("conversions", m.conversions());
        params.put("metrics_as_of", m.asOf() == null ? null : Sql.ts(m.asOf()));
        params.put("budget_warned", c.budgetWarned());
        params.put("goal_reached", c.goalReached());
        params.put("updated_at", Sql.ts(c.updatedAt()));
        params.put("version", c.version());
        return statement.bindMap(params).bindArray("audience_ids", String.class,
                p.audienceIds().stream().map(AudienceId::value).toList());
    }

    static final class CampaignMapper implements RowMapper<Campaign> {
        @Override
        public Campaign map(ResultSet rs, StatementContext ctx) throws SQLException {
            Currency currency = Currency.getInstance(rs.getString("currency"));
            String release = rs.getString("release_id");
            Promotion promotes = release != null ? Promotion.of(ReleaseId.of(release))
                    : Promotion.of(TrackId.of(rs.getString("track_id")));
            long daily = rs.getLong("daily_budget_minor");
            Money dailyBudget = rs.wasNull() ? null : new Money(daily, currency);
            String account = rs.getString("ad_account_id");
            String goalMetric = rs.getString("goal_metric");
            CampaignGoal goal = goalMetric == null ? null
                    : new CampaignGoal(GoalMetric.valueOf(goalMetric), rs.getLong("goal_target"));
            List<AudienceId> audiences = Arrays.stream((String[]) rs.getArray("audience_ids").getArray())
                    .map(AudienceId::of).toList();
            CampaignPlan plan = new CampaignPlan(rs.getString("name"),
                    CampaignObjective.valueOf(rs.getString("objective")), promotes,
                    new Money(rs.getLong("budget_minor"), currency), dailyBudget,
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), audiences,
                    account == null ? null : AdAccountId.of(account), goal);
            String metaCampaign = rs.getString("meta_campaign_id");
            Campaign.OnMeta meta = metaCampaign == null ? null : new Campaign.OnMeta(
                    io.soundport.domain.integrations.ads.CampaignId.of(metaCampaign),
                    UserId.of(rs.getString("meta_user_id")));
            CampaignMetrics metrics = new CampaignMetrics(new Money(rs.getLong("spend_minor"), currency),
                    rs.getLong("impressions"), rs.getLong("reach"), rs.getLong("clicks"), rs.getLong("conversions"),
                    Sql.instant(rs, "metrics_as_of"));
            return new Campaign(CampaignId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    plan, CampaignStatus.valueOf(rs.getString("status")), meta, metrics, rs.getBoolean("budget_warned"),
                    rs.getBoolean("goal_reached"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    rs.getLong("version"));
        }
    }
}
