package io.soundport.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionUser;
import io.soundport.domain.integrations.ads.ConversionsReceived;
import io.soundport.domain.integrations.ads.HashedContact;
import io.soundport.domain.integrations.ads.Insights;
import io.soundport.domain.integrations.ads.InsightsQuery;
import io.soundport.domain.integrations.ads.InsightsRow;
import io.soundport.domain.integrations.ads.InsightsSubject;
import io.soundport.domain.integrations.ads.NewCampaign;
import io.soundport.domain.integrations.ads.NewCustomAudience;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.integrations.ads.Sha256Hex;
import io.soundport.domain.integrations.ads.UsersAdded;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import io.soundport.resilience.Answer;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.Pacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static io.soundport.adapters.meta.MetaSettings.PROVIDER;

/**
 * {@link AdsPlatform} on Meta's Marketing API (the Graph API at {@code <graphUrl>/<apiVersion>}), each call with the
 * user's token in the {@code Authorization} header and its {@code appsecret_proof}, through one {@link ProviderCalls}
 * (timeouts, bulkhead, retries of GETs, circuit breaker). POSTs are sent once: a campaign is not created twice
 * behind the caller's back.
 *
 * <p>Graph's errors ({@link GraphErrors#ofAds}): code 190 is a {@link GrantRefusedException}; a rate limit (4, 17,
 * 32, 613, 80000-80014, whatever the HTTP status) is retried like a 429 and ends in SERVICE_UNAVAILABLE; code 100 on
 * the object the call named is NOT_FOUND; anything else is INTEGRATION_ERROR with Meta's code and
 * {@code fbtrace_id}.
 *
 * <p>Pages: {@code paging.next} is followed only to the Graph host this adapter was configured with, with the
 * {@code access_token} Meta writes into it removed (the token travels in the header), up to
 * {@link AdsPlatform#MAX_PAGES} pages. Budgets travel in the account currency's minor units, as Meta counts them;
 * the account's currency is read once per account and kept (an ad account's currency never changes).
 */
public final class MetaAdsPlatform implements AdsPlatform {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String CAMPAIGN_FIELDS = "id,account_id,name,objective,status,configured_status,"
            + "daily_budget,lifetime_budget,created_time";
    private static final String INSIGHT_FIELDS = "date_start,date_stop,impressions,reach,clicks,spend,cpm,ctr,cpc,"
            + "conversions,account_currency";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final int INSIGHTS_PAGE = 100;
    private static final int ACCOUNTS_PAGE = 100;
    private static final int MAX_KNOWN_CURRENCIES = 10_000;

    private final MetaSettings settings;
    private final HttpUrl graph;
    private final ProviderCalls calls;
    private final ObjectMapper mapper = new ObjectMapper();
    private final GraphErrors errors = new GraphErrors(mapper);
    private final Map<AdAccountId, Currency> currencies = new ConcurrentHashMap<>();

    public MetaAdsPlatform(MetaSettings settings) {
        this(settings, CallObserver.NONE);
    }

    /** @param observer hears every call Meta is asked, for metrics */
    public MetaAdsPlatform(MetaSettings settings, CallObserver observer) {
        this.settings = settings;
        this.graph = HttpUrl.get(settings.graphUrl()).newBuilder().addPathSegment(settings.apiVersion()).build();
        this.calls = new ProviderCalls(settings.policy(), observer, Pacer.NONE);
    }

