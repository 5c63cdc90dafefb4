package io.soundport.adapters.rest.marketing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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
import io.soundport.adapters.rest.marketing.AudienceRequests.AudienceMembersRequest;
import io.soundport.adapters.rest.marketing.AudienceRequests.CreateAudienceLookalikeRequest;
import io.soundport.adapters.rest.marketing.AudienceRequests.CreateAudienceRequest;
import io.soundport.adapters.rest.marketing.AudienceRequests.SyncAudienceRequest;
import io.soundport.adapters.rest.marketing.AudienceRequests.UpdateAudienceRequest;
import io.soundport.adapters.rest.marketing.AudienceViews.AudienceView;
import io.soundport.adapters.rest.marketing.AudienceViews.MembersAddedView;
import io.soundport.adapters.rest.marketing.AudienceViews.MembersRemovedView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.marketing.AudienceService;
import io.soundport.application.marketing.AudienceSyncService;
import io.soundport.application.marketing.ListAudiencesQuery;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Custom and lookalike audiences of the caller's organization, and their sync to Meta. */
@Controller(SoundportApi.BASE + "/audiences")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "audiences")
@ApiDocs.Authenticated
public final class AudienceController {
    private final AudienceService audiences;
    private final AudienceSyncService syncs;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public AudienceController(AudienceService audiences, AudienceSyncService syncs, Callers callers,
                              IdempotentRequests idempotent) {
        this.audiences = audiences;
        this.syncs = syncs;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createAudience", summary = "Add a custom audience (no people yet, never synced)")
    public HttpResponse<AudienceView> create(HttpRequest<?> request, @Body CreateAudienceRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> created(audiences.create(caller, body.command())));
    }

    @Get
    @Operation(operationId = "listAudiences", summary = "Audiences, newest first; filters `type` and `origin` (the "
            + "lookalikes made from that audience)")
    public ListResponse<AudienceView> list(HttpRequest<?> request,
                                           @Parameter(description = "CUSTOM or LOOKALIKE (any case)")
                                           @Nullable @QueryValue String type,
                                           @Parameter(description = "only the lookalikes made from this audience")
                                           @Nullable @QueryValue String origin,
                                           @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(audiences.list(caller, ListAudiencesQuery.of(type, origin, limit, cursor)),
                AudienceView::of);
    }

    @Get("/{audience_id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getAudience", summary = "One audience, with its sync to Meta and the members sent so far")
    public HttpResponse<AudienceView> get(HttpRequest<?> request, @PathVariable("audience_id") String audienceId) {
        Audience audience = audiences.get(callers.of(request), id(audienceId));
        return Etags.read(request, AudienceView.of(audience), audience.version());
    }

    @Patch("/{audience_id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "updateAudience", summary = "Change some fields of an audience (If-Match honoured); "
            + "Meta's copy keeps its name")
    public HttpResponse<AudienceView> update(HttpRequest<?> request, @PathVariable("audience_id") String audienceId,
                                             @Body UpdateAudienceRequest body) {
        Caller caller = callers.of(request);
        Audience audience = audiences.update(caller, body.command(id(audienceId), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(AudienceView.of(audience)), audience.version());
    }

    @Delete("/{audience_id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deleteAudience", summary = "Delete an audience and its members (If-Match honoured)",
            description = "409 while lookalikes made from it remain (delete them first) or a campaign uses it. "
                    + "The audience Meta has stays in the ad account.")
    public void delete(HttpRequest<?> request, @PathVariable("audience_id") String audienceId) {
        audiences.delete(callers.of(request), new DeleteCommand<>(id(audienceId), Etags.ifMatch(request)));
    }

    @Post("/{audience_id}/members")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "addAudienceMembers", summary = "Add people to a custom audience, hashed at once",
            description = "Each person by e-mail, phone (international form) or both; only the SHA-256 hashes of "
                    + "the normalized values are kept, and a person the audience has already is skipped. 409 for "
                    + "a lookalike, whose people Meta finds. They reach Meta with the next sync.")
    public HttpResponse<MembersAddedView> addMembers(HttpRequest<?> request,
                                                     @PathVariable("audience_id") String audienceId,
                                                     @Body AudienceMembersRequest body) {
        Caller caller = callers.of(request);
        var command = body.command(id(audienceId));
        return idempotent.run(request, caller, body, () -> {
            AudienceService.MembersAdded added = audiences.addMembers(caller, command);
            return Etags.written(HttpResponse.ok(MembersAddedView.of(added)), added.audience().version());
        });
    }

