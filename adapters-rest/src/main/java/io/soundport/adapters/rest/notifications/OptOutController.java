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
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.notifications.NotificationViews.OptOutView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.notifications.ListOptOutsQuery;
import io.soundport.application.notifications.OptOutCommand;
import io.soundport.application.notifications.OptOutService;
import io.soundport.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organization's opt-out list: recipients who are sent nothing more on a channel. Adding is idempotent by nature
 * (the recipient is on the list afterwards, whoever added them first) and honours an {@code Idempotency-Key}; an
 * opt-out has no version, so removal takes no {@code If-Match}. Removal names the recipient in the query, since an SNS
 * endpoint ARN or an E.164 number does not travel well in a path.
 */
@Controller(SoundportApi.BASE + "/notifications/opt-outs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "notifications")
@ApiDocs.Authenticated
public final class OptOutController {
    private final OptOutService optOuts;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public OptOutController(OptOutService optOuts, Callers callers, IdempotentRequests idempotent) {
        this.optOuts = optOuts;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @ApiDocs.IdempotentAction
    @Operation(operationId = "addNotificationOptOut",
            summary = "Put a recipient on the opt-out list (already there: nothing changes, the first opt-out is"
                    + " answered); notifications to them on that channel are refused, those already queued fail"
                    + " unsent")
    public HttpResponse<OptOutView> add(HttpRequest<?> request, @Body NotificationRequests.OptOutRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body,
                () -> HttpResponse.ok(OptOutView.of(optOuts.add(caller, body.command()).optOut())));
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
