package io.soundport.adapters.rest.notifications;

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
import io.soundport.adapters.rest.notifications.NotificationViews.NotificationTemplateView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.notifications.NotificationTemplateService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Notification templates of the caller's organization: named messages of one channel with variables. */
@Controller(SoundportApi.BASE + "/notifications/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "notifications")
@ApiDocs.Authenticated
public final class NotificationTemplateController {
    private final NotificationTemplateService templates;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public NotificationTemplateController(NotificationTemplateService templates, Callers callers,
                                          IdempotentRequests idempotent) {
        this.templates = templates;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createNotificationTemplate",
            summary = "Add a template; its text is checked for its channel and its syntax")
    public HttpResponse<NotificationTemplateView> create(
            HttpRequest<?> request, @Body NotificationRequests.CreateNotificationTemplateRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            NotificationTemplate t = templates.create(caller, body.command());
            return Etags.written(HttpResponse.created(NotificationTemplateView.of(t),
                    URI.create(SoundportApi.BASE + "/notifications/templates/" + t.id())), t.version());
        });
    }

    @Get
    @Operation(operationId = "listNotificationTemplates", summary = "Templates, newest first")
    public ListResponse<NotificationTemplateView> list(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                                       @Nullable @QueryValue String cursor) {
        return ListResponse.of(templates.list(callers.of(request), PageRequest.of(limit, cursor)),
                NotificationTemplateView::of);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getNotificationTemplate", summary = "One template")
    public HttpResponse<NotificationTemplateView> get(HttpRequest<?> request, @PathVariable String id) {
        NotificationTemplate t = templates.get(callers.of(request), id(id));
        return Etags.read(request, NotificationTemplateView.of(t), t.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateNotificationTemplate", summary = "Change a template (If-Match honoured)")
    public HttpResponse<NotificationTemplateView> update(
            HttpRequest<?> request, @PathVariable String id,
            @Body NotificationRequests.UpdateNotificationTemplateRequest body) {
        NotificationTemplate t = templates.update(callers.of(request), body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(NotificationTemplateView.of(t)), t.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteNotificationTemplate",
            summary = "Delete a template (If-Match honoured); what was queued from it keeps its text")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        templates.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    private static NotificationTemplateId id(String raw) {
        return PathIds.parse(raw, NotificationTemplateId::of, "Notification template");
    }
}