    /** The state of the circuit breaker of these calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public AdsList<AdAccount> adAccounts(String accessToken) {
        HttpUrl url = url("me", "adaccounts").newBuilder()
                .addQueryParameter("fields", "id,account_id,name,currency,account_status")
                .addQueryParameter("limit", String.valueOf(ACCOUNTS_PAGE)).build();
        List<AdAccount> accounts = new ArrayList<>();
        boolean truncated = everyPage(accessToken, url, Target.NONE, page -> {
            for (JsonNode account : page.path("data")) {
                AdAccount read = readable(() -> account(account));
                currencies.putIfAbsent(read.id(), read.currency());
                accounts.add(read);
            }
        });
        return new AdsList<>(accounts, truncated);
    }

    @Override
    public AdsPage<AdCampaign> campaigns(String accessToken, AdAccountId account, AdsPageRequest page) {
        HttpUrl.Builder url = url(account.value(), "campaigns").newBuilder()
                .addQueryParameter("fields", CAMPAIGN_FIELDS)
                .addQueryParameter("limit", String.valueOf(page.limit()));
        if (page.cursor() != null) {
            url.addQueryParameter("after", page.cursor());
        }
        JsonNode root = get(accessToken, url.build(), Target.of("Meta ad account", account.value()));
        List<AdCampaign> campaigns = new ArrayList<>();
        for (JsonNode campaign : root.path("data")) {
            campaigns.add(readable(() -> campaign(accessToken, campaign, account)));
        }
        JsonNode paging = root.path("paging");
        String after = paging.path("cursors").path("after").asText("");
        boolean more = !paging.path("next").asText("").isEmpty() && !after.isEmpty();
        return new AdsPage<>(campaigns, more ? after : null);
    }

    @Override
    public AdCampaign campaign(String accessToken, CampaignId id) {
        HttpUrl url = url(id.value()).newBuilder().addQueryParameter("fields", CAMPAIGN_FIELDS).build();
        JsonNode root = get(accessToken, url, Target.of("Meta campaign", id.value()));
        return readable(() -> campaign(accessToken, root, null));
    }

    @Override
    public AdCampaign createCampaign(String accessToken, NewCampaign campaign) {
        Currency currency = campaign.dailyBudget() == null && campaign.lifetimeBudget() == null ? null
                : currency(accessToken, campaign.accountId());
        FormBody.Builder form = new FormBody.Builder()
                .add("name", campaign.name())
                .add("objective", campaign.objective().name())
                .add("status", campaign.status().name())
                .add("special_ad_categories", "[]");
        budgets(form, campaign.dailyBudget(), campaign.lifetimeBudget(), currency);
        JsonNode root = post(accessToken, url(campaign.accountId().value(), "campaigns"), form.build(),
                Target.of("Meta ad account", campaign.accountId().value()));
        CampaignId created = readable(() -> CampaignId.of(id(root)));
        return new AdCampaign(created, campaign.accountId(), campaign.name(), campaign.objective(), null,
                campaign.status(), campaign.dailyBudget(), campaign.lifetimeBudget(), null);
    }

    @Override
    public void updateCampaign(String accessToken, CampaignId id, CampaignChange change) {
        Target target = Target.of("Meta campaign", id.value());
        FormBody.Builder form = new FormBody.Builder();
        if (change.status() != null) {
            form.add("status", change.status().name());
        }
        if (change.dailyBudget() != null || change.lifetimeBudget() != null) {
            JsonNode owner = get(accessToken, url(id.value()).newBuilder().addQueryParameter("fields", "account_id")
                    .build(), target);
            AdAccountId account = readable(() -> AdAccountId.of(owner.path("account_id").asText("")));
            Currency currency = currency(accessToken, account);
            budgets(form, change.dailyBudget(), change.lifetimeBudget(), currency);
        }
        JsonNode root = post(accessToken, url(id.value()), form.build(), target);
        if (!root.path("success").asBoolean(false)) {
            throw DomainException.integration(PROVIDER + " did not confirm the change of campaign " + id.value());
        }
    }

    @Override
    public Insights insights(String accessToken, InsightsQuery query) {
        InsightsSubject subject = query.subject();
        HttpUrl.Builder url = url(subject.graphId(), "insights").newBuilder()
                .addQueryParameter("fields", INSIGHT_FIELDS)
                .addQueryParameter("level", subject instanceof CampaignId ? "campaign" : "account")
                .addQueryParameter("limit", String.valueOf(INSIGHTS_PAGE));
        if (query.preset() != null) {
            url.addQueryParameter("date_preset", query.preset().slug());
        } else {
            url.addQueryParameter("time_range", "{\"since\":\"" + query.since() + "\",\"until\":\"" + query.until()
                    + "\"}");
        }
        if (query.timeIncrement() != null) {
            url.addQueryParameter("time_increment", String.valueOf(query.timeIncrement()));
        }
        if (!query.breakdowns().isEmpty()) {
            url.addQueryParameter("breakdowns", query.breakdowns().stream().map(Breakdown::slug)
                    .collect(Collectors.joining(",")));
        }
        List<InsightsRow> rows = new ArrayList<>();
        Currency[] currency = {null};
        Target target = Target.of(subject instanceof CampaignId ? "Meta campaign" : "Meta ad account",
                subject.graphId());
        boolean truncated = everyPage(accessToken, url.build(), target, page -> {
            for (JsonNode row : page.path("data")) {
                rows.add(readable(() -> row(row, query)));
                String code = row.path("account_currency").asText("");
                if (currency[0] == null && !code.isEmpty()) {
                    currency[0] = readable(() -> Money.currency(code, "account_currency"));
                }
            }
        });
        if (currency[0] == null && !rows.isEmpty() && subject instanceof AdAccountId account) {
            currency[0] = currency(accessToken, account);
        }
        return new Insights(rows, currency[0], truncated);
    }

    @Override
    public Audience createCustomAudience(String accessToken, NewCustomAudience audience) {
        FormBody.Builder form = new FormBody.Builder()
                .add("name", audience.name())
                .add("subtype", "CUSTOM")
                .add("customer_file_source", audience.source().name());
        if (audience.description() != null) {
            form.add("description", audience.description());
        }
        JsonNode root = post(accessToken, url(audience.accountId().value(), "customaudiences"), form.build(),
                Target.of("Meta ad account", audience.accountId().value()));
        return new Audience(readable(() -> AudienceId.of(id(root))), audience.name());
    }

    @Override
    public UsersAdded addUsers(String accessToken, AudienceId audience, List<HashedContact> people) {
        long received = 0;
        long invalid = 0;
        int requests = 0;
        for (int from = 0; from < people.size(); from += MAX_USERS_PER_REQUEST) {
            List<HashedContact> batch = people.subList(from, Math.min(people.size(), from + MAX_USERS_PER_REQUEST));
            ObjectNode payload = mapper.createObjectNode();
            payload.putArray("schema").add("EMAIL").add("PHONE");
            ArrayNode data = payload.putArray("data");
            for (HashedContact person : batch) {
                data.addArray().add(hex(person.email())).add(hex(person.phone()));
            }
            RequestBody form = new FormBody.Builder().add("payload", payload.toString()).build();
            JsonNode root = post(accessToken, url(audience.value(), "users"), form,
                    Target.of("Meta audience", audience.value()));
            received += root.path("num_received").asLong(0);
            invalid += root.path("num_invalid_entries").asLong(0);
            requests++;
        }
        return new UsersAdded(received, invalid, requests);
    }

    @Override
    public Audience createLookalikeAudience(String accessToken, NewLookalikeAudience audience) {
        ObjectNode spec = mapper.createObjectNode();
        spec.put("ratio", audience.ratio());
        spec.put("country", audience.country());
        RequestBody form = new FormBody.Builder()
                .add("name", audience.name())
                .add("subtype", "LOOKALIKE")
                .add("origin_audience_id", audience.origin().value())
                .add("lookalike_spec", spec.toString())
                .build();
        JsonNode root = post(accessToken, url(audience.accountId().value(), "customaudiences"), form,
                Target.of("Meta audience", audience.origin().value()));
        return new Audience(readable(() -> AudienceId.of(id(root))), audience.name());
    }

    @Override
    public ConversionsReceived sendConversions(String accessToken, ConversionBatch batch) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode data = body.putArray("data");
        for (ConversionEvent event : batch.events()) {
            ObjectNode e = data.addObject();
            e.put("event_name", event.eventName());
            e.put("event_time", event.eventTime().getEpochSecond());
            e.put("event_id", event.eventId());
            e.put("action_source", event.actionSource().slug());
            e.set("user_data", userData(event.user()));
            if (event.value() != null) {
                ObjectNode custom = e.putObject("custom_data");
                custom.put("value", event.value().decimal());
                custom.put("currency", event.value().currency().getCurrencyCode());
            }
        }
        if (batch.testEventCode() != null) {
            body.put("test_event_code", batch.testEventCode());
        }
        JsonNode root = post(accessToken, url(batch.pixel().value(), "events"),
                RequestBody.create(body.toString(), JSON), Target.of("Meta pixel", batch.pixel().value()));
        JsonNode received = root.path("events_received");
        if (!received.canConvertToInt()) {
            throw DomainException.integration(PROVIDER + " answered no events_received");
        }
        String trace = root.path("fbtrace_id").asText("");
        return new ConversionsReceived(received.asInt(), trace.isEmpty() ? null : trace);
    }

    private ObjectNode userData(ConversionUser user) {
        ObjectNode u = mapper.createObjectNode();
        hashed(u, "em", user.email());
        hashed(u, "ph", user.phone());
        hashed(u, "fn", user.firstName());
        hashed(u, "ln", user.lastName());
        hashed(u, "ct", user.city());
        hashed(u, "st", user.state());
        hashed(u, "zp", user.zip());
        hashed(u, "country", user.country());
        hashed(u, "external_id", user.externalId());
        plain(u, "client_ip_address", user.clientIpAddress());
        plain(u, "client_user_agent", user.clientUserAgent());
        plain(u, "fbc", user.fbc());
        plain(u, "fbp", user.fbp());
        return u;
    }

    private static void hashed(ObjectNode node, String field, Sha256Hex hash) {
        if (hash != null) {
            node.putArray(field).add(hash.value());
        }
    }

    private static void plain(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String hex(Sha256Hex hash) {
        return hash == null ? "" : hash.value();
    }

    // --- reading Graph's objects

    private static AdAccount account(JsonNode node) {
        String id = node.path("id").asText("");
        if (id.isEmpty()) {
            throw DomainException.integration(PROVIDER + " answered an ad account without an id");
        }
        return new AdAccount(AdAccountId.of(id), node.path("name").asText(""),
                Money.currency(node.path("currency").asText(""), "currency"),
                AdAccountStatus.ofCode(node.path("account_status").asInt(-1)));
    }

    /** A campaign object; {@code account} is the one it was listed under, or null to read {@code account_id}. */
    private AdCampaign campaign(String accessToken, JsonNode node, AdAccountId account) {
        AdAccountId owner = account != null ? account : AdAccountId.of(node.path("account_id").asText(""));
        String daily = node.path("daily_budget").asText("");
        String lifetime = node.path("lifetime_budget").asText("");
        Currency currency = daily.isEmpty() && lifetime.isEmpty() ? null : currency(accessToken, owner);
        String status = node.path("status").asText(node.path("configured_status").asText(""));
        String objective = node.path("objective").asText("");
        return new AdCampaign(CampaignId.of(node.path("id").asText("")), owner, node.path("name").asText(""),
                CampaignObjective.read(objective), objective.isEmpty() ? null : objective,
                CampaignStatus.read(status), budget(daily, currency), budget(lifetime, currency),
                time(node.path("created_time").asText("")));
    }

