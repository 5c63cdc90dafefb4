package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * One page of deliveries, newest first, optionally of one release, one partner or in one status (null: any).
 * Build it with {@link #of}, which checks every filter and the page.
 */
public record ListDeliveriesQuery(ReleaseId releaseId, PartnerId partnerId, DeliveryStatus status, PageRequest page) {
    public ListDeliveriesQuery {
        Objects.requireNonNull(page, "page");
    }

    /** The filters as given (null or blank: no filter) and the page's limit and cursor (null: the defaults). */
    public static ListDeliveriesQuery of(String releaseId, String partnerId, String status, Integer limit,
                                         String cursor) {
        Validation v = new Validation();
        ReleaseId r = blank(releaseId) ? null : v.field("releaseId", () -> ReleaseId.of(releaseId));
        PartnerId p = blank(partnerId) ? null : v.field("partnerId", () -> PartnerId.of(partnerId));
        DeliveryStatus s = blank(status) ? null : v.field("status", () -> DeliveryStatus.parse(status));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListDeliveriesQuery(r, p, s, page);
    }

    public DeliveryFilter filter() {
        return new DeliveryFilter(releaseId, partnerId, status);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
