package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.platform.AdministerOrganizationCommand;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.swagger.v3.oas.annotations.media.Schema;

/** What platform operators send about an organization. */
final class AdminOrganizationRequests {
    private AdminOrganizationRequests() {
    }

    @Schema(name = "AdministerOrganizationRequest",
            description = "Every field may be left out, which keeps it")
    record AdministerOrganizationRequest(
            @Nullable @Schema(implementation = Tier.class) String tier,
            @Nullable @Schema(description = "true suspends (with a suspension_reason), false reinstates") Boolean suspended,
            @Nullable @Schema(description = "Required with suspended: true, at most 500 characters; the "
                    + "organization's people read it in every refusal") String suspensionReason) {
        AdministerOrganizationCommand command(OrganizationId id, Long expectedVersion) {
            return AdministerOrganizationCommand.of(id, tier, suspended, suspensionReason, expectedVersion);
        }
    }
}
