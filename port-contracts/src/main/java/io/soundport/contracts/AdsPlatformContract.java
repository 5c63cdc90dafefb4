package io.soundport.contracts;

import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdAccount;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsList;
import io.soundport.domain.integrations.ads.AdsPage;
import io.soundport.domain.integrations.ads.AdsPageRequest;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.ActionSource;
import io.soundport.domain.integrations.ads.Audience;
import io.soundport.domain.integrations.ads.AudienceId;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignChange;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.ConversionBatch;
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionUser;
import io.soundport.domain.integrations.ads.ConversionsReceived;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.integrations.ads.NewCustomAudience;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.integrations.ads.PixelId;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every {@link AdsPlatform} must do, on the accounts its suite names: each call acts with a token the platform
 * takes and refuses any other as a {@link GrantRefusedException} naming Meta, without the token in its words; the ad
 * accounts carry their currency; campaign pages hold at most their limit and a cursor leads to the next page until
 * the last has none; a campaign is read, created and changed, and an id the platform does not know is NOT_FOUND; a
 * budget in another currency than the account's is a VALIDATION_ERROR; insights cover only the days asked, one day a
 * row with {@code time_increment} 1, carry the breakdowns asked, and keep amounts exact and consistent; audiences
 * are created and count the people added; the Conversions API answers how many events it received with a trace id.
 */
public abstract class AdsPlatformContract {

    protected abstract AdsPlatform platform();

    /** A token the platform takes. */
    protected abstract String validToken();

    /** A well-formed token the platform does not take. */
    protected String refusedToken() {
        return "EAAB-refused-token-0123456789";
    }

    /** An ad account of the token with at least two pages of {@link #campaignPageLimit()} campaigns. */
    protected abstract AdAccountId accountWithCampaigns();

    /** The page size that makes {@link #accountWithCampaigns()} answer more than one page. */
    protected abstract int campaignPageLimit();

    /** A campaign of {@link #accountWithCampaigns()} with insights on the days of {@link #insightsSince()}. */
    protected abstract CampaignId knownCampaign();

    /** The first of the days over which {@link #knownCampaign()} has insights. */
    protected abstract LocalDate insightsSince();

    /** The last of those days, at least a day after {@link #insightsSince()}. */
    protected abstract LocalDate insightsUntil();

    /** A pixel that takes conversions. */
    protected abstract PixelId knownPixel();

    /** How many people {@link #addedPeople()} adds; the platform receives them all and finds none invalid. */
    protected int peopleToAdd() {
        return 2;
    }

    protected CampaignId unknownCampaign() {
        return CampaignId.of("999999999999999");
    }

    private AdAccount account() {
        return platform().adAccounts(validToken()).items().stream()
                .filter(a -> a.id().equals(accountWithCampaigns())).findFirst().orElseThrow();
    }

    private static Currency other(Currency currency) {
        return currency.getCurrencyCode().equals("JPY") ? Currency.getInstance("EUR") : Currency.getInstance("JPY");
    }

    @Test
    void the_ad_accounts_of_the_token_carry_their_currency_and_include_the_one_with_campaigns() {
        AdsList<AdAccount> accounts = platform().adAccounts(validToken());

        assertThat(accounts.items()).isNotEmpty();
        assertThat(accounts.truncated()).isFalse();
        assertThat(accounts.items()).allSatisfy(a -> {
            assertThat(a.id().value()).startsWith("act_");
            assertThat(a.currency()).isNotNull();
        });
        assertThat(accounts.items()).extracting(AdAccount::id).contains(accountWithCampaigns());
    }

