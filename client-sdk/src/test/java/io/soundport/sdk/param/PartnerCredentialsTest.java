package io.soundport.sdk.param;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerCredentialsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String sent(PartnerCredentials credentials) throws Exception {
        return JSON.writeValueAsString(credentials);
    }

    @Test
    void each_kind_is_sent_as_the_json_object_the_server_takes_with_every_value_escaped() throws Exception {
        assertThat(sent(PartnerCredentials.bearer("t\"1"))).isEqualTo("{\"type\":\"bearer\",\"token\":\"t\\\"1\"}");
        assertThat(sent(PartnerCredentials.basic("soundport", "pw"))).isEqualTo(
                "{\"type\":\"basic\",\"username\":\"soundport\",\"password\":\"pw\"}");
        assertThat(sent(PartnerCredentials.header("X-Api-Key", "k"))).isEqualTo(
                "{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"k\"}");
        assertThat(sent(PartnerCredentials.s3Keys("eu-west-1", "AKIA", "secret"))).isEqualTo(
                "{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIA\",\"secret_access_key\":\"secret\"}");
        assertThat(sent(PartnerCredentials.s3Role("eu-west-1", "arn:aws:iam::123456789012:role/x", "ext")))
                .isEqualTo("{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/x\","
                        + "\"external_id\":\"ext\"}");
        assertThat(sent(PartnerCredentials.sftpPassword("u", "pw", "SHA256:abc"))).isEqualTo(
                "{\"user\":\"u\",\"password\":\"pw\",\"host_key\":\"SHA256:abc\"}");
        assertThat(sent(PartnerCredentials.sftpKey("u", "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n", null,
                "SHA256:abc"))).isEqualTo("{\"user\":\"u\",\"private_key\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\nx\\n\","
                        + "\"host_key\":\"SHA256:abc\"}");
        assertThat(PartnerCredentials.sftpKey("u", "k", "phrase", "SHA256:abc").fields())
                .containsEntry("passphrase", "phrase");
    }

    @Test
    void sftp_credentials_without_a_host_key_leave_it_for_the_server_to_pin() throws Exception {
        assertThat(sent(PartnerCredentials.sftpPassword("u", "pw"))).isEqualTo("{\"user\":\"u\",\"password\":\"pw\"}");
        assertThat(PartnerCredentials.sftpKey("u", "k", null, null).fields())
                .isEqualTo(Map.of("user", "u", "private_key", "k"));
    }

    @Test
    void a_string_is_sent_as_it_is_for_clients_that_made_their_own() throws Exception {
        assertThat(sent(PartnerCredentials.ofString("s3cr3t-token"))).isEqualTo("\"s3cr3t-token\"");
        assertThat(PartnerCredentials.ofString("s3cr3t-token").fields()).isEmpty();
        assertThat(PartnerCredentials.ofString("x")).isEqualTo(PartnerCredentials.ofString("x"));
    }

    @Test
    void no_secret_is_shown_and_a_missing_value_is_refused_by_name() {
        assertThat(PartnerCredentials.basic("soundport", "pw-secret").toString()).isEqualTo("PartnerCredentials[basic]")
                .doesNotContain("pw-secret");
        assertThat(PartnerCredentials.sftpPassword("u", "pw-secret").toString()).doesNotContain("pw-secret");
        assertThat(PartnerCredentials.ofString("tok-secret").toString()).doesNotContain("tok-secret");
        assertThatThrownBy(() -> PartnerCredentials.basic("soundport", null)).hasMessage("password");
        assertThatThrownBy(() -> PartnerCredentials.sftpPassword("u", "pw", null)).hasMessage("host_key");
    }
}
