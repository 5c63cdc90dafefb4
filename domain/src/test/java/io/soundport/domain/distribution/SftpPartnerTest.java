package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SftpPartnerTest {
    private static final String HOST_KEY = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8";
    private static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";

    @Test
    void an_sftp_endpoint_is_a_host_an_optional_port_and_a_folder() {
        assertThat(SftpLocation.parse("sftp://drop.dsp.example/inbox/soundport"))
                .isEqualTo(new SftpLocation("drop.dsp.example", 22, "inbox/soundport"));
        assertThat(SftpLocation.parse("SFTP://Drop.DSP.example:2222/")).isEqualTo(
                new SftpLocation("drop.dsp.example", 2222, ""));
        assertThat(SftpLocation.parse("sftp://203.0.113.7:2222/in/")).hasToString("sftp://203.0.113.7:2222/in");
        assertThat(Protocol.parse("sftp")).isEqualTo(Protocol.SFTP);
    }

    @Test
    void an_endpoint_that_is_not_a_plain_sftp_folder_is_refused_on_the_endpoint() {
        for (String bad : new String[] {"drop.dsp.example", "https://drop.dsp.example/in", "sftp://",
                "sftp://user:pw@drop.dsp.example/in", "sftp://drop.dsp.example/../etc", "sftp://drop.dsp.example//in",
                "sftp://drop.dsp.example/.ssh", "sftp://drop.dsp.example:0/in", "sftp://drop.dsp.example:70000/in",
                "sftp://drop.dsp.example/in?x=1", "sftp://drop.dsp.example/a b", "sftp://-bad.example/in"}) {
            assertThatThrownBy(() -> SftpLocation.parse(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.details()).extracting(d -> d.field()).containsExactly("endpoint"));
        }
    }

    @Test
    void access_is_a_user_with_a_password_or_a_key_and_a_pinned_host_key_and_never_shows_a_secret() {
        SftpAccess password = SftpAccess.parse("{\"user\":\"soundport\",\"password\":\"s3cret-pw\",\"host_key\":\""
                + HOST_KEY + "\"}");
        assertThat(password.password()).isEqualTo("s3cret-pw");
        assertThat(password.toString()).doesNotContain("s3cret-pw").contains(HOST_KEY);
        SftpAccess key = SftpAccess.parse("{\"user\":\"soundport\",\"private_key\":\"" + KEY.replace("\n", "\\n")
                + "\",\"passphrase\":\"pass-phrase\",\"host_key\":\"" + HOST_KEY + "\"}");
        assertThat(key.privateKey()).isEqualTo(KEY);
        assertThat(key.toString()).doesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", "pass-phrase");
    }

    @Test
    void access_without_a_pinned_host_key_is_taken_and_pinned_later_and_keeps_every_field_in_its_json() {
        SftpAccess unpinned = SftpAccess.parse("{\"user\":\"soundport\",\"password\":\"pw\"}");
        assertThat(unpinned.hasHostKey()).isFalse();
        assertThat(unpinned.toString()).contains("not pinned").doesNotContain("pw");
        SftpAccess pinned = unpinned.withHostKey(HOST_KEY);
        assertThat(SftpAccess.parse(pinned.toJson())).isEqualTo(pinned);
        assertThat(pinned.toJson()).isEqualTo("{\"user\":\"soundport\",\"password\":\"pw\",\"host_key\":\""
                + HOST_KEY + "\"}");
        SftpAccess key = SftpAccess.parse("{\"user\":\"u\",\"private_key\":\"" + KEY.replace("\n", "\\n")
                + "\",\"passphrase\":\"p\"}").withHostKey(HOST_KEY);
        assertThat(SftpAccess.parse(key.toJson())).isEqualTo(key);
    }

    @Test
    void a_wrong_host_key_is_refused_on_credentials_host_key() {
        assertThatThrownBy(() -> SftpAccess.parse("{\"user\":\"soundport\",\"password\":\"pw\","
                + "\"host_key\":\"MD5:aa:bb\"}")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(d -> d.field()).containsExactly("credentials.host_key"));
    }

    @Test
    void access_with_a_bad_field_or_with_both_or_neither_secret_is_refused_on_the_credentials() {
        for (String bad : new String[] {null, "", "[]",
                "{\"user\":\"soundport\",\"password\":\"pw\",\"host_key\":\"MD5:aa:bb\"}",
                "{\"user\":\"soundport\",\"host_key\":\"" + HOST_KEY + "\"}",
                "{\"user\":\"soundport\",\"password\":\"pw\",\"private_key\":\"" + KEY.replace("\n", "\\n")
                        + "\",\"host_key\":\"" + HOST_KEY + "\"}",
                "{\"user\":\"soundport\",\"private_key\":\"not a key\",\"host_key\":\"" + HOST_KEY + "\"}",
                "{\"user\":\"sound port\",\"password\":\"pw\",\"host_key\":\"" + HOST_KEY + "\"}",
                "{\"user\":\"soundport\",\"password\":\"pw\",\"passphrase\":\"x\",\"host_key\":\"" + HOST_KEY + "\"}",
                "{\"user\":\"soundport\",\"password\":\"pw\",\"host_key\":\"" + HOST_KEY + "\",\"port\":\"22\"}",
                "{\"user\":\"soundport\",\"password\":1,\"host_key\":\"" + HOST_KEY + "\"}"}) {
            assertThatThrownBy(() -> SftpAccess.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.details()).extracting(d -> d.field())
                                    .allMatch(f -> f.equals("credentials") || f.startsWith("credentials.")));
        }
    }
}