    /** Meta's budget: minor units of the account's currency, as a string; "0" means none. */
    private static Money budget(String minorUnits, Currency currency) {
        if (minorUnits.isEmpty()) {
            return null;
        }
        try {
            long units = Long.parseLong(minorUnits);
            return units <= 0 ? null : new Money(units, currency);
        } catch (NumberFormatException unreadable) {
            throw DomainException.integration(PROVIDER + " answered a budget that is not a whole number");
        }
    }

    private static Instant time(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static InsightsRow row(JsonNode row, InsightsQuery query) {
        Map<Breakdown, String> breakdowns = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : query.breakdowns()) {
            JsonNode value = row.path(breakdown.slug());
            if (!value.isMissingNode() && !value.isNull()) {
                breakdowns.put(breakdown, value.asText());
            }
        }
        BigDecimal conversions = BigDecimal.ZERO;
        for (JsonNode action : row.path("conversions")) {
            conversions = conversions.add(decimal(action.path("value")));
        }
        return new InsightsRow(date(row.path("date_start")), date(row.path("date_stop")),
                count(row.path("impressions")), count(row.path("reach")), count(row.path("clicks")),
                orZero(decimal(row.path("spend"))), conversions, decimal(row.path("cpm")), decimal(row.path("ctr")),
                decimal(row.path("cpc")), breakdowns);
    }

