package io.soundport.adapters.rest.distribution;

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
import io.soundport.adapters.rest.distribution.DistributionViews.PartnerView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.distribution.PartnerService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Delivery partners (DSPs) of the caller's organization. */
@Controller(SoundportApi.BASE + "/partners")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "distribution")
@ApiDocs.Authenticated
public final class PartnerController {
    private final PartnerService partners;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public PartnerController(PartnerService partners, Callers callers, IdempotentRequests idempotent) {
        this.partners = partners;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "createPartner", summary = "Add a delivery partner; credentials are write-only")
    public HttpResponse<PartnerView> create(HttpRequest<?> request, @Body DistributionRequests.CreatePartnerRequest body) {
        Caller caller = callers.of(request);
        // an SFTP server's host key is read before the unit of work of an idempotent request, which must not wait on it
        return idempotent.run(request, caller, body, () -> partners.withHostKeyRead(caller, body.command()),
                command -> {
                    Partner p = partners.create(caller, command);
                    return Etags.written(HttpResponse.created(view(p),
                            URI.create(SoundportApi.BASE + "/partners/" + p.id())), p.version());
                });
    }

    @Get
    @Operation(operationId = "listPartners", summary = "Partners, newest first")
    public ListResponse<PartnerView> list(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                          @Nullable @QueryValue String cursor) {
        return ListResponse.of(partners.list(callers.of(request), PageRequest.of(limit, cursor)), this::view);
    }

    @Get("/{id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getPartner", summary = "One partner (never its credentials)")
    public HttpResponse<PartnerView> get(HttpRequest<?> request, @PathVariable String id) {
        Partner p = partners.get(callers.of(request), id(id));
        return Etags.read(request, view(p), p.version());
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updatePartner", summary = "Change a partner (If-Match honoured)")
    public HttpResponse<PartnerView> update(HttpRequest<?> request, @PathVariable String id,
                                            @Body DistributionRequests.UpdatePartnerRequest body) {
        Caller caller = callers.of(request);
        Partner p = partners.update(caller, body.command(id(id), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(view(p)), p.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "deletePartner", summary = "Delete a partner (If-Match honoured)")
    public void delete(HttpRequest<?> request, @PathVariable String id) {
        partners.delete(callers.of(request), new DeleteCommand<>(id(id), Etags.ifMatch(request)));
    }

    private PartnerView view(Partner p) {
        return PartnerView.of(p, partners.pinnedHostKey(p).orElse(null));
    }

    private static PartnerId id(String raw) {
        return PathIds.parse(raw, PartnerId::of, "Partner");
    }
}
