package io.soundport.domain.distribution;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Persistence of delivery partners, always within one organization. */
public interface Partners {
    void add(Partner partner);

    Optional<Partner> find(OrganizationId organizationId, PartnerId id);

    /** Stores a changed partner loaded at {@code partner.version()}; returns it with its new version. */
    Partner update(Partner partner);

    boolean remove(OrganizationId organizationId, PartnerId id);

    /** Newest first. */
    Page<Partner> list(OrganizationId organizationId, PageRequest page);

    /** Every active partner of the organization, oldest first. */
    List<Partner> active(OrganizationId organizationId);
}
