package io.soundport.adapters.rest.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.notifications.NotificationViews.OptOutView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.notifications.ListOptOutsQuery;
import io.soundport.application.notifications.OptOutCommand;
import io.soundport.application.notifications.OptOutService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organization's opt-out list: recipients who are sent nothing more on a channel. Adding is naturally
 * idempotent (201 the first time, 200 after); removal names the recipient in the query, since an SNS endpoint ARN
 * or an E.164 number does not travel well in a path.
 */
@Controller(SoundportApi.BASE + "/notifications/opt-outs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "notifications")
@ApiDocs.Authenticated
public final class OptOutController {
    private final OptOutService optOuts;
    private final Callers callers;

    public OptOutController(OptOutService optOuts, Callers callers) {
        this.optOuts = optOuts;
        this.callers = callers;
    }

    @Post
    @ApiResponse(responseCode = "201", description = "Added to the list")
    @ApiResponse(responseCode = "200", description = "Already on the list: nothing changed; the first opt-out")
    @Operation(operationId = "addNotificationOptOut",
            summary = "Put a recipient on the opt-out list: notifications to them on that channel are refused, and"
                    + " those already queued fail unsent")
    public HttpResponse<OptOutView> add(HttpRequest<?> request, @Body NotificationRequests.OptOutRequest body) {
        OptOutService.Added added = optOuts.add(callers.of(request), body.command());
        OptOutView view = OptOutView.of(added.optOut());
        return added.created() ? HttpResponse.status(HttpStatus.CREATED).body(view) : HttpResponse.ok(view);
    }

    @Get
    @Operation(operationId = "listNotificationOptOuts", summary = "The opt-out list, newest first; filter channel")
    public ListResponse<OptOutView> list(HttpRequest<?> request, @Nullable @QueryValue String channel,
                                         @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        return ListResponse.of(optOuts.list(callers.of(request), ListOptOutsQuery.of(channel, limit, cursor)),
                OptOutView::of);
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.NotFound
    @Operation(operationId = "removeNotificationOptOut",
            summary = "Take a recipient off the opt-out list; 404 when they are not on it")
    public void remove(HttpRequest<?> request,
                       @Nullable @Parameter(description = "email, sms or push") @QueryValue String channel,
                       @Parameter(description = "the recipient as it was added, in any form of the same address")
                       @Nullable @QueryValue String to) {
        optOuts.remove(callers.of(request), OptOutCommand.of(channel, to));
    }
}