    @Test
    void campaign_pages_hold_at_most_their_limit_and_the_cursor_leads_to_the_next_until_the_last() {
        AdsPage<AdCampaign> first = platform().campaigns(validToken(), accountWithCampaigns(),
                new AdsPageRequest(campaignPageLimit(), null));

        assertThat(first.items()).hasSizeBetween(1, campaignPageLimit());
        assertThat(first.hasMore()).isTrue();
        assertThat(first.items()).allSatisfy(c -> assertThat(c.accountId()).isEqualTo(accountWithCampaigns()));

        Set<CampaignId> seen = new HashSet<>();
        first.items().forEach(c -> seen.add(c.id()));
        AdsPage<AdCampaign> page = first;
        for (int i = 0; i < 20 && page.hasMore(); i++) {
            page = platform().campaigns(validToken(), accountWithCampaigns(),
                    new AdsPageRequest(campaignPageLimit(), page.nextCursor()));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(campaignPageLimit());
            page.items().forEach(c -> assertThat(seen.add(c.id())).as("a campaign shown twice: " + c.id()).isTrue());
        }
        assertThat(page.hasMore()).as("the last page has no cursor").isFalse();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void a_campaign_is_read_by_its_id_and_an_unknown_one_is_not_found() {
        AdCampaign campaign = platform().campaign(validToken(), knownCampaign());

        assertThat(campaign.id()).isEqualTo(knownCampaign());
        assertThat(campaign.accountId()).isEqualTo(accountWithCampaigns());
        assertThat(campaign.name()).isNotBlank();
        assertThat(campaign.status()).isNotNull();

        DomainException missing = catchThrowableOfType(DomainException.class,
                () -> platform().campaign(validToken(), unknownCampaign()));
        assertThat(missing.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_campaign_is_created_with_what_was_asked_and_a_budget_in_another_currency_is_refused() {
        Currency currency = account().currency();
        AdCampaign created = platform().createCampaign(validToken(), new NewCampaign(accountWithCampaigns(),
                "Contract single launch", CampaignObjective.OUTCOME_TRAFFIC, CampaignStatus.PAUSED,
                new Money(2_500, currency), null));

        assertThat(created.id()).isNotNull();
        assertThat(created.accountId()).isEqualTo(accountWithCampaigns());
        assertThat(created.name()).isEqualTo("Contract single launch");
        assertThat(created.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(created.dailyBudget()).isEqualTo(new Money(2_500, currency));

        DomainException foreign = catchThrowableOfType(DomainException.class, () -> platform().createCampaign(
                validToken(), new NewCampaign(accountWithCampaigns(), "Wrong money", CampaignObjective.OUTCOME_SALES,
                        CampaignStatus.PAUSED, new Money(1_000, other(currency)), null)));
        assertThat(foreign.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(foreign.details()).extracting(d -> d.field()).containsExactly("dailyBudget");
    }

    @Test
    void a_campaign_is_paused_and_given_a_budget_and_an_unknown_one_is_not_found() {
        platform().updateCampaign(validToken(), knownCampaign(), new CampaignChange(CampaignStatus.PAUSED,
                new Money(3_000, account().currency()), null));

        DomainException missing = catchThrowableOfType(DomainException.class, () -> platform().updateCampaign(
                validToken(), unknownCampaign(), new CampaignChange(CampaignStatus.ACTIVE, null, null)));
        assertThat(missing.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void daily_insights_cover_only_the_days_asked_one_day_a_row_with_consistent_exact_numbers() {
        Insights insights = platform().insights(validToken(), InsightsQuery.between(knownCampaign(),
                insightsSince(), insightsUntil(), 1, Set.of()));

        assertThat(insights.rows()).isNotEmpty();
        assertThat(insights.truncated()).isFalse();
        assertThat(insights.currency()).isEqualTo(account().currency());
        for (InsightsRow row : insights.rows()) {
            assertThat(row.dateStart()).isEqualTo(row.dateStop()).isBetween(insightsSince(), insightsUntil());
            assertThat(row.clicks()).isLessThanOrEqualTo(row.impressions());
            assertThat(row.reach()).isLessThanOrEqualTo(row.impressions());
            assertThat(row.spend().signum()).isGreaterThanOrEqualTo(0);
            assertThat(row.spend().stripTrailingZeros().scale())
                    .isLessThanOrEqualTo(insights.currency().getDefaultFractionDigits());
            if (row.impressions() > 0 && row.cpm() != null) {
                BigDecimal expected = row.spend().multiply(BigDecimal.valueOf(1000))
                        .divide(BigDecimal.valueOf(row.impressions()), 2, java.math.RoundingMode.HALF_EVEN);
                assertThat(row.cpm().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualTo(expected);
            }
            if (row.ctr() != null) {
                assertThat(row.ctr()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        }
    }

    @Test
    void insights_broken_down_carry_a_value_of_each_breakdown_asked_on_every_row() {
        Insights insights = platform().insights(validToken(), InsightsQuery.between(knownCampaign(),
                insightsSince(), insightsUntil(), null, Set.of(Breakdown.AGE, Breakdown.GENDER)));

        assertThat(insights.rows()).isNotEmpty();
        assertThat(insights.rows()).allSatisfy(row -> {
            assertThat(row.breakdowns()).containsOnlyKeys(Breakdown.AGE, Breakdown.GENDER);
            assertThat(row.dateStart()).isEqualTo(insightsSince());
            assertThat(row.dateStop()).isEqualTo(insightsUntil());
        });
        assertThat(insights.rows().stream().map(r -> r.breakdowns().get(Breakdown.GENDER)).distinct().count())
                .as("more than one gender").isGreaterThan(1);
    }

    @Test
    void insights_of_an_unknown_campaign_are_not_found() {
        DomainException missing = catchThrowableOfType(DomainException.class, () -> platform().insights(
                validToken(), InsightsQuery.between(unknownCampaign(), insightsSince(), insightsUntil(), 1,
                        Set.of())));
        assertThat(missing.code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void an_audience_is_created_counts_the_people_added_and_gives_a_lookalike() {
        Audience audience = platform().createCustomAudience(validToken(),
                new NewCustomAudience(accountWithCampaigns(), "Contract fans", "people who bought a ticket"));
        assertThat(audience.id()).isNotNull();
        assertThat(audience.name()).isEqualTo("Contract fans");

        UsersAdded added = platform().addUsers(validToken(), audience.id(), addedPeople());
        assertThat(added.received()).isEqualTo(peopleToAdd());
        assertThat(added.invalid()).isZero();
        assertThat(added.requests()).isEqualTo(1);

        Audience lookalike = platform().createLookalikeAudience(validToken(), new NewLookalikeAudience(
                accountWithCampaigns(), "Contract fans lookalike", audience.id(), "FR", new BigDecimal("0.02")));
        assertThat(lookalike.id()).isNotNull().isNotEqualTo(audience.id());
        assertThat(lookalike.name()).isEqualTo("Contract fans lookalike");
    }

    /** {@link #peopleToAdd()} people, by e-mail, phone or both. */
    protected List<HashedContact> addedPeople() {
        List<HashedContact> people = new ArrayList<>();
        for (int i = 0; i < peopleToAdd(); i++) {
            people.add(new HashedContact(CustomerHash.email("fan" + i + "@example.com", "email"),
                    i % 2 == 0 ? null : CustomerHash.phone("+33 6 12 34 56 7" + i, "phone")));
        }
        return people;
    }

    @Test
    void the_conversions_api_answers_how_many_events_it_received_with_its_trace_id() {
        ConversionUser user = new ConversionUser(CustomerHash.email("fan@example.com", "email"),
                CustomerHash.phone("+1 (650) 555-1212", "phone"), null, null, null, null, null,
                CustomerHash.country("us", "country"), null, null, "Mozilla/5.0", null, null);
        ConversionEvent event = new ConversionEvent("Purchase", Instant.now().minusSeconds(60), "order-4711",
                ActionSource.WEBSITE, user, new Money(1_999, Currency.getInstance("EUR")));

        ConversionsReceived received = platform().sendConversions(validToken(),
                new ConversionBatch(knownPixel(), null, List.of(event)));

        assertThat(received.eventsReceived()).isEqualTo(1);
        assertThat(received.fbtraceId()).isNotBlank();
    }

    @Test
    void every_call_with_a_token_the_platform_does_not_take_is_a_refused_grant_naming_meta() {
        List<Consumer<String>> calls = List.of(
                token -> platform().adAccounts(token),
                token -> platform().campaigns(token, accountWithCampaigns(), AdsPageRequest.of(null, null)),
                token -> platform().campaign(token, knownCampaign()),
                token -> platform().insights(token, InsightsQuery.between(knownCampaign(), insightsSince(),
                        insightsUntil(), 1, Set.of())),
                token -> platform().addUsers(token, AudienceId.of("23849182047670582"), addedPeople()));
        for (Consumer<String> call : calls) {
            GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                    () -> call.accept(refusedToken()));
            assertThat(refused).as("a refused grant").isNotNull();
            assertThat(refused.provider()).isEqualTo(Provider.META);
            assertThat(refused.getMessage()).doesNotContain(refusedToken());
        }
    }
}
