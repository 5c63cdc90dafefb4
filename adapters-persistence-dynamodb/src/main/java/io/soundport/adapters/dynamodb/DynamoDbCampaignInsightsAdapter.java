package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.CampaignBreakdown;
import io.soundport.domain.marketing.CampaignDay;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.shared.Money;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Campaign days in the entities table. A day is {@code CINS#<org>#<campaign> / <breakdown>#<yyyy-MM-dd>#<value>}
 * (a partition per campaign, so that one breakdown over a range of days is one key range, read page by page into the
 * consumer, by day then value in UTF-8 byte order, which is code-point order); a day's totals ({@code NONE}) are
 * also {@code CINSDAY#<org> / <yyyy-MM-dd>#<campaign>} with the same attributes, so that the totals of every
 * campaign over a range of days are one key range too. Both are plain puts (an upsert replaces the item), written
 * through the unit of work ({@link DynamoDbTransactionRunner#write}) in groups of at most
 * {@value DynamoDbTransactionRunner#MAX_ACTIONS} items, a day's two items in the same group; outside a unit of work
 * each group is one {@code TransactWriteItems} committed at once.
 */
final class DynamoDbCampaignInsightsAdapter implements CampaignInsights {
    static final String DAYS = "CINS#";
    static final String TOTALS = "CINSDAY#";
    private static final int PAGE_SIZE = 500;
    private static final int MAX_GROUP = DynamoDbTransactionRunner.MAX_ACTIONS;
    private static final Function<Map<String, AttributeValue>, RuntimeException> UNCONDITIONAL =
            old -> new IllegalStateException("An unconditional write of campaign insights failed its condition");
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbCampaignInsightsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static String days(OrganizationId organizationId, String campaignId) {
        return DAYS + organizationId.value() + "#" + campaignId;
    }

    private static String totals(OrganizationId organizationId) {
        return TOTALS + organizationId.value();
    }

    private static String sk(CampaignBreakdown breakdown, LocalDate day, String value) {
        return breakdown.name() + "#" + day + "#" + value;
    }

    private static String totalsSk(LocalDate day, String campaignId) {
        return day + "#" + campaignId;
    }

    @Override
    public void put(OrganizationId organizationId, List<CampaignDay> days) {
        Map<String, CampaignDay> byKey = new LinkedHashMap<>();
        days.forEach(d -> byKey.put(d.campaignId().value() + "\u0000"
                + sk(d.breakdown(), d.day(), d.value()), d));
        List<Write> group = new ArrayList<>();
        for (CampaignDay day : byKey.values()) {
            List<Write> writes = new ArrayList<>();
            writes.add(Write.put(table, item(organizationId, day, days(organizationId, day.campaignId().value()),
                    sk(day.breakdown(), day.day(), day.value())), null, Map.of(), Map.of(), UNCONDITIONAL));
            if (day.breakdown() == CampaignBreakdown.NONE) {
                writes.add(Write.put(table, item(organizationId, day, totals(organizationId),
                        totalsSk(day.day(), day.campaignId().value())), null, Map.of(), Map.of(), UNCONDITIONAL));
            }
            if (group.size() + writes.size() > MAX_GROUP) {
                db.write(group);
                group = new ArrayList<>();
            }
            group.addAll(writes);
        }
        db.write(group);
    }

    @Override
    public void forEach(OrganizationId organizationId, CampaignId campaignId, CampaignBreakdown breakdown,
                        LocalDate from, LocalDate to, Consumer<CampaignDay> each) {
        if (from.isAfter(to)) {
            return;
        }
        // '#' sorts before '$': every value of the day "to" is within the range
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#p = :p AND #s BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", Keys.SK))
                .expressionAttributeValues(Map.of(":p", Attrs.s(days(organizationId, campaignId.value())),
                        ":from", Attrs.s(breakdown.name() + "#" + from + "#"),
                        ":to", Attrs.s(breakdown.name() + "#" + to + "$")))
                .limit(PAGE_SIZE)
                .build();
        db.queryEach(request, item -> each.accept(read(item)));
    }

    @Override
    public List<CampaignDay> totals(OrganizationId organizationId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#p = :p AND #s BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", Keys.SK))
                .expressionAttributeValues(Map.of(":p", Attrs.s(totals(organizationId)),
                        ":from", Attrs.s(from + "#"), ":to", Attrs.s(to + "$")))
                .build();
        return db.queryAll(request).stream().map(DynamoDbCampaignInsightsAdapter::read).toList();
    }

    private static Map<String, AttributeValue> item(OrganizationId organizationId, CampaignDay d, String pk,
                                                    String sk) {
        return new Attrs.Item()
                .put(Keys.PK, pk)
                .put(Keys.SK, sk)
                .put("organizationId", organizationId.value())
                .put("campaignId", d.campaignId().value())
                .put("breakdown", d.breakdown().name())
                .put("day", d.day().toString())
                .put("value", d.value())
                .put("impressions", d.impressions())
                .put("reach", d.reach())
                .put("clicks", d.clicks())
                .put("spend", d.spend().minorUnits())
                .put("currency", d.spend().currency().getCurrencyCode())
                .put("conversions", d.conversions())
                .build();
    }

    static CampaignDay read(Map<String, AttributeValue> item) {
        return new CampaignDay(CampaignId.of(Attrs.required(item, "campaignId")),
                LocalDate.parse(Attrs.required(item, "day")),
                CampaignBreakdown.valueOf(Attrs.required(item, "breakdown")), Attrs.required(item, "value"),
                Attrs.num(item, "impressions"), Attrs.num(item, "reach"), Attrs.num(item, "clicks"),
                new Money(Attrs.num(item, "spend"), Currency.getInstance(Attrs.required(item, "currency"))),
                Attrs.num(item, "conversions"));
    }
}
