package io.soundport.adapters.rest.distribution;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.distribution.CreatePartnerCommand;
import io.soundport.application.distribution.DeliverReleaseCommand;
import io.soundport.application.distribution.UpdatePartnerCommand;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the distribution endpoints take, and the command each one makes. */
final class DistributionRequests {
    private DistributionRequests() {
    }

    @Schema(name = "CreatePartnerRequest")
    record CreatePartnerRequest(String name, @Schema(implementation = Protocol.class) String protocol,
                                @Schema(description = "HTTP: " + ApiDocs.OUTBOUND_URL
                                        + " FILE: a folder name under the drops directory (letters, digits, . _ -)")
                                String endpoint,
                                @Nullable @Schema(description = "ISO 3166-1 alpha-2 codes or WORLD (the default)")
                                List<String> territories,
                                @Nullable Boolean active,
                                @Nullable @Schema(description = "write-only: sent as a bearer token to HTTP partners")
                                String credentials) {
        CreatePartnerCommand command() {
            return CreatePartnerCommand.of(name, protocol, endpoint, territories, active, credentials);
        }

        @Override
        public String toString() {
            return "CreatePartnerRequest[" + name + "]";
        }
    }

    @Schema(name = "UpdatePartnerRequest", description = "Fields to change; absent fields are kept")
    record UpdatePartnerRequest(@Nullable String name,
                                @Nullable @Schema(description = "as on creation") String endpoint, @Nullable List<String> territories,
                                @Nullable Boolean active, @Nullable String credentials) {
        UpdatePartnerCommand command(PartnerId id, Long expectedVersion) {
            return UpdatePartnerCommand.of(id, name, endpoint, territories, active, credentials, expectedVersion);
        }

        @Override
        public String toString() {
            return "UpdatePartnerRequest[" + name + "]";
        }
    }

    @Schema(name = "CreateDeliveriesRequest")
    record CreateDeliveriesRequest(List<String> partnerIds) {
        DeliverReleaseCommand command(ReleaseId releaseId) {
            return DeliverReleaseCommand.of(releaseId, partnerIds);
        }
    }
}
