package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiCredentialsTest {

    @Test
    void a_bearer_token_alone_as_stored_before_or_typed_is_a_bearer_token() {
        assertThat(ApiCredentials.parse("s3cr3t-token")).isEqualTo(new ApiCredentials.Bearer("s3cr3t-token"));
        assertThat(ApiCredentials.parse("{\"type\":\"bearer\",\"token\":\"s3cr3t-token\"}"))
                .isEqualTo(new ApiCredentials.Bearer("s3cr3t-token"));
        assertThat(ApiCredentials.parse(null)).isNull();
        assertThat(ApiCredentials.parse("")).isNull();
    }

    @Test
    void basic_credentials_and_a_named_key_are_read_and_never_shown() {
        ApiCredentials basic = ApiCredentials.parse("{\"type\":\"basic\",\"username\":\"soundport\","
                + "\"password\":\"pä:ss\"}");
        assertThat(basic).isEqualTo(new ApiCredentials.Basic("soundport", "pä:ss"));
        assertThat(basic.toString()).doesNotContain("pä:ss");
        ApiCredentials key = ApiCredentials.parse("{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"k-123\"}");
        assertThat(key).isEqualTo(new ApiCredentials.NamedKey("X-Api-Key", "k-123"));
        assertThat(key.toString()).doesNotContain("k-123");
        assertThat(ApiCredentials.parse("s3cr3t-token").toString()).doesNotContain("s3cr3t");
    }

    @Test
    void credentials_that_could_not_be_sent_or_would_take_over_the_request_are_refused_on_the_credentials() {
        for (String bad : new String[] {"tok\r\nX-Evil: 1", "two words", "{\"type\":\"bearer\"}",
                "{\"type\":\"basic\",\"username\":\"a:b\",\"password\":\"x\"}",
                "{\"type\":\"basic\",\"username\":\"a\"}", "{\"type\":\"header\",\"name\":\"Host\",\"value\":\"x\"}",
                "{\"type\":\"header\",\"name\":\"Authorization\",\"value\":\"x\"}",
                "{\"type\":\"header\",\"name\":\"X-Soundport-Message-Id\",\"value\":\"x\"}",
                "{\"type\":\"header\",\"name\":\"X Api\",\"value\":\"x\"}",
                "{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"line\\nbreak\"}",
                "{\"type\":\"digest\",\"token\":\"x\"}", "{\"type\":\"bearer\",\"token\":\"x\",\"extra\":\"y\"}",
                "{\"type\":\"bearer\",\"token\":1}", "{not json"}) {
            assertThatThrownBy(() -> ApiCredentials.parse(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.details()).extracting(d -> d.field()).singleElement().asString()
                            .matches("credentials(\\.[a-z_]+)?"));
        }
    }
}
