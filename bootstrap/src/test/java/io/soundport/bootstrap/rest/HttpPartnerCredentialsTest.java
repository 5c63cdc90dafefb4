package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** An HTTP partner's typed credentials: a bearer token, basic authentication or a named header, checked on the way in. */
class HttpPartnerCredentialsTest extends RestTest {

    @Test
    void typed_credentials_are_taken_write_only_and_ones_that_could_not_be_sent_are_refused_on_the_credentials() {
        Account owner = register();
        for (String good : new String[] {"plain-bearer-token", "{\"type\":\"bearer\",\"token\":\"t-1\"}",
                "{\"type\":\"basic\",\"username\":\"soundport\",\"password\":\"pw-secret\"}",
                "{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"k-secret\"}"}) {
            Api.Response created = owner.api().post("/partners", obj("name", "Streamly", "protocol", "HTTP",
                    "endpoint", "https://hooks.example.com/ingest", "credentials", good)).expect(201);
            assertThat(created.json().path("has_credentials").asBoolean()).isTrue();
            assertThat(created.body()).doesNotContain("pw-secret", "k-secret", "plain-bearer-token");
        }
        for (String bad : new String[] {"two words", "{\"type\":\"header\",\"name\":\"Host\",\"value\":\"x\"}",
                "{\"type\":\"basic\",\"username\":\"a:b\",\"password\":\"pw-secret\"}", "{\"type\":\"digest\"}"}) {
            Api.Response refused = owner.api().post("/partners", obj("name", "Streamly", "protocol", "HTTP",
                    "endpoint", "https://hooks.example.com/ingest", "credentials", bad));
            refused.error(400, "VALIDATION_ERROR");
            assertThat(refused.errorFields()).as(bad).containsExactly("credentials");
            assertThat(refused.body()).doesNotContain("pw-secret");
        }
    }
}
