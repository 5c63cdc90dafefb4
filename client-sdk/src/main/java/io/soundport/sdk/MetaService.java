package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.IntegrationException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ReconnectRequiredException;
import io.soundport.sdk.exception.ServiceUnavailableException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.MetaAdAccounts;
import io.soundport.sdk.model.MetaAudience;
import io.soundport.sdk.model.MetaAudienceUsersAdded;
import io.soundport.sdk.model.MetaCampaign;
import io.soundport.sdk.model.MetaConversionsReceived;
import io.soundport.sdk.model.MetaInsights;
import io.soundport.sdk.param.MetaAudienceCreateParams;
import io.soundport.sdk.param.MetaAudiencePerson;
import io.soundport.sdk.param.MetaCampaignCreateParams;
import io.soundport.sdk.param.MetaCampaignListParams;
import io.soundport.sdk.param.MetaConversionsParams;
import io.soundport.sdk.param.MetaInsightsParams;
import io.soundport.sdk.param.MetaLookalikeParams;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.soundport.sdk.Transport.Call;

/**
 * Meta's ads through the signed-in user's Meta connection (connect it with
 * {@code integrations().connect(IntegrationProvider.META)}): ad accounts, campaigns and their insights, custom and
 * lookalike audiences, and conversions sent to a pixel (the Conversions API). Reached through
 * {@link SoundportClient#meta()}. A connection is a person's own: these methods need a client signed in as a user,
 * and throw {@link PermissionException} for an API key; writes need the MEMBER role or above.
 *
 * <p>E-mails, phones and names given here are normalized and hashed (SHA-256) by the server as Meta asks before they
 * reach Meta, and kept nowhere. Amounts are exact ({@link java.math.BigDecimal}).
 *
 * <p>Every method may throw {@link ConflictException} (409 {@code CONFLICT}) when the user has no Meta connection,
 * {@link ReconnectRequiredException} when Meta refused its grant (expired, revoked: connect again),
 * {@link NotFoundException} for an account, campaign, audience or pixel Meta does not know or the connection may not
 * see, {@link IntegrationException} when Meta failed, and {@link ServiceUnavailableException} when it is down or is
 * limiting calls (its {@code retryAfter()} says when to try again); and the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class MetaService {
    private final Transport transport;

    MetaService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Every ad account of the connected Meta user.
     *
     * @return the accounts, and whether Meta had more than the server reads at once
     */
    public MetaAdAccounts adAccounts() {
        return adAccounts(RequestOptions.none());
    }

    /**
     * Every ad account of the connected Meta user.
     *
     * @param options a deadline
     * @return the accounts, and whether Meta had more than the server reads at once
     */
    public MetaAdAccounts adAccounts(RequestOptions options) {
        return transport.send(Call.get("meta", "accounts").options(options), MetaAdAccounts.class);
    }

    /**
     * A page of an ad account's campaigns, newest first; {@link Page#autoPagingIterable()} walks them all.
     *
     * @param params the ad account and the page
     * @return the page
     * @throws ValidationException when the account id or the page is malformed
     */
    public Page<MetaCampaign> listCampaigns(MetaCampaignListParams params) {
        return listCampaigns(params, RequestOptions.none());
    }

    /**
     * A page of an ad account's campaigns, newest first; {@link Page#autoPagingIterable()} walks them all.
     *
     * @param params  the ad account and the page
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the account id or the page is malformed
     */
    public Page<MetaCampaign> listCampaigns(MetaCampaignListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.list(Call.get("meta", "campaigns").query(params).options(options), MetaCampaign.class);
    }

    /**
     * One campaign.
     *
     * @param id Meta's id of the campaign
     * @return the campaign
     */
    public MetaCampaign retrieveCampaign(String id) {
        return retrieveCampaign(id, RequestOptions.none());
    }

    /**
     * One campaign.
     *
     * @param id      Meta's id of the campaign
     * @param options a deadline
     * @return the campaign
     */
    public MetaCampaign retrieveCampaign(String id, RequestOptions options) {
        return transport.send(Call.get("meta", "campaigns", id).options(options), MetaCampaign.class);
    }

    /**
     * Creates a campaign in an ad account (PAUSED unless asked otherwise). Sent with an {@code Idempotency-Key}, so a
     * retry never creates it twice.
     *
     * @param params the account, name, objective, status and budget
     * @return the campaign created
     * @throws ValidationException when a field is refused, a budget in another currency than the account's included
     */
    public MetaCampaign createCampaign(MetaCampaignCreateParams params) {
        return createCampaign(params, RequestOptions.none());
    }

    /**
     * Creates a campaign in an ad account (PAUSED unless asked otherwise).
     *
     * @param params  the account, name, objective, status and budget
     * @param options an idempotency key, a deadline
     * @return the campaign created
     * @throws ValidationException when a field is refused, a budget in another currency than the account's included
     */
    public MetaCampaign createCampaign(MetaCampaignCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.post("meta", "campaigns").body(params).options(options), MetaCampaign.class);
    }

    /**
     * A campaign's impressions, reach, clicks, spend, conversions, CPM, CTR and CPC over a period.
     *
     * @param id     Meta's id of the campaign
     * @param params the period, the increment and the breakdowns
     * @return the rows, in the account's currency
     * @throws ValidationException when the period or a breakdown is refused
     */
    public MetaInsights campaignInsights(String id, MetaInsightsParams params) {
        return campaignInsights(id, params, RequestOptions.none());
    }

    /**
     * A campaign's impressions, reach, clicks, spend, conversions, CPM, CTR and CPC over a period.
     *
     * @param id      Meta's id of the campaign
     * @param params  the period, the increment and the breakdowns
     * @param options a deadline
     * @return the rows, in the account's currency
     * @throws ValidationException when the period or a breakdown is refused
     */
    public MetaInsights campaignInsights(String id, MetaInsightsParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.get("meta", "campaigns", id, "insights")
                .param("from", params.from()).param("to", params.to()).param("date_preset", params.datePreset())
                .param("breakdowns", params.breakdowns() == null || params.breakdowns().isEmpty() ? null
                        : String.join(",", params.breakdowns()))
                .param("time_increment", params.timeIncrement()).options(options), MetaInsights.class);
    }

    /**
     * Sends conversion events to a pixel through the Conversions API; the people in them are hashed by the server.
     * Sent with an {@code Idempotency-Key}; Meta also drops an event whose {@code eventId} it already counted.
     *
     * @param params the pixel, a test code, and the events
     * @return how many events Meta received, and its trace id
     * @throws ValidationException when an event is refused (each named: {@code events[0].user_data.phone})
     */
    public MetaConversionsReceived sendConversions(MetaConversionsParams params) {
        return sendConversions(params, RequestOptions.none());
    }

    /**
     * Sends conversion events to a pixel through the Conversions API.
     *
     * @param params  the pixel, a test code, and the events
     * @param options an idempotency key, a deadline
     * @return how many events Meta received, and its trace id
     * @throws ValidationException when an event is refused
     */
    public MetaConversionsReceived sendConversions(MetaConversionsParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.post("meta", "conversions").body(params).options(options),
                MetaConversionsReceived.class);
    }

    /**
     * Creates an empty customer-list audience in an ad account.
     *
     * @param params the account and the name
     * @return the audience
     */
    public MetaAudience createAudience(MetaAudienceCreateParams params) {
        return createAudience(params, RequestOptions.none());
    }

    /**
     * Creates an empty customer-list audience in an ad account.
     *
     * @param params  the account and the name
     * @param options an idempotency key, a deadline
     * @return the audience
     */
    public MetaAudience createAudience(MetaAudienceCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.post("meta", "audiences").body(params).options(options), MetaAudience.class);
    }

    /**
     * Adds people to a custom audience, by e-mail and/or phone; the server hashes them before they reach Meta.
     *
     * @param audienceId Meta's id of the audience
     * @param people     1 to 50000 people
     * @return what Meta received and found invalid
     * @throws ValidationException when a person is refused (named {@code users[3].email}, the value never quoted)
     */
    public MetaAudienceUsersAdded addAudienceUsers(String audienceId, List<MetaAudiencePerson> people) {
        return addAudienceUsers(audienceId, people, RequestOptions.none());
    }

    /**
     * Adds people to a custom audience, by e-mail and/or phone.
     *
     * @param audienceId Meta's id of the audience
     * @param people     1 to 50000 people
     * @param options    an idempotency key, a deadline
     * @return what Meta received and found invalid
     * @throws ValidationException when a person is refused
     */
    public MetaAudienceUsersAdded addAudienceUsers(String audienceId, List<MetaAudiencePerson> people,
                                                   RequestOptions options) {
        Objects.requireNonNull(people, "people is required");
        return transport.send(Call.post("meta", "audiences", audienceId, "users").body(Map.of("users", people))
                .options(options), MetaAudienceUsersAdded.class);
    }

    /**
     * Creates a lookalike of an audience: the people of a country closest to it.
     *
     * @param originAudienceId Meta's id of the origin audience
     * @param params           the account, the name, the country and the ratio
     * @return the lookalike audience
     */
    public MetaAudience createLookalike(String originAudienceId, MetaLookalikeParams params) {
        return createLookalike(originAudienceId, params, RequestOptions.none());
    }

    /**
     * Creates a lookalike of an audience: the people of a country closest to it.
     *
     * @param originAudienceId Meta's id of the origin audience
     * @param params           the account, the name, the country and the ratio
     * @param options          an idempotency key, a deadline
     * @return the lookalike audience
     */
    public MetaAudience createLookalike(String originAudienceId, MetaLookalikeParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params is required");
        return transport.send(Call.post("meta", "audiences", originAudienceId, "lookalikes").body(params)
                .options(options), MetaAudience.class);
    }
}
