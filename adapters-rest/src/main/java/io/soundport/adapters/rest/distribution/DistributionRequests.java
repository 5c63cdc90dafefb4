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
                                @Nullable @Schema(description = "write-only, stored encrypted. HTTP: a bearer"
                                        + " token, alone or as {\"type\":\"bearer\",\"token\":\"...\"}; basic"
                                        + " authentication, {\"type\":\"basic\",\"username\":\"...\",\"password\":"
                                        + "\"...\"}; or a key in a header of the partner's naming, {\"type\":"
                                        + "\"header\",\"name\":\"X-Api-Key\",\"value\":\"...\"}. S3 (required): a"
                                        + " JSON object with the bucket's region and either the partner's keys,"
                                        + " {\"region\":\"eu-west-1\",\"access_key_id\":\"...\",\"secret_access_key\":"
                                        + "\"...\"}, or a role of the partner's account"
                                        + " to assume, {\"region\":\"eu-west-1\",\"role_arn\":"
                                        + "\"arn:aws:iam::123456789012:role/x\",\"external_id\":\"...\"}."
                                        + " SFTP (required): a JSON object with the user, a password or a private key"
                                        + " (PEM or OpenSSH, with its passphrase if it has one) and the server's"
                                        + " host key fingerprint as ssh-keygen -lf prints it, which every connection"
                                        + " must show: {\"user\":\"soundport\",\"private_key\":\"-----BEGIN OPENSSH"
                                        + " PRIVATE KEY-----\\n...\",\"host_key\":\"SHA256:...\"}")
                                String credentials,
                                @Nullable @Schema(description = DPID) String dpid,
                                @Nullable @Schema(description = TEST) Boolean test,
                                @Nullable @Schema(description = TAKEDOWN, allowableValues = {"message", "purge"})
                                String takedown) {
        CreatePartnerCommand command() {
            return CreatePartnerCommand.of(name, protocol, endpoint, territories, active, credentials,
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
                                @Nullable @Schema(description = "as on creation; replaces the stored ones") String credentials,
                                @Nullable @Schema(description = DPID + "; an empty string removes it") String dpid,
                                @Nullable @Schema(description = TEST) Boolean test,
                                @Nullable @Schema(description = TAKEDOWN, allowableValues = {"message", "purge"})
                                String takedown) {
        UpdatePartnerCommand command(PartnerId id, Long expectedVersion) {
            return UpdatePartnerCommand.of(id, name, endpoint, territories, active, credentials, expectedVersion,
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