    @Post("/{audience_id}/members/remove")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "removeAudienceMembers", summary = "Remove people from a custom audience",
            description = "The people as they were added (a person is known by their e-mail, else their phone); "
                    + "those the audience does not have are counted and skipped. The audience Meta has keeps whom "
                    + "a sync already sent it. 409 for a lookalike.")
    public HttpResponse<MembersRemovedView> removeMembers(HttpRequest<?> request,
                                                          @PathVariable("audience_id") String audienceId,
                                                          @Body AudienceMembersRequest body) {
        Caller caller = callers.of(request);
        var command = body.removal(id(audienceId));
        return idempotent.run(request, caller, body, () -> {
            AudienceService.MembersRemoved removed = audiences.removeMembers(caller, command);
            return Etags.written(HttpResponse.ok(MembersRemovedView.of(removed)), removed.audience().version());
        });
    }

    @Post("/{audience_id}/lookalike")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createAudienceLookalike", summary = "Make a LOOKALIKE audience of this custom audience",
            description = "The people of a country closest to the audience's members, the ratio of the country's "
                    + "population (0.01 to 0.20). Meta makes it when it is synced, once its origin is on Meta.")
    public HttpResponse<AudienceView> lookalike(HttpRequest<?> request, @PathVariable("audience_id") String audienceId,
                                                @Body CreateAudienceLookalikeRequest body) {
        Caller caller = callers.of(request);
        var command = body.command(id(audienceId));
        return idempotent.run(request, caller, body, () -> created(audiences.createLookalike(caller, command)));
    }

    @Post("/{audience_id}/sync/meta")
    @Status(HttpStatus.ACCEPTED)
    @ApiDocs.IdempotentAccepted
    @ApiDocs.NeedsConnection
    @ApiDocs.NotFound
    @Operation(operationId = "syncAudienceToMeta", summary = "Push the audience to Meta in the background (SYNCING)",
            description = "A custom audience is created in the ad account the first time, then its members are "
                    + "sent 10000 a request; a lookalike is created from its origin's Meta audience (409 until the "
                    + "origin is on Meta). `GET /audiences/{audience_id}` shows `meta.sent` of `meta.total` until "
                    + "SYNCED or FAILED; `Location` names it. Needs a signed-in user with a Meta connection who may "
                    + "write; 409 while a sync runs.")
    public HttpResponse<AudienceView> syncToMeta(HttpRequest<?> request,
                                                 @PathVariable("audience_id") String audienceId,
                                                 @Nullable @Body SyncAudienceRequest body) {
        Caller caller = callers.of(request);
        SyncAudienceRequest asked = body == null ? new SyncAudienceRequest(null) : body;
        var command = asked.command(id(audienceId));
        return idempotent.run(request, caller, asked, () -> {
            Audience audience = syncs.start(caller, command);
            return HttpResponse.<AudienceView>accepted()
                    .header(HttpHeaders.LOCATION, SoundportApi.BASE + "/audiences/" + audience.id().value())
                    .body(AudienceView.of(audience));
        });
    }

    private static MutableHttpResponse<AudienceView> created(Audience audience) {
        return Etags.written(HttpResponse.created(AudienceView.of(audience),
                URI.create(SoundportApi.BASE + "/audiences/" + audience.id())), audience.version());
    }

    private static AudienceId id(String raw) {
        return PathIds.parse(raw, AudienceId::of, "Audience");
    }
}
