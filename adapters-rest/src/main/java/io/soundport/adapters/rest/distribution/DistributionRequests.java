package io.soundport.adapters.rest.distribution;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the distribution endpoints take. */
public final class DistributionRequests {
    private DistributionRequests() {
    }

    @Schema(name = "CreatePartnerRequest")
    public record CreatePartner(String name, @Schema(allowableValues = {"HTTP", "FILE", "S3"}) String protocol,
                                @Schema(description = "HTTP: an https URL; FILE: a folder name under the drops directory")
                                String endpoint,
                                @Nullable @Schema(description = "ISO 3166-1 alpha-2 codes or WORLD (the default)")
                                List<String> territories,
                                @Nullable Boolean active,
                                @Nullable @Schema(description = "write-only: sent as a bearer token to HTTP partners")
                                String credentials) {
        @Override
        public String toString() {
            return "CreatePartner[" + name + "]";
        }
    }

    @Schema(name = "UpdatePartnerRequest", description = "Fields to change; absent fields are kept")
    public record UpdatePartner(@Nullable String name, @Nullable String endpoint, @Nullable List<String> territories,
                                @Nullable Boolean active, @Nullable String credentials) {
        @Override
        public String toString() {
            return "UpdatePartner[" + name + "]";
        }
    }

    @Schema(name = "CreateDeliveriesRequest")
    public record CreateDeliveries(List<String> partnerIds) {
    }
}
