package io.soundport.adapters.rest.live;

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
import io.micronaut.http.annotation.Put;
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
import io.soundport.adapters.rest.live.LiveRequests.CreateLiveEventRequest;
import io.soundport.adapters.rest.live.LiveRequests.UpdateLiveEventRequest;
import io.soundport.adapters.rest.live.LiveViews.LiveEventView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.live.ListLiveEventsQuery;
import io.soundport.application.live.LiveEventService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Live events of the caller's organization: concerts, showcases, launches. */
@Controller(SoundportApi.BASE + "/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "events")
@ApiDocs.Authenticated
public final class LiveEventController {
    private static final String STATUS = "only events of this status: SCHEDULED, POSTPONED, CANCELLED or COMPLETED "
            + "(any case)";
    private static final String FROM = "only events on or after this ISO-8601 date-time with its offset";
    private static final String TO = "only events before this ISO-8601 date-time with its offset";
    private final LiveEventService events;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public LiveEventController(LiveEventService events, Callers callers, IdempotentRequests idempotent) {
        this.events = events;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.Conflict
    @Operation(operationId = "createLiveEvent", summary = "Add a live event (SCHEDULED unless a status is given)")
    public HttpResponse<LiveEventView> create(HttpRequest<?> request, @Body CreateLiveEventRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            LiveEvent event = events.create(caller, body.command());
            return Etags.written(HttpResponse.created(LiveEventView.of(event),
                    URI.create(SoundportApi.BASE + "/events/" + event.id())), event.version());
        });
    }

    @Get
    @Operation(operationId = "listLiveEvents", summary = "Live events, soonest first (by date, then id); filters "
            + "`status` and a date range `from` (inclusive) to `to` (exclusive)")
    public ListResponse<LiveEventView> list(HttpRequest<?> request,
                                            @Parameter(description = STATUS) @Nullable @QueryValue String status,
                                            @Parameter(description = FROM, example = "2027-06-01T00:00:00Z")
                                            @Nullable @QueryValue String from,
                                            @Parameter(description = TO, example = "2027-07-01T00:00:00Z")
                                            @Nullable @QueryValue String to,
                                            @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(events.list(caller, ListLiveEventsQuery.of(status, from, to, limit, cursor)),
                LiveEventView::of);
    }

    @Get("/{event_id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getLiveEvent", summary = "One live event")
    public HttpResponse<LiveEventView> get(HttpRequest<?> request, @PathVariable("event_id") String eventId) {
        LiveEvent event = events.get(callers.of(request), id(eventId));
        return Etags.read(request, LiveEventView.of(event), event.version());
    }

    @Put("/{event_id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "replaceLiveEvent", summary = "Replace every field of a live event (If-Match honoured); "
            + "absent fields are cleared or take their default")
    public HttpResponse<LiveEventView> replace(HttpRequest<?> request, @PathVariable("event_id") String eventId,
                                               @Body CreateLiveEventRequest body) {
        Caller caller = callers.of(request);
        LiveEvent event = events.replace(caller, body.replace(id(eventId), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(LiveEventView.of(event)), event.version());
    }

    @Patch("/{event_id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "updateLiveEvent", summary = "Change some fields of a live event (If-Match honoured)")
    public HttpResponse<LiveEventView> update(HttpRequest<?> request, @PathVariable("event_id") String eventId,
                                              @Body UpdateLiveEventRequest body) {
        Caller caller = callers.of(request);
        LiveEvent event = events.update(caller, body.command(id(eventId), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(LiveEventView.of(event)), event.version());
    }

    @Delete("/{event_id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteLiveEvent", summary = "Delete a live event (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable("event_id") String eventId) {
        events.delete(callers.of(request), new DeleteCommand<>(id(eventId), Etags.ifMatch(request)));
    }

    private static LiveEventId id(String raw) {
        return PathIds.parse(raw, LiveEventId::of, "Live event");
    }
}
