package io.soundport.adapters.rest.identity;

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
import io.soundport.adapters.rest.identity.IdentityRequests.CreateApplicationRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.UpdateApplicationRequest;
import io.soundport.adapters.rest.identity.IdentityViews.ApplicationView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.identity.ApplicationService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Partner applications of the caller's organization (ADMIN or a key with the admin scope). */
@Controller(SoundportApi.BASE + "/apps")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "apps")
@ApiDocs.Authenticated
public final class ApplicationController {
    private final ApplicationService apps;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ApplicationController(ApplicationService apps, Callers callers, IdempotentRequests idempotent) {
        this.apps = apps;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createApp", summary = "Register a partner application")
    public HttpResponse<ApplicationView> create(HttpRequest<?> request, @Body CreateApplicationRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Application app = apps.create(caller, body.command());
            return Etags.written(HttpResponse.created(ApplicationView.of(app),
                    URI.create(SoundportApi.BASE + "/apps/" + app.id())), app.version());
        });
    }

    @Get
    @Operation(operationId = "listApps", summary = "Applications, newest first")
    public ListResponse<ApplicationView> list(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return ListResponse.of(apps.list(callers.of(request), PageRequest.of(limit, cursor)), ApplicationView::of);
    }

    @Get("/{app_id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getApp", summary = "One application")
    public HttpResponse<ApplicationView> get(HttpRequest<?> request, @PathVariable("app_id") String appId) {
        Application app = apps.get(callers.of(request), id(appId));
        return Etags.read(request, ApplicationView.of(app), app.version());
    }

    @Patch("/{app_id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateApp", summary = "Change an application (If-Match honoured)")
    public HttpResponse<ApplicationView> update(HttpRequest<?> request, @PathVariable("app_id") String appId,
                                                @Body UpdateApplicationRequest body) {
        Caller caller = callers.of(request);
        Application app = apps.update(caller, body.command(id(appId), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(ApplicationView.of(app)), app.version());
    }

    @Delete("/{app_id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteApp", summary = "Delete an application and revoke its keys (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable("app_id") String appId) {
        apps.delete(callers.of(request), new DeleteCommand<>(id(appId), Etags.ifMatch(request)));
    }

    static ApplicationId id(String raw) {
        return PathIds.parse(raw, ApplicationId::of, "Application");
    }
}
