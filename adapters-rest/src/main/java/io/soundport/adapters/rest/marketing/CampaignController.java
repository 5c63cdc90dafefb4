package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.marketing.CampaignRequests.CreateCampaignRequest;
import io.soundport.adapters.rest.marketing.CampaignRequests.UpdateCampaignRequest;
import io.soundport.adapters.rest.marketing.CampaignViews.CampaignView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.marketing.CampaignChanges;
import io.soundport.application.marketing.CampaignService;
import io.soundport.application.marketing.LaunchCampaignCommand;
import io.soundport.application.marketing.ListCampaignsQuery;
import io.soundport.application.marketing.PauseCampaignCommand;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/**
 * Marketing campaigns of the caller's organization. Launch and pause act on Meta first when the campaign names an
 * ad account (through the launching member's Meta connection), outside the unit of work of the idempotent request.
 */
@Controller(SoundportApi.BASE + "/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "campaigns")
@ApiDocs.Authenticated
public final class CampaignController {
    private static final String STATUS = "only campaigns of this status: DRAFT, ACTIVE, PAUSED, COMPLETED or ARCHIVED "
            + "(any case)";
    private final CampaignService campaigns;
    private final CampaignChanges changes;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public CampaignController(CampaignService campaigns, CampaignChanges changes, Callers callers,
                              IdempotentRequests idempotent) {
        this.campaigns = campaigns;
        this.changes = changes;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createCampaign", summary = "Create a campaign, as a DRAFT")
    public HttpResponse<CampaignView> create(HttpRequest<?> request, @Body CreateCampaignRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Campaign campaign = campaigns.create(caller, body.command());
            return Etags.written(HttpResponse.created(CampaignView.of(campaign),
                    URI.create(SoundportApi.BASE + "/campaigns/" + campaign.id())), campaign.version());
        });
    }

    @Get
    @Operation(operationId = "listCampaigns", summary = "Campaigns, newest first; filters `status` and `q` (in the "
            + "name, any case)")
    public ListResponse<CampaignView> list(HttpRequest<?> request,
                                           @Parameter(description = STATUS) @Nullable @QueryValue String status,
                                           @Parameter(description = "text the name contains, any case")
                                           @Nullable @QueryValue String q,
                                           @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(campaigns.list(caller, ListCampaignsQuery.of(status, q, limit, cursor)),
                CampaignView::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getCampaign", summary = "One campaign, with its metrics")
    public HttpResponse<CampaignView> get(HttpRequest<?> request, @PathVariable String id) {
        Campaign campaign = campaigns.get(callers.of(request), id(id));
        return Etags.read(request, CampaignView.of(campaign), campaign.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @ApiDocs.OutsideCall
    @Operation(operationId = "updateCampaign", summary = "Change some fields of a campaign, or archive it (If-Match "
            + "honoured)")
    public HttpResponse<CampaignView> update(HttpRequest<?> request, @PathVariable String id,
                                             @Body UpdateCampaignRequest body) {
        Campaign campaign = changes.update(callers.of(request), body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(CampaignView.of(campaign)), campaign.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteCampaign", summary = "Delete a DRAFT or ARCHIVED campaign (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        campaigns.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    @Post("/{id}/launch")
    @ApiDocs.IdempotentConditionalAction
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @ApiDocs.OutsideCall
    @Operation(operationId = "launchCampaign", summary = "DRAFT or PAUSED → ACTIVE; creates it on Meta (first "
            + "launch, through your Meta connection) or resumes it there when it names an ad account")
    public HttpResponse<CampaignView> launch(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        LaunchCampaignCommand command = new LaunchCampaignCommand(id(id), Etags.ifMatch(request));
        return idempotent.run(request, caller, null, () -> changes.prepareLaunch(caller, command), prepared -> {
            Campaign campaign = changes.launch(caller, prepared);
            return Etags.written(HttpResponse.ok(CampaignView.of(campaign)), campaign.version());
        });
    }

    @Post("/{id}/pause")
    @ApiDocs.IdempotentConditionalAction
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @ApiDocs.OutsideCall
    @Operation(operationId = "pauseCampaign", summary = "ACTIVE → PAUSED; pauses it on Meta too when it runs there")
    public HttpResponse<CampaignView> pause(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        PauseCampaignCommand command = new PauseCampaignCommand(id(id), Etags.ifMatch(request));
        return idempotent.run(request, caller, null, () -> changes.preparePause(caller, command), prepared -> {
            Campaign campaign = changes.pause(caller, prepared);
            return Etags.written(HttpResponse.ok(CampaignView.of(campaign)), campaign.version());
        });
    }

    private static CampaignId id(String raw) {
        return PathIds.parse(raw, CampaignId::of, "Campaign");
    }
}
