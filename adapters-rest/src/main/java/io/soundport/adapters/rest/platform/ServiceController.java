package io.soundport.adapters.rest.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.platform.PlatformViews.ServiceView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.platform.ServiceRegistry;
import io.soundport.application.platform.ServiceStatus;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** The gateway's registry of upstream services: platform operators only. */
@Controller(SoundportApi.BASE + "/admin/services")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "platform")
@ApiDocs.Authenticated
public final class ServiceController {
    private final ServiceRegistry registry;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public ServiceController(ServiceRegistry registry, Callers callers, IdempotentRequests idempotent) {
        this.registry = registry;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listServices", summary = "Every upstream service, by name, with the health and breaker "
            + "state of each instance on the answering server (platform operators)")
    public ListResponse<ServiceView> list(HttpRequest<?> request) {
        return ListResponse.of(new Page<>(registry.list(callers.regardlessOfStanding(request)), null), ServiceView::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "registerService", summary = "Register an upstream service (platform operators); a name "
            + "in use is a 409: delete the service first to change it")
    public HttpResponse<ServiceView> register(HttpRequest<?> request,
                                              @Body PlatformRequests.RegisterServiceRequest body) {
        Caller caller = callers.regardlessOfStanding(request);
        return idempotent.run(request, caller, body, () -> {
            ServiceStatus s = registry.register(caller, body.command(registry.urlCheck()));
            return HttpResponse.created(ServiceView.of(s),
                    URI.create(SoundportApi.BASE + "/admin/services/" + s.service().name()));
        });
    }

    @Delete("/{name}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @Operation(operationId = "deleteService", summary = "Remove an upstream service (platform operators)")
    public void delete(HttpRequest<?> request, @PathVariable String name) {
        ServiceName service = PathIds.parse(name, ServiceName::of, "Service");
        Etags.requireNoVersion(request, "Service " + service);
        registry.remove(callers.regardlessOfStanding(request), service);
    }
}
