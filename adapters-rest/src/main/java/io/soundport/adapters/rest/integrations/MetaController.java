package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.integrations.MetaRequests.AddAudienceUsersRequest;
import io.soundport.adapters.rest.integrations.MetaRequests.ConversionsRequest;
import io.soundport.adapters.rest.integrations.MetaRequests.CreateAudienceRequest;
import io.soundport.adapters.rest.integrations.MetaRequests.CreateLookalikeRequest;
import io.soundport.adapters.rest.integrations.MetaRequests.CreateMetaCampaignRequest;
import io.soundport.adapters.rest.integrations.MetaViews.AdAccountList;
import io.soundport.adapters.rest.integrations.MetaViews.AudienceView;
import io.soundport.adapters.rest.integrations.MetaViews.CampaignView;
import io.soundport.adapters.rest.integrations.MetaViews.ConversionsView;
import io.soundport.adapters.rest.integrations.MetaViews.InsightsView;
import io.soundport.adapters.rest.integrations.MetaViews.UsersAddedView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.integrations.AddAudienceUsersCommand;
import io.soundport.application.integrations.CampaignInsightsQuery;
import io.soundport.application.integrations.CreateAudienceCommand;
import io.soundport.application.integrations.CreateCampaignCommand;
import io.soundport.application.integrations.CreateLookalikeCommand;
import io.soundport.application.integrations.ListCampaignsQuery;
import io.soundport.application.integrations.MetaAdsService;
import io.soundport.application.integrations.SendConversionsCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.integrations.ads.AdCampaign;
import io.soundport.domain.integrations.ads.AdsPage;
import io.soundport.domain.integrations.ads.CampaignId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/**
 * Meta's Marketing API and Conversions API through the signed-in user's Meta connection: 409 CONFLICT without one
 * (connect it at {@code /auth/meta/connect}), 409 RECONNECT_REQUIRED when Meta refused its grant. Reads need a
 * member (VIEWER and above), writes MEMBER and above. A POST calls Meta once, outside any unit of work, before its
 * answer is stored for its {@code Idempotency-Key}: a repeat with the key replays the answer and calls Meta no more.
 */
@Controller(SoundportApi.BASE + "/meta")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "meta")
@ApiDocs.Authenticated
@ApiDocs.OutsideCall
@ApiDocs.NeedsConnection
public final class MetaController {
    private static final String META = SoundportApi.BASE + "/meta";

