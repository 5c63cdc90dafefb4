package io.soundport.adapters.rest.distribution;

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
import io.soundport.adapters.rest.distribution.DistributionViews.DeliveryList;
import io.soundport.adapters.rest.distribution.DistributionViews.DeliveryView;
import io.soundport.adapters.rest.distribution.DistributionViews.SummaryView;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.distribution.DeliveryTracking;
import io.soundport.application.distribution.ListDeliveriesQuery;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Deliveries of releases to partners, their attempts, retries, and the per-release summary. */
@Controller(SoundportApi.BASE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "distribution")
@ApiDocs.Authenticated
public final class DeliveryController {
    private final DeliveryService deliveries;
    private final DeliveryTracking tracking;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public DeliveryController(DeliveryService deliveries, DeliveryTracking tracking, Callers callers,
                              IdempotentRequests idempotent) {
        this.deliveries = deliveries;
        this.tracking = tracking;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/releases/{id}/deliveries")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @ApiDocs.NotFound
    @Operation(operationId = "createDeliveries", summary = "Queue one delivery of a submitted release per partner")
    public HttpResponse<DeliveryList> create(HttpRequest<?> request, @PathVariable String id,
                                  @Body DistributionRequests.CreateDeliveriesRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> HttpResponse.created(
                DeliveryList.of(deliveries.deliver(caller, body.command(releaseId(id))))));
    }

    @Get("/deliveries")
    @Operation(operationId = "listDeliveries", summary = "Deliveries, newest first; filters release_id, partner_id, status")
    public ListResponse<DeliveryView> list(HttpRequest<?> request, @Nullable @QueryValue("release_id") String releaseId,
                                           @Nullable @QueryValue("partner_id") String partnerId,
                                           @Nullable @QueryValue String status, @Nullable @QueryValue Integer limit,
                                           @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        return ListResponse.of(tracking.list(caller, ListDeliveriesQuery.of(releaseId, partnerId, status, limit, cursor)),
                DeliveryView::of);
    }

    @Get("/deliveries/{id}")
    @ApiDocs.NotFound
    @Operation(operationId = "getDelivery", summary = "One delivery with every attempt")
    public DeliveryView get(HttpRequest<?> request, @PathVariable String id) {
        return DeliveryView.of(tracking.get(callers.of(request), deliveryId(id)));
    }

    @Post("/deliveries/{id}/retry")
    @ApiDocs.IdempotentAction
    @ApiDocs.NotFound
    @Operation(operationId = "retryDelivery", summary = "A FAILED delivery back to QUEUED")
    public HttpResponse<DeliveryView> retry(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, null,
                () -> HttpResponse.ok(DeliveryView.of(tracking.retry(caller, deliveryId(id)))));
    }

    @Get("/delivery-status")
    @ApiDocs.NotFound
    @Operation(operationId = "getDeliveryStatus", summary = "A release's deliveries: counts per status and per partner")
    public SummaryView status(HttpRequest<?> request, @Nullable @QueryValue("release_id") String releaseId) {
        Caller caller = callers.of(request);
        if (releaseId == null || releaseId.isBlank()) {
            throw DomainException.invalid("release_id", "is required");
        }
        return SummaryView.of(tracking.summary(caller, releaseId(releaseId)));
    }

    private static ReleaseId releaseId(String raw) {
        return PathIds.parse(raw, ReleaseId::of, "Release");
    }

    private static DeliveryId deliveryId(String raw) {
        return PathIds.parse(raw, DeliveryId::of, "Delivery");
    }
}
