package io.soundport.application.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.soundport.application.testing.Core.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The distribution commands check every raw field at once, in the core's names, and never show credentials. */
class DistributionCommandsTest {
    private static final ReleaseId RELEASE = ReleaseId.of("rel_01J8Z3X4Y5W6V7T8S9R0Q1P2N3");
    private static final PartnerId PARTNER = PartnerId.of("ptn_01J8Z3X4Y5W6V7T8S9R0Q1P2N3");

    @Test
    void a_new_partner_gets_its_defaults_and_keeps_its_credentials_out_of_sight() {
        CreatePartnerCommand command = CreatePartnerCommand.of(" Streamly ", "file", "drops.streamly", null, null,
                "s3cr3t");
        assertThat(command.name()).isEqualTo("Streamly");
        assertThat(command.protocol()).isEqualTo(Protocol.FILE);
        assertThat(command.territories()).isEmpty();
        assertThat(command.active()).isTrue();
        assertThat(command.toString()).doesNotContain("s3cr3t");
        assertThat(UpdatePartnerCommand.of(PARTNER, null, null, null, null, "s3cr3t", 3L).toString())
                .doesNotContain("s3cr3t");
    }

    @Test
    void a_new_partner_is_checked_field_by_field() {
        assertInvalid(() -> CreatePartnerCommand.of("", "FILE", "../up", List.of("US", "XX"), true, " ".repeat(5000)),
                "name", "endpoint", "territories");
        assertInvalid(() -> CreatePartnerCommand.of("Bucket", "S3", "bucket", null, null, null), "endpoint",
                "credentials");
        assertInvalid(() -> CreatePartnerCommand.of("Bucket", "S3", "s3://Bad_Bucket/in", null, null,
                "{\"region\":\"eu-west-1\"}"), "endpoint", "credentials");
        assertInvalid(() -> new CreatePartnerCommand("Drop", Protocol.FILE, "a/b", List.of(Territory.WORLD), true, null),
                "endpoint");
    }

    @Test
    void an_s3_partner_names_a_bucket_and_prefix_and_brings_its_region_and_keys_or_role() {
        CreatePartnerCommand keys = CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox/soundport/", null, null,
                "{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\","
                        + "\"secret_access_key\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}");
        assertThat(keys.endpoint()).isEqualTo("s3://dsp-inbox/soundport");
        assertThat(keys.toString()).doesNotContain("wJalrXUtnFEMI");
        CreatePartnerCommand role = CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox", null, null,
                "{\"region\":\"us-east-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/drop\","
                        + "\"external_id\":\"sp-7f3a\"}");
        assertThat(role.endpoint()).isEqualTo("s3://dsp-inbox");

        assertInvalid(() -> CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox", null, null, null),
                "credentials");
        assertInvalid(() -> CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox", null, null, "not json"),
                "credentials");
        assertInvalid(() -> CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox/../up", null, null,
                "{\"region\":\"us-east-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/drop\"}"), "endpoint");
    }

    @Test
    void a_partner_change_checks_only_what_it_changes() {
        UpdatePartnerCommand keep = UpdatePartnerCommand.of(PARTNER, null, null, null, false, null, null);
        assertThat(keep.name()).isNull();
        assertThat(keep.active()).isFalse();
        assertInvalid(() -> UpdatePartnerCommand.of(PARTNER, " ", " ", List.of("XX"), null, " ", 1L),
                "name", "endpoint", "territories", "credentials");
    }

    @Test
    void a_delivery_names_at_least_one_well_formed_partner() {
        assertThat(DeliverReleaseCommand.of(RELEASE, List.of(PARTNER.value())).partnerIds()).containsExactly(PARTNER);
        assertInvalid(() -> DeliverReleaseCommand.of(RELEASE, List.of()), "partnerIds");
        assertInvalid(() -> DeliverReleaseCommand.of(RELEASE, null), "partnerIds");
        assertInvalid(() -> DeliverReleaseCommand.of(RELEASE, Arrays.asList(PARTNER.value(), "nope", null)),
                "partnerIds[1]", "partnerIds[2]");
    }

    @Test
    void a_delivery_list_checks_every_filter_and_the_page() {
        ListDeliveriesQuery all = ListDeliveriesQuery.of(null, " ", "", null, null);
        assertThat(all.filter()).isEqualTo(new io.soundport.domain.distribution.DeliveryFilter(null, null, null));
        assertThat(ListDeliveriesQuery.of(RELEASE.value(), null, "failed", 5, null).status())
                .isEqualTo(DeliveryStatus.FAILED);
        assertInvalid(() -> ListDeliveriesQuery.of("rel_?", "ptn_?", "LOST", 0, null),
                "releaseId", "partnerId", "status", "limit");
    }
}
