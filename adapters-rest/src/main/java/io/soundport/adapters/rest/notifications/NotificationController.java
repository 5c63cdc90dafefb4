package io.soundport.adapters.rest.notifications;

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
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.notifications.NotificationViews.NotificationView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.notifications.ListNotificationsQuery;
import io.soundport.application.notifications.NotificationService;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.notifications.NotificationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Notifications of the caller's organization: queued here, sent in the background, read back with their status. */
@Controller(SoundportApi.BASE + "/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "notifications")
@ApiDocs.Authenticated
public final class NotificationController {
    private final NotificationService notifications;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public NotificationController(NotificationService notifications, Callers callers, IdempotentRequests idempotent) {
        this.notifications = notifications;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.ACCEPTED)
    @ApiDocs.IdempotentAccepted
    @Operation(operationId = "queueNotification",
            summary = "Queue an e-mail, SMS or push notification (QUEUED); a worker sends it with retries")
    public HttpResponse<NotificationView> queue(HttpRequest<?> request,
                                                @Body NotificationRequests.QueueNotificationRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> HttpResponse.<NotificationView>accepted()
                .body(NotificationView.of(notifications.queue(caller, body.command()))));
    }

    @Get
    @Operation(operationId = "listNotifications", summary = "Notifications, newest first; filters status, channel")
    public ListResponse<NotificationView> list(HttpRequest<?> request, @Nullable @QueryValue String status,
                                               @Nullable @QueryValue String channel,
                                               @Nullable @QueryValue Integer limit,
                                               @Nullable @QueryValue String cursor) {
        return ListResponse.of(notifications.list(callers.of(request),
                ListNotificationsQuery.of(status, channel, limit, cursor)), NotificationView::of);
    }

    @Get("/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getNotification",
            summary = "One notification: QUEUED, SENT (the provider's message id) or FAILED (the reason)")
    public NotificationView get(HttpRequest<?> request, @PathVariable String id) {
        return NotificationView.of(notifications.get(callers.of(request),
                PathIds.parse(id, NotificationId::of, "Notification")));
    }
}