    private static LocalDate date(JsonNode value) {
        try {
            return value.isMissingNode() || value.isNull() ? null : LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw DomainException.integration(PROVIDER + " answered a date that cannot be read");
        }
    }

    /** Graph writes counts as strings ({@code "2562"}); a missing one is zero. */
    private static long count(JsonNode value) {
        BigDecimal decimal = decimal(value);
        try {
            return decimal == null ? 0 : decimal.longValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.integration(PROVIDER + " answered a count that is not a whole number");
        }
    }

    /** A decimal Graph writes as a string ({@code "20.02"}) or a number, read exactly; null when missing. */
    private static BigDecimal decimal(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            throw DomainException.integration(PROVIDER + " answered a number that cannot be read");
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String id(JsonNode root) {
        String id = root.path("id").asText("");
        if (id.isEmpty()) {
            throw DomainException.integration(PROVIDER + " answered no id");
        }
        return id;
    }

    /**
     * What is read from Meta's answer: a value our types refuse there (a blank id, an unknown currency) is Meta's
     * answer that cannot be read, an INTEGRATION_ERROR, not the caller's VALIDATION_ERROR.
     */
    private static <T> T readable(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException e) {
            if (e.code() != io.soundport.domain.shared.ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            throw DomainException.integration(PROVIDER + " answered what cannot be read");
        }
    }

    // --- money

    private void budgets(FormBody.Builder form, Money daily, Money lifetime, Currency currency) {
        if (daily != null) {
            form.add("daily_budget", String.valueOf(inCurrency(daily, currency, "dailyBudget")));
        }
        if (lifetime != null) {
            form.add("lifetime_budget", String.valueOf(inCurrency(lifetime, currency, "lifetimeBudget")));
        }
    }

    private static long inCurrency(Money budget, Currency currency, String field) {
        if (!budget.currency().equals(currency)) {
            throw DomainException.invalid(field, "must be in the ad account's currency, " + currency);
        }
        return budget.minorUnits();
    }

    /** The account's currency, read once and kept. */
    private Currency currency(String accessToken, AdAccountId account) {
        Currency known = currencies.get(account);
        if (known != null) {
            return known;
        }
        JsonNode root = get(accessToken, url(account.value()).newBuilder().addQueryParameter("fields", "currency")
                .build(), Target.of("Meta ad account", account.value()));
        Currency currency = readable(() -> Money.currency(root.path("currency").asText(""), "currency"));
        if (currencies.size() >= MAX_KNOWN_CURRENCIES) {
            currencies.clear();
        }
        currencies.put(account, currency);
        return currency;
    }

    // --- calls

    private HttpUrl url(String... segments) {
        HttpUrl.Builder url = graph.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    /**
     * Reads the page at {@code first} and each page its {@code paging.next} names, up to {@link #MAX_PAGES}; true
     * when a next page was left unread.
     */
    private boolean everyPage(String accessToken, HttpUrl first, Target target,
                              java.util.function.Consumer<JsonNode> page) {
        HttpUrl url = first;
        for (int read = 0; read < MAX_PAGES; read++) {
            JsonNode root = get(accessToken, url, target);
            page.accept(root);
            String next = root.path("paging").path("next").asText("");
            if (next.isEmpty()) {
                return false;
            }
            url = next(next);
        }
        return true;
    }

    /** Meta's next-page URL, kept to our Graph host, without the token Meta wrote into it. */
    private HttpUrl next(String next) {
        HttpUrl url = HttpUrl.parse(next);
        if (url == null || !url.scheme().equals(graph.scheme()) || !url.host().equals(graph.host())
                || url.port() != graph.port()) {
            throw DomainException.integration(PROVIDER + " answered a next page outside its Graph API");
        }
        return url.newBuilder().removeAllQueryParameters("access_token").removeAllQueryParameters("appsecret_proof")
                .build();
    }

    private JsonNode get(String accessToken, HttpUrl url, Target target) {
        return send(accessToken, new Request.Builder().url(proved(url, accessToken)).get(), target);
    }

    private JsonNode post(String accessToken, HttpUrl url, RequestBody body, Target target) {
        return send(accessToken, new Request.Builder().url(proved(url, accessToken)).post(body), target);
    }

    private JsonNode send(String accessToken, Request.Builder request, Target target) {
        Request built = request.header("Authorization", "Bearer " + plainToken(accessToken))
                .header("Accept", "application/json").build();
        return calls.execute(built, answer -> read(answer, target));
    }

    private JsonNode read(Answer answer, Target target) throws IOException {
        byte[] body = answer.bytes();
        if (answer.status() / 100 != 2) {
            throw errors.ofAds(answer.status(), body, answer.header("x-business-use-case-usage"), target.kind(),
                    target.id());
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw DomainException.integration(PROVIDER + " answered what is not JSON");
        }
    }

    private HttpUrl proved(HttpUrl url, String accessToken) {
        return url.newBuilder().addQueryParameter("appsecret_proof", proof(accessToken)).build();
    }

    /** The token, when it can go into a header as it is; else refused here, without a word of it. */
    private static String plainToken(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()
                || !accessToken.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new GrantRefusedException(Provider.META, "The Meta access token is missing or malformed");
        }
        return accessToken;
    }

    /** HMAC-SHA256 of the access token keyed by the app secret, in hex: Graph's {@code appsecret_proof}. */
    private String proof(String accessToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(plainToken(accessToken).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The object a call is about, for NOT_FOUND. */
    private record Target(String kind, String id) {
        static final Target NONE = new Target(null, null);

        static Target of(String kind, String id) {
            return new Target(kind, id);
        }
    }
}
