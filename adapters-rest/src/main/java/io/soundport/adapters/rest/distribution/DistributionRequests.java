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
    static final String DPID = "the partner's DDEX Party ID (PADPIDA followed by letters and digits), the recipient"
            + " of its ERN messages; required before a delivery";
    static final String TEST = "true: the partner takes TestMessages only (default false)";
    static final String TAKEDOWN = "how the partner takes the takedown of a release it never had on sale: message"
            + " (default; a NewReleaseMessage without deals) or purge (a PurgeReleaseMessage). A release that was on"
            + " sale is always taken down by deals ending before now";

    private DistributionRequests() {
    }

    @Schema(name = "CreatePartnerRequest")
    record CreatePartnerRequest(String name, @Schema(implementation = Protocol.class) String protocol,
                                @Schema(description = "HTTP: " + ApiDocs.OUTBOUND_URL
                                        + " FILE: a folder name under the drops directory (letters, digits, . _ -)."
                                        + " S3: s3://<bucket> or s3://<bucket>/<prefix> (the bucket named by S3's"
                                        + " rules, the prefix folder names as for FILE)."
                                        + " SFTP: sftp://<host>[:<port>]/<folder>, the folder relative to the login's"
                                        + " home (names as for FILE); the host passes the same checks as an HTTP"
                                        + " endpoint's")
                                String endpoint,
                                @Nullable @Schema(description = "ISO 3166-1 alpha-2 codes or WORLD (the default)")
                                List<String> territories,
                                @Nullable Boolean active,
                                @Nullable @Schema(description = PartnerCredentialsSchemas.DESCRIPTION, oneOf = {
                                        PartnerCredentialsSchemas.HttpBearerToken.class,
                                        PartnerCredentialsSchemas.HttpBearer.class,
                                        PartnerCredentialsSchemas.HttpBasic.class,
                                        PartnerCredentialsSchemas.HttpHeaderKey.class,
                                        PartnerCredentialsSchemas.SftpPassword.class,
                                        PartnerCredentialsSchemas.SftpKey.class,
                                        PartnerCredentialsSchemas.S3Keys.class,
                                        PartnerCredentialsSchemas.S3Role.class})
                                Object credentials,
                                @Nullable @Schema(description = DPID) String dpid,
                                @Nullable @Schema(description = TEST) Boolean test,
                                @Nullable @Schema(description = TAKEDOWN, allowableValues = {"message", "purge"})
                                String takedown) {
        CreatePartnerCommand command() {
            return CreatePartnerCommand.of(name, protocol, endpoint, territories, active,
                    PartnerCredentialsSchemas.text(credentials),
                    new CreatePartnerCommand.DdexInput(dpid, test, takedown));
        }

        @Override
        public String toString() {
            return "CreatePartnerRequest[" + name + "]";
        }
    }

    @Schema(name = "UpdatePartnerRequest", description = "Fields to change; absent fields are kept")
    record UpdatePartnerRequest(@Nullable String name,
                                @Nullable @Schema(description = "as on creation") String endpoint, @Nullable List<String> territories,
                                @Nullable Boolean active,
                                @Nullable @Schema(description = "as on creation; replaces the stored ones (an SFTP"
                                        + " partner's pinned host key stays when host_key is left out and the host"
                                        + " and port stay the same)", oneOf = {
                                        PartnerCredentialsSchemas.HttpBearerToken.class,
                                        PartnerCredentialsSchemas.HttpBearer.class,
                                        PartnerCredentialsSchemas.HttpBasic.class,
                                        PartnerCredentialsSchemas.HttpHeaderKey.class,
                                        PartnerCredentialsSchemas.SftpPassword.class,
                                        PartnerCredentialsSchemas.SftpKey.class,
                                        PartnerCredentialsSchemas.S3Keys.class,
                                        PartnerCredentialsSchemas.S3Role.class})
                                Object credentials,
                                @Nullable @Schema(description = DPID + "; an empty string removes it") String dpid,
                                @Nullable @Schema(description = TEST) Boolean test,
                                @Nullable @Schema(description = TAKEDOWN, allowableValues = {"message", "purge"})
                                String takedown) {
        UpdatePartnerCommand command(PartnerId id, Long expectedVersion) {
            return UpdatePartnerCommand.of(id, name, endpoint, territories, active,
                    PartnerCredentialsSchemas.text(credentials), expectedVersion,
                    new CreatePartnerCommand.DdexInput(dpid, test, takedown));
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
