package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.shared.Money;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Campaign days in {@code campaign_insights} (V28), keyed by organization, campaign, breakdown, day and value
 * ({@code COLLATE "C"}: code-point order); spend as integer minor units of {@code currency}. A put is one transaction
 * (or joins the caller's) of JDBC batches of {@code INSERT ... ON CONFLICT DO UPDATE}, in key order, so that two puts
 * of the same days never deadlock. {@link #forEach} reads through a cursor, {@value #FETCH_SIZE} rows a fetch, inside
 * a transaction (PostgreSQL's driver fetches in pages only outside auto-commit); {@link #totals} reads the partial
 * index of the day totals.
 */
final class PostgresCampaignInsightsAdapter implements CampaignInsights {
    static final int FETCH_SIZE = 500;
    private static final int BATCH_SIZE = 500;
    private static final DayMapper MAPPER = new DayMapper();
    private static final Comparator<CampaignDay> KEY_ORDER = Comparator
            .comparing((CampaignDay d) -> d.campaignId().value())
            .thenComparing(CampaignDay::breakdown)
            .thenComparing(CampaignDay::day)
            .thenComparing(CampaignDay::value);
    private final JdbiTransactionRunner db;

    PostgresCampaignInsightsAdapter(JdbiTransactionRunner db) {
        this.db = db;
    }

    @Override
    public void put(OrganizationId organizationId, List<CampaignDay> days) {
        Map<String, CampaignDay> byKey = new LinkedHashMap<>();
        days.forEach(d -> byKey.put(d.campaignId().value() + '\u0000' + d.breakdown() + '\u0000' + d.day()
                + '\u0000' + d.value(), d));
        if (byKey.isEmpty()) {
            return;
        }
        List<CampaignDay> sorted = new ArrayList<>(byKey.values());
        sorted.sort(KEY_ORDER);
        db.inTransaction(() -> db.withHandle(h -> {
            for (int start = 0; start < sorted.size(); start += BATCH_SIZE) {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO campaign_insights (organization_id, campaign_id, breakdown, day, value,
                                                       impressions, reach, clicks, spend_minor, currency, conversions)
                        VALUES (:organization_id, :campaign_id, :breakdown, :day, :value, :impressions, :reach,
                                :clicks, :spend_minor, :currency, :conversions)
                        ON CONFLICT (organization_id, campaign_id, breakdown, day, value) DO UPDATE
                        SET impressions = EXCLUDED.impressions, reach = EXCLUDED.reach, clicks = EXCLUDED.clicks,
                            spend_minor = EXCLUDED.spend_minor, currency = EXCLUDED.currency,
                            conversions = EXCLUDED.conversions""");
                for (CampaignDay d : sorted.subList(start, Math.min(sorted.size(), start + BATCH_SIZE))) {
                    batch.bind("organization_id", organizationId.value())
                            .bind("campaign_id", d.campaignId().value())
                            .bind("breakdown", d.breakdown().name())
                            .bind("day", d.day())
                            .bind("value", d.value())
                            .bind("impressions", d.impressions())
                            .bind("reach", d.reach())
                            .bind("clicks", d.clicks())
                            .bind("spend_minor", d.spend().minorUnits())
                            .bind("currency", d.spend().currency().getCurrencyCode())
                            .bind("conversions", d.conversions())
                            .add();
                }
                batch.execute();
            }
            return null;
        }));
    }

    @Override
    public void forEach(OrganizationId organizationId, CampaignId campaignId, CampaignBreakdown breakdown,
                        LocalDate from, LocalDate to, Consumer<CampaignDay> each) {
        if (from.isAfter(to)) {
            return;
        }
        db.inTransaction(() -> db.withHandle(h -> {
            h.createQuery("""
                            SELECT * FROM campaign_insights
                            WHERE organization_id = :organization_id AND campaign_id = :campaign_id
                              AND breakdown = :breakdown AND day BETWEEN :from AND :to
                            ORDER BY day, value""")
                    .bind("organization_id", organizationId.value())
                    .bind("campaign_id", campaignId.value())
                    .bind("breakdown", breakdown.name())
                    .bind("from", from)
                    .bind("to", to)
                    .setFetchSize(FETCH_SIZE)
                    .map(MAPPER)
                    .forEach(each);
            return null;
        }));
    }

    @Override
    public List<CampaignDay> totals(OrganizationId organizationId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        // breakdown = 'NONE' written out, so that the planner matches the partial index
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM campaign_insights
                        WHERE organization_id = :organization_id AND breakdown = 'NONE'
                          AND day BETWEEN :from AND :to""")
                .bind("organization_id", organizationId.value())
                .bind("from", from)
                .bind("to", to)
                .map(MAPPER)
                .list());
    }

    static final class DayMapper implements RowMapper<CampaignDay> {
        @Override
        public CampaignDay map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CampaignDay(CampaignId.of(rs.getString("campaign_id")), rs.getObject("day", LocalDate.class),
                    CampaignBreakdown.valueOf(rs.getString("breakdown")), rs.getString("value"),
                    rs.getLong("impressions"), rs.getLong("reach"), rs.getLong("clicks"),
                    new Money(rs.getLong("spend_minor"), Currency.getInstance(rs.getString("currency"))),
                    rs.getLong("conversions"));
        }
    }
}
