package io.soundport.adapters.local.sandbox;

import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdAccount;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AdAccountStatus;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsList;
import io.soundport.domain.integrations.ads.AdsPage;
import io.soundport.domain.integrations.ads.AdsPageRequest;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.ads.Audience;
import io.soundport.domain.integrations.ads.AudienceId;
import io.soundport.domain.integrations.ads.Breakdown;
import io.soundport.domain.integrations.ads.CampaignChange;
import io.soundport.domain.integrations.ads.CampaignId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.integrations.ads.CampaignStatus;
import io.soundport.domain.integrations.ads.ConversionBatch;
import io.soundport.domain.integrations.ads.ConversionsReceived;
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
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@link AdsPlatform} without Meta, for trying the Meta ads features with no network and no Meta app: every token the
 * sandbox's Meta OAuth stand-in issued acts for one made-up Meta user with two ad accounts,
 * {@value #EUR_ACCOUNT} (EUR) and {@value #USD_ACCOUNT} (USD), each with two campaigns running since
 * {@value #SEEDED_SINCE}, and two pixels, {@value #PIXEL} and {@value #OTHER_PIXEL}. A token it did not issue is
 * refused as Meta refuses one ({@link GrantRefusedException}).
 *
 * <p>Campaigns created here are kept in this process only (at most {@value #MAX_CAMPAIGNS} per account), and every
 * sandbox grant sees them. Insights are computed, not random: each day of a campaign since it was created, and each
 * breakdown value, gets numbers drawn from the SHA-256 of the campaign id, the date and the value, so the same
 * question always gets the same answer; an account's insights are the sum of its campaigns'. Audiences count the
 * people added (only counts: no hash is kept); conversions are counted per pixel.
 */
public final class SandboxAdsPlatform implements AdsPlatform {
    public static final String EUR_ACCOUNT = "act_1000000001";
    public static final String USD_ACCOUNT = "act_1000000002";
    public static final String PIXEL = "1000000000000101";
    public static final String OTHER_PIXEL = "1000000000000102";
    public static final String SEEDED_SINCE = "2024-01-01";
    public static final int MAX_CAMPAIGNS = 100;
    private static final int MAX_ROWS = MAX_PAGES * 100;
    private static final Map<Breakdown, List<String>> VALUES = values();

    private final Predicate<String> tokenValid;
    private final Supplier<Instant> now;
    private final List<AdAccount> accounts = List.of(
            new AdAccount(AdAccountId.of(EUR_ACCOUNT), "Sandbox Records (EUR)", Currency.getInstance("EUR"),
                    AdAccountStatus.ACTIVE),
            new AdAccount(AdAccountId.of(USD_ACCOUNT), "Sandbox Records (USD)", Currency.getInstance("USD"),
                    AdAccountStatus.ACTIVE));
    private final Map<CampaignId, AdCampaign> campaigns = new ConcurrentHashMap<>();
    private final Map<AudienceId, long[]> audiences = new ConcurrentHashMap<>();
    private final Map<PixelId, AtomicLong> conversions = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(120_200_000_000_000L);
    private final AtomicLong traces = new AtomicLong();

    /**
     * @param tokenValid whether the sandbox issued this access token and it has neither expired nor been revoked:
     *                   {@code SandboxOAuthProvider::accepts} of the Meta stand-in
     * @param now        the time, for the day a campaign is created and for date presets
     */
    public SandboxAdsPlatform(Predicate<String> tokenValid, Supplier<Instant> now) {
        this.tokenValid = Objects.requireNonNull(tokenValid, "tokenValid");
        this.now = Objects.requireNonNull(now, "now");
        Instant seeded = LocalDate.parse(SEEDED_SINCE).atStartOfDay(ZoneOffset.UTC).toInstant();
        seed("120100000000001", EUR_ACCOUNT, "Spring single: awareness", CampaignObjective.OUTCOME_AWARENESS,
                CampaignStatus.ACTIVE, 2_000, 0, seeded);
        seed("120100000000002", EUR_ACCOUNT, "Album pre-save: traffic", CampaignObjective.OUTCOME_TRAFFIC,
                CampaignStatus.PAUSED, 0, 150_000, seeded.plusSeconds(60));
        seed("120100000000003", USD_ACCOUNT, "Tour tickets: sales", CampaignObjective.OUTCOME_SALES,
                CampaignStatus.ACTIVE, 5_000, 0, seeded);
        seed("120100000000004", USD_ACCOUNT, "Merch: engagement", CampaignObjective.OUTCOME_ENGAGEMENT,
                CampaignStatus.ACTIVE, 1_500, 0, seeded.plusSeconds(60));
    }

    private void seed(String id, String account, String name, CampaignObjective objective, CampaignStatus status,
                      long daily, long lifetime, Instant created) {
        AdAccount owner = account(AdAccountId.of(account));
        campaigns.put(CampaignId.of(id), new AdCampaign(CampaignId.of(id), owner.id(), name, objective, null, status,
                daily == 0 ? null : new Money(daily, owner.currency()),
                lifetime == 0 ? null : new Money(lifetime, owner.currency()), created));
    }

    /** How many conversion events this pixel received in this process. */
    public long conversionsReceived(PixelId pixel) {
        AtomicLong count = conversions.get(pixel);
        return count == null ? 0 : count.get();
    }

    @Override
    public AdsList<AdAccount> adAccounts(String accessToken) {
        check(accessToken);
        return new AdsList<>(accounts, false);
    }

    @Override
    public AdsPage<AdCampaign> campaigns(String accessToken, AdAccountId account, AdsPageRequest page) {
        check(accessToken);
        account(account);
        List<AdCampaign> all = of(account);
        int from = 0;
        if (page.cursor() != null) {
            String after = decode(page.cursor());
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().value().equals(after)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw DomainException.invalid("cursor", "must be the next_cursor of an earlier page");
            }
        }
        List<AdCampaign> items = all.subList(Math.min(from, all.size()), Math.min(from + page.limit(), all.size()));
        boolean more = from + page.limit() < all.size();
        return new AdsPage<>(items, more ? encode(items.get(items.size() - 1).id().value()) : null);
    }

    @Override
    public AdCampaign campaign(String accessToken, CampaignId id) {
        check(accessToken);
        return find(id);
    }

    @Override
    public AdCampaign createCampaign(String accessToken, NewCampaign campaign) {
        check(accessToken);
        AdAccount account = account(campaign.accountId());
        inCurrency(campaign.dailyBudget(), account, "dailyBudget");
        inCurrency(campaign.lifetimeBudget(), account, "lifetimeBudget");
        synchronized (campaigns) {
            if (of(account.id()).size() >= MAX_CAMPAIGNS) {
                throw DomainException.conflict("The Meta sandbox keeps at most " + MAX_CAMPAIGNS
                        + " campaigns per ad account");
            }
            CampaignId id = CampaignId.of(String.valueOf(nextId.incrementAndGet()));
            AdCampaign created = new AdCampaign(id, account.id(), campaign.name(), campaign.objective(), null,
                    campaign.status(), campaign.dailyBudget(), campaign.lifetimeBudget(), now.get());
            campaigns.put(id, created);
            return new AdCampaign(id, created.accountId(), created.name(), created.objective(), null,
                    created.status(), created.dailyBudget(), created.lifetimeBudget(), null);
        }
    }

    @Override
    public void updateCampaign(String accessToken, CampaignId id, CampaignChange change) {
        check(accessToken);
        AdCampaign campaign = find(id);
        AdAccount account = account(campaign.accountId());
        inCurrency(change.dailyBudget(), account, "dailyBudget");
        inCurrency(change.lifetimeBudget(), account, "lifetimeBudget");
        campaigns.computeIfPresent(id, (key, c) -> new AdCampaign(c.id(), c.accountId(), c.name(), c.objective(),
                c.objectiveName(), change.status() == null ? c.status() : change.status(),
                change.dailyBudget() != null ? change.dailyBudget()
                        : change.lifetimeBudget() != null ? null : c.dailyBudget(),
                change.lifetimeBudget() != null ? change.lifetimeBudget()
                        : change.dailyBudget() != null ? null : c.lifetimeBudget(),
                c.createdTime()));
    }

    @Override
    public Insights insights(String accessToken, InsightsQuery query) {
        check(accessToken);
        AdAccount account;
        List<AdCampaign> counted;
        if (query.subject() instanceof CampaignId id) {
            AdCampaign campaign = find(id);
            account = account(campaign.accountId());
            counted = List.of(campaign);
        } else {
            account = account((AdAccountId) query.subject());
            counted = of(account.id());
        }
        LocalDate until = query.until() != null ? query.until() : presetUntil(query);
        LocalDate since = query.since() != null ? query.since() : presetSince(query, until, counted);
        List<List<String>> combos = combos(List.copyOf(query.breakdowns()));
        int step = query.timeIncrement() == null ? Integer.MAX_VALUE : query.timeIncrement();
        List<InsightsRow> rows = new ArrayList<>();
        boolean truncated = false;
        for (LocalDate start = since; !start.isAfter(until) && !truncated; ) {
            LocalDate stop = step == Integer.MAX_VALUE ? until : min(start.plusDays(step - 1L), until);
            for (List<String> combo : combos) {
                if (rows.size() == MAX_ROWS) {
                    truncated = true;
                    break;
                }
                Optional<InsightsRow> row = row(counted, account.currency(), start, stop, query, combo);
                row.ifPresent(rows::add);
            }
            start = stop.plusDays(1);
        }
        return new Insights(rows, rows.isEmpty() ? null : account.currency(), truncated);
    }

    @Override
    public Audience createCustomAudience(String accessToken, NewCustomAudience audience) {
        check(accessToken);
        account(audience.accountId());
        AudienceId id = AudienceId.of(String.valueOf(nextId.incrementAndGet()));
        audiences.put(id, new long[1]);
        return new Audience(id, audience.name());
    }

    @Override
    public UsersAdded addUsers(String accessToken, AudienceId audience, List<HashedContact> people) {
        check(accessToken);
        long[] members = audiences.get(audience);
        if (members == null) {
            throw DomainException.notFound("Meta audience", audience.value());
        }
        synchronized (members) {
            members[0] += people.size();
        }
        int requests = (people.size() + MAX_USERS_PER_REQUEST - 1) / MAX_USERS_PER_REQUEST;
        return new UsersAdded(people.size(), 0, requests);
    }

    @Override
    public Audience createLookalikeAudience(String accessToken, NewLookalikeAudience audience) {
        check(accessToken);
        account(audience.accountId());
        if (!audiences.containsKey(audience.origin())) {
            throw DomainException.notFound("Meta audience", audience.origin().value());
        }
        AudienceId id = AudienceId.of(String.valueOf(nextId.incrementAndGet()));
        audiences.put(id, new long[1]);
        return new Audience(id, audience.name());
    }

    @Override
    public ConversionsReceived sendConversions(String accessToken, ConversionBatch batch) {
        check(accessToken);
        if (!batch.pixel().value().equals(PIXEL) && !batch.pixel().value().equals(OTHER_PIXEL)) {
            throw DomainException.notFound("Meta pixel", batch.pixel().value());
        }
        if (batch.testEventCode() == null) {
            conversions.computeIfAbsent(batch.pixel(), p -> new AtomicLong()).addAndGet(batch.events().size());
        }
        return new ConversionsReceived(batch.events().size(), "sandbox-trace-" + traces.incrementAndGet());
    }

    // --- the made-up numbers

    /** The campaigns' numbers summed over the days from {@code start} to {@code stop}, for one breakdown combo. */
    private Optional<InsightsRow> row(List<AdCampaign> counted, Currency currency, LocalDate start, LocalDate stop,
                                      InsightsQuery query, List<String> combo) {
        long impressions = 0;
        long reach = 0;
        long clicks = 0;
        long spent = 0;
        long converted = 0;
        boolean any = false;
        for (AdCampaign campaign : counted) {
            LocalDate created = campaign.createdTime() == null ? start
                    : campaign.createdTime().atZone(ZoneOffset.UTC).toLocalDate();
            for (LocalDate day = max(start, created); !day.isAfter(stop); day = day.plusDays(1)) {
                byte[] h = sha256(campaign.id().value() + "|" + day + "|" + String.join("|", combo));
                long shown = 500 + unsigned(h, 0) % 9_500 / Math.max(1, combo.size() * 2);
                impressions += shown;
                reach += shown * (60 + unsigned(h, 4) % 30) / 100;
                long clicked = shown * (5 + unsigned(h, 8) % 25) / 1_000;
                clicks += clicked;
                spent += 50 + unsigned(h, 12) % 1_950;
                converted += clicked * (unsigned(h, 16) % 10) / 100;
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        int digits = currency.getDefaultFractionDigits();
        BigDecimal spend = BigDecimal.valueOf(spent, digits);
        Map<Breakdown, String> breakdowns = new EnumMap<>(Breakdown.class);
        List<Breakdown> asked = List.copyOf(query.breakdowns());
        for (int i = 0; i < asked.size(); i++) {
            breakdowns.put(asked.get(i), combo.get(i));
        }
        return Optional.of(new InsightsRow(start, stop, impressions, reach, clicks, spend,
                BigDecimal.valueOf(converted),
                impressions == 0 ? null : spend.multiply(BigDecimal.valueOf(1000))
                        .divide(BigDecimal.valueOf(impressions), 6, RoundingMode.HALF_EVEN),
                impressions == 0 ? null : BigDecimal.valueOf(clicks * 100)
                        .divide(BigDecimal.valueOf(impressions), 6, RoundingMode.HALF_EVEN),
                clicks == 0 ? null : spend.divide(BigDecimal.valueOf(clicks), 6, RoundingMode.HALF_EVEN),
                breakdowns));
    }

    private LocalDate presetUntil(InsightsQuery query) {
        LocalDate today = now.get().atZone(ZoneOffset.UTC).toLocalDate();
        return switch (query.preset()) {
            case TODAY, THIS_MONTH, MAXIMUM -> today;
            case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
            default -> today.minusDays(1);
        };
    }

    private static LocalDate presetSince(InsightsQuery query, LocalDate until, List<AdCampaign> counted) {
        return switch (query.preset()) {
            case TODAY, YESTERDAY -> until;
            case LAST_7D -> until.minusDays(6);
            case LAST_14D -> until.minusDays(13);
            case LAST_30D -> until.minusDays(29);
            case LAST_90D -> until.minusDays(89);
            case THIS_MONTH, LAST_MONTH -> until.withDayOfMonth(1);
            case MAXIMUM -> counted.stream().map(AdCampaign::createdTime).filter(Objects::nonNull)
                    .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()).min(Comparator.naturalOrder()).orElse(until);
        };
    }

    private static List<List<String>> combos(List<Breakdown> breakdowns) {
        List<List<String>> combos = new ArrayList<>();
        combos.add(List.of());
        for (Breakdown breakdown : breakdowns) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> combo : combos) {
                for (String value : VALUES.get(breakdown)) {
                    List<String> next = new ArrayList<>(combo);
                    next.add(value);
                    longer.add(next);
                }
            }
            combos = longer;
        }
        return combos;
    }

    private static Map<Breakdown, List<String>> values() {
        Map<Breakdown, List<String>> values = new LinkedHashMap<>();
        values.put(Breakdown.AGE, List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"));
        values.put(Breakdown.GENDER, List.of("female", "male", "unknown"));
        values.put(Breakdown.COUNTRY, List.of("DE", "FR", "GB", "US"));
        values.put(Breakdown.REGION, List.of("Bavaria", "Île-de-France", "England", "California"));
        values.put(Breakdown.PUBLISHER_PLATFORM, List.of("facebook", "instagram", "audience_network", "messenger"));
        values.put(Breakdown.PLATFORM_POSITION, List.of("feed", "story", "reels"));
        values.put(Breakdown.DEVICE_PLATFORM, List.of("mobile_app", "mobile_web", "desktop"));
        values.put(Breakdown.IMPRESSION_DEVICE, List.of("iphone", "android_smartphone", "desktop"));
        return Map.copyOf(values);
    }

    private static long unsigned(byte[] h, int at) {
        return ((h[at] & 0xffL) << 24 | (h[at + 1] & 0xffL) << 16 | (h[at + 2] & 0xffL) << 8 | (h[at + 3] & 0xffL));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // --- the made-up account

    /** The account's campaigns, newest first. */
    private List<AdCampaign> of(AdAccountId account) {
        return campaigns.values().stream().filter(c -> c.accountId().equals(account))
                .sorted(Comparator.comparing(AdCampaign::createdTime).reversed()
                        .thenComparing(c -> c.id().value(), Comparator.reverseOrder()))
                .toList();
    }

    private AdCampaign find(CampaignId id) {
        AdCampaign campaign = campaigns.get(id);
        if (campaign == null) {
            throw DomainException.notFound("Meta campaign", id.value());
        }
        return campaign;
    }

    private AdAccount account(AdAccountId id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Meta ad account", id.value()));
    }

    private static void inCurrency(Money budget, AdAccount account, String field) {
        if (budget != null && !budget.currency().equals(account.currency())) {
            throw DomainException.invalid(field, "must be in the ad account's currency, " + account.currency());
        }
    }

    private void check(String accessToken) {
        if (!tokenValid.test(accessToken)) {
            throw new GrantRefusedException(Provider.META, "The Meta sandbox refused the access token");
        }
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("cursor", "must be the next_cursor of an earlier page");
        }
    }
}
