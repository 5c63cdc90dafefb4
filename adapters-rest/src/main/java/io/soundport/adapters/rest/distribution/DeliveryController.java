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
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.distribution.DeliveryService;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** Deliveries of releases to partners, their attempts, retries, and the per-release summary. */
@Controller(SoundportApi.BASE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "distribution")
public final class DeliveryController {
    private final DeliveryService deliveries;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public DeliveryController(DeliveryService deliveries, Callers callers, IdempotentRequests idempotent) {
        this.deliveries = deliveries;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Post("/releases/{id}/deliveries")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createDeliveries", summary = "Queue one delivery of a submitted release per partner")
    public HttpResponse<?> create(HttpRequest<?> request, @PathVariable String id,
                                  @Body DistributionRequests.CreateDeliveries body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Validation v = new Validation();
            List<PartnerId> partners = new ArrayList<>();
            List<String> raw = body.partnerIds() == null ? List.of() : body.partnerIds();
            for (int i = 0; i < raw.size(); i++) {
                String partner = raw.get(i);
                PartnerId parsed = v.field("partner_ids[" + i + "]", () -> PartnerId.of(partner));
                if (parsed != null) {
                    partners.add(parsed);
                }
            }
            v.require(!raw.isEmpty(), "partner_ids", "name at least one partner");
            v.throwIfInvalid();
            return HttpResponse.created(new DeliveryList(deliveries.deliver(caller, releaseId(id), partners).stream()
                    .map(DeliveryView::of).toList()));
        });
    }

    @Get("/deliveries")
    @Operation(operationId = "listDeliveries", summary = "Deliveries, newest first; filters release_id, partner_id, status")
    public ListResponse<DeliveryView> list(HttpRequest<?> request, @Nullable @QueryValue("release_id") String releaseId,
                                           @Nullable @QueryValue("partner_id") String partnerId,
                                           @Nullable @QueryValue String status, @Nullable @QueryValue Integer limit,
                                           @Nullable @QueryValue String cursor) {
        Caller caller = callers.of(request);
        Validation v = new Validation();
        ReleaseId r = releaseId == null || releaseId.isBlank() ? null : v.field("release_id", () -> ReleaseId.of(releaseId));
        PartnerId p = partnerId == null || partnerId.isBlank() ? null : v.field("partner_id", () -> PartnerId.of(partnerId));
        DeliveryStatus s = status == null || status.isBlank() ? null : v.field("status", () -> DeliveryStatus.parse(status));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return ListResponse.of(deliveries.list(caller, new DeliveryFilter(r, p, s), page), DeliveryView::of);
    }

    @Get("/deliveries/{id}")
    @Operation(operationId = "getDelivery", summary = "One delivery with every attempt")
    public DeliveryView get(HttpRequest<?> request, @PathVariable String id) {
        return DeliveryView.of(deliveries.get(callers.of(request), deliveryId(id)));
    }

    @Post("/deliveries/{id}/retry")
    @Operation(operationId = "retryDelivery", summary = "A FAILED delivery back to QUEUED")
    public HttpResponse<?> retry(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, null,
                () -> HttpResponse.ok(DeliveryView.of(deliveries.retry(caller, deliveryId(id)))));
    }

    @Get("/delivery-status")
    @Operation(operationId = "getDeliveryStatus", summary = "A release's deliveries: counts per status and per partner")
    public SummaryView status(HttpRequest<?> request, @Nullable @QueryValue("release_id") String releaseId) {
        Caller caller = callers.of(request);
        if (releaseId == null || releaseId.isBlank()) {
            throw DomainException.invalid("release_id", "is required");
        }
        return SummaryView.of(deliveries.summary(caller, releaseId(releaseId)));
    }

    private static ReleaseId releaseId(String raw) {
        return PathIds.parse(raw, ReleaseId::of, "Release");
    }

    private static DeliveryId deliveryId(String raw) {
        return PathIds.parse(raw, DeliveryId::of, "Delivery");
    }
}