    private final MetaAdsService meta;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public MetaController(MetaAdsService meta, Callers callers, IdempotentRequests idempotent) {
        this.meta = meta;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Get("/accounts")
    @Operation(operationId = "listMetaAdAccounts", summary = "The ad accounts of the connected Meta user",
            description = "Every page Meta has, up to 25 pages; `truncated` says when more were left unread.")
    public AdAccountList accounts(HttpRequest<?> request) {
        return AdAccountList.of(meta.adAccounts(callers.of(request)));
    }

    @Get("/campaigns")
    @ApiDocs.NotFound
    @Operation(operationId = "listMetaCampaigns", summary = "The campaigns of one ad account, newest first")
    public ListResponse<CampaignView> campaigns(HttpRequest<?> request,
                                                @Nullable @Parameter(description = "act_<digits> or the digits")
                                                @QueryValue("ad_account_id") String adAccountId,
                                                @Nullable @Parameter(description = "1 to 100 (25)")
                                                @QueryValue Integer limit,
                                                @Nullable @Parameter(description = "next_cursor of the page before")
                                                @QueryValue String cursor) {
        AdsPage<AdCampaign> page = meta.campaigns(callers.of(request),
                ListCampaignsQuery.of(adAccountId, limit, cursor));
        return new ListResponse<>(page.items().stream().map(CampaignView::of).toList(), page.hasMore(),
                page.nextCursor());
    }

    @Get("/campaigns/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getMetaCampaign", summary = "One Meta campaign")
    public CampaignView campaign(HttpRequest<?> request, @PathVariable String id) {
        return CampaignView.of(meta.campaign(callers.of(request), CampaignId.of(id)));
    }

    @Post("/campaigns")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createMetaCampaign", summary = "Create a campaign in a Meta ad account (PAUSED unless "
            + "asked otherwise)", description = "A budget is in the ad account's currency (400 otherwise), daily or "
            + "lifetime, or none when the ad sets carry it. Needs MEMBER or above.")
    public HttpResponse<CampaignView> createCampaign(HttpRequest<?> request, @Body CreateMetaCampaignRequest body) {
        Caller caller = callers.of(request);
        CreateCampaignCommand command = body.command();
        return idempotent.run(request, caller, body, () -> meta.createCampaign(caller, command),
                created -> HttpResponse.created(CampaignView.of(created),
                        URI.create(META + "/campaigns/" + created.id().value())));
    }

    @Get("/campaigns/{id}/insights")
    @ApiDocs.NotFound
    @Operation(operationId = "getMetaCampaignInsights", summary = "A campaign's impressions, reach, clicks, spend, "
            + "conversions, CPM, CTR and CPC over a period", description = "Give `from` and `to` (ISO dates, both "
            + "included) or `date_preset`. `time_increment=1` answers a row per day; `breakdowns` splits the rows "
            + "(age, gender, country, region, publisher_platform, platform_position, device_platform, "
            + "impression_device; at most 3). Meta's pages are followed up to 25; `truncated` says when more were "
            + "left unread.")
    public InsightsView insights(HttpRequest<?> request, @PathVariable String id,
                                 @Nullable @Parameter(description = "first day, 2026-03-01") @QueryValue String from,
                                 @Nullable @Parameter(description = "last day, included") @QueryValue String to,
                                 @Nullable @Parameter(description = "today, yesterday, last_7d, last_14d, last_30d, "
                                         + "last_90d, this_month, last_month or maximum, instead of from and to")
                                 @QueryValue("date_preset") String datePreset,
                                 @Nullable @Parameter(description = "comma-separated, e.g. age,gender")
                                 @QueryValue String breakdowns,
                                 @Nullable @Parameter(description = "1 to 90 days a row (1: per day); one row over "
                                         + "the period when absent") @QueryValue("time_increment")
                                 Integer timeIncrement) {
        return InsightsView.of(meta.insights(callers.of(request),
                CampaignInsightsQuery.campaign(id, from, to, datePreset, breakdowns, timeIncrement)));
    }

    @Post("/conversions")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "sendMetaConversions", summary = "Send conversion events to a Meta pixel (Conversions "
            + "API)", description = "Customer information is normalized and hashed (SHA-256) as Meta asks before it "
            + "leaves Soundport, and kept nowhere: e-mail trimmed and lower-cased, phone in international form "
            + "reduced to its digits with the country code, names lower-cased. `event_id` lets Meta count an event "
            + "the pixel sent too only once. Events older than 7 days are refused. Needs MEMBER or above.")
    public HttpResponse<ConversionsView> conversions(HttpRequest<?> request, @Body ConversionsRequest body) {
        Caller caller = callers.of(request);
        SendConversionsCommand command = body.command();
        return idempotent.run(request, caller, body, () -> meta.sendConversions(caller, command),
                received -> HttpResponse.ok(ConversionsView.of(received)));
    }

    @Post("/audiences")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "createMetaAudience", summary = "Create an empty customer-list audience in a Meta ad "
            + "account", description = "Needs MEMBER or above.")
    public HttpResponse<AudienceView> createAudience(HttpRequest<?> request, @Body CreateAudienceRequest body) {
        Caller caller = callers.of(request);
        CreateAudienceCommand command = body.command();
        return idempotent.run(request, caller, body, () -> meta.createAudience(caller, command),
                created -> HttpResponse.ok(AudienceView.of(created)));
    }

    @Post("/audiences/{id}/users")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "addMetaAudienceUsers", summary = "Add people to a Meta custom audience, by e-mail "
            + "and/or phone", description = "Each is normalized and hashed (SHA-256) before it leaves Soundport, and "
            + "kept nowhere; Meta receives them 10000 a request. Needs MEMBER or above.")
    public HttpResponse<UsersAddedView> addAudienceUsers(HttpRequest<?> request, @PathVariable String id,
                                                         @Body AddAudienceUsersRequest body) {
        Caller caller = callers.of(request);
        AddAudienceUsersCommand command = body.command(id);
        return idempotent.run(request, caller, body, () -> meta.addAudienceUsers(caller, command),
                added -> HttpResponse.ok(UsersAddedView.of(added)));
    }

    @Post("/audiences/{id}/lookalikes")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "createMetaLookalikeAudience", summary = "Create a lookalike of a Meta audience in a "
            + "country", description = "`ratio` 0.01 to 0.20: the share of the country's people closest to the "
            + "origin audience. Needs MEMBER or above.")
    public HttpResponse<AudienceView> createLookalike(HttpRequest<?> request, @PathVariable String id,
                                                      @Body CreateLookalikeRequest body) {
        Caller caller = callers.of(request);
        CreateLookalikeCommand command = body.command(id);
        return idempotent.run(request, caller, body, () -> meta.createLookalike(caller, command),
                created -> HttpResponse.ok(AudienceView.of(created)));
    }
}
