package io.soundport.sdk.param;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerCredentialsTest {

    @Test
    void each_kind_is_the_json_object_the_server_takes_with_every_value_escaped() {
        assertThat(PartnerCredentials.bearer("t\"1")).isEqualTo("{\"type\":\"bearer\",\"token\":\"t\\\"1\"}");
        assertThat(PartnerCredentials.basic("soundport", "pw")).isEqualTo(
                "{\"type\":\"basic\",\"username\":\"soundport\",\"password\":\"pw\"}");
        assertThat(PartnerCredentials.header("X-Api-Key", "k")).isEqualTo(
                "{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"k\"}");
        assertThat(PartnerCredentials.s3Keys("eu-west-1", "AKIA", "secret")).isEqualTo(
                "{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIA\",\"secret_access_key\":\"secret\"}");
        assertThat(PartnerCredentials.s3Role("eu-west-1", "arn:aws:iam::123456789012:role/x", "ext")).isEqualTo(
                "{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/x\",\"external_id\":\"ext\"}");
        assertThat(PartnerCredentials.sftpPassword("u", "pw", "SHA256:abc")).isEqualTo(
                "{\"user\":\"u\",\"password\":\"pw\",\"host_key\":\"SHA256:abc\"}");
        assertThat(PartnerCredentials.sftpKey("u", "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n", null, "SHA256:abc"))
                .isEqualTo("{\"user\":\"u\",\"private_key\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\nx\\n\","
                        + "\"host_key\":\"SHA256:abc\"}");
        assertThat(PartnerCredentials.sftpKey("u", "k", "phrase", "SHA256:abc")).contains("\"passphrase\":\"phrase\"");
    }

    @Test
    void a_missing_value_is_refused_by_name() {
        assertThatThrownBy(() -> PartnerCredentials.basic("soundport", null)).hasMessage("password");
    }
}
