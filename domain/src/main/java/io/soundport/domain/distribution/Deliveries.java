package io.soundport.domain.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of deliveries and their attempts, always within one organization. */
public interface Deliveries {
    void add(Delivery delivery);

    Optional<Delivery> find(OrganizationId organizationId, DeliveryId id);

    /** Stores a changed delivery loaded at {@code delivery.version()}; returns it with its new version. */
    Delivery update(Delivery delivery);

    /** Newest first. */
    Page<Delivery> list(OrganizationId organizationId, DeliveryFilter filter, PageRequest page);

    /** Every delivery of a release, oldest first (for its status summary and its own state). */
    List<Delivery> ofRelease(OrganizationId organizationId, ReleaseId releaseId);
}
