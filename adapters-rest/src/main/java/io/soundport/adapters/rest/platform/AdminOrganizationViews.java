package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.platform.AdministeredOrganization;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** What the platform operators' organization endpoints answer. */
final class AdminOrganizationViews {
    private AdminOrganizationViews() {
    }

    @Schema(name = "AdminOrganization", description = "An organization as platform operators see it")
    record AdminOrganizationView(String id, String name, @Schema(implementation = Tier.class) String tier,
                                 @Schema(description = "The tier's limit") int requestsPerHour,
                                 @Schema(description = "Requests its callers made over the last hour, as the tier's "
                                         + "rate limit counts them") long requestsThisHour,
                                 @Schema(implementation = OrganizationStatus.class) String status,
                                 @Nullable Instant suspendedAt,
                                 @Nullable @Schema(description = "The user id of the operator who suspended it")
                                 String suspendedBy,
                                 @Nullable @Schema(description = "Shown to the organization's people") String suspensionReason,
                                 Instant createdAt, Instant updatedAt, long version) {
        static AdminOrganizationView of(AdministeredOrganization administered) {
            Organization o = administered.organization();
            Suspension s = o.suspension();
            return new AdminOrganizationView(o.id().value(), o.name(), o.tier().name(), o.tier().requestsPerHour(),
                    administered.requestsThisHour(), o.status().name(), s == null ? null : s.at(),
                    s == null ? null : s.by().value(), s == null ? null : s.reason(), o.createdAt(), o.updatedAt(),
                    o.version());
        }
    }
}
