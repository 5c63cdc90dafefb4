package io.soundport.domain.integrations.ads;

import java.util.List;

/**
 * An advertising platform as one user's account sees it (Meta's Marketing API): the ad accounts they may act on,
 * those accounts' campaigns (listed, created, paused or resumed, their budget changed), insights of a campaign or an
 * account, custom and lookalike audiences, and conversions sent server-side (the Conversions API). Every call acts
 * with the user's access token, which the application takes from their connection; it is never logged nor put in a
 * message. People reach this port only as {@link CustomerHash} hashes: no adapter sees a raw e-mail or phone.
 *
 * <p>Amounts are exact: budgets are {@link io.soundport.domain.shared.Money} in the ad account's currency (a budget in
 * another currency is a VALIDATION_ERROR), spend and costs are decimals, ratios are decimals, never floating point.
 * Lists that are read whole ({@link #adAccounts}, {@link #insights}) follow the platform's pages up to
 * {@value #MAX_PAGES} of them and say when they stopped short.
 *
 * <p>Failures: an access token the platform no longer takes is a
 * {@link io.soundport.domain.integrations.GrantRefusedException} (the application then marks the connection to be
 * connected again); an id the platform does not know, or that the token may not see, is NOT_FOUND; the platform
 * limiting our calls is SERVICE_UNAVAILABLE with a retry-after once the bounded retries are spent; the platform
 * failing, timing out or answering what cannot be read is INTEGRATION_ERROR naming it (with Meta's
 * {@code fbtrace_id}); SERVICE_UNAVAILABLE with a retry-after when it is known to be down (an open circuit breaker).
 */
public interface AdsPlatform {
    /** The most pages a list read whole follows. */
    int MAX_PAGES = 25;
    /** The most people one request adds to an audience (Meta's limit); more are sent in several requests. */
    int MAX_USERS_PER_REQUEST = 10_000;

    /** The ad accounts the token may act on, every page of them up to {@value #MAX_PAGES}. */
    AdsList<AdAccount> adAccounts(String accessToken);

    /** A page of the account's campaigns, newest first; NOT_FOUND for an account the token cannot see. */
    AdsPage<AdCampaign> campaigns(String accessToken, AdAccountId account, AdsPageRequest page);

    /** That campaign; NOT_FOUND when the platform does not know it or the token cannot see it. */
    AdCampaign campaign(String accessToken, CampaignId id);

    /**
     * Creates the campaign and answers it as created; VALIDATION_ERROR on the budget when it is not in the account's
     * currency.
     */
    AdCampaign createCampaign(String accessToken, NewCampaign campaign);

    /**
     * Changes the campaign's status or budget; NOT_FOUND for an unknown campaign, VALIDATION_ERROR on a budget that is
     * not in the account's currency.
     */
    void updateCampaign(String accessToken, CampaignId id, CampaignChange change);

    /**
     * The insights of a campaign or an ad account over the query's period, one row per period increment and
     * breakdown value, every page up to {@value #MAX_PAGES}; NOT_FOUND for a subject the platform does not know.
     */
    Insights insights(String accessToken, InsightsQuery query);

    /** Creates an empty customer-list audience in the account. */
    Audience createCustomAudience(String accessToken, NewCustomAudience audience);

    /**
     * Adds the people to the audience, {@value #MAX_USERS_PER_REQUEST} per request at most, and answers how many the
     * platform received and found invalid; NOT_FOUND for an unknown audience.
     */
    UsersAdded addUsers(String accessToken, AudienceId audience, List<HashedContact> people);

    /** Creates a lookalike audience of its origin; NOT_FOUND for an unknown origin audience. */
    Audience createLookalikeAudience(String accessToken, NewLookalikeAudience audience);

    /** Sends the events to the pixel; NOT_FOUND for a pixel the platform does not know. */
    ConversionsReceived sendConversions(String accessToken, ConversionBatch batch);
}
