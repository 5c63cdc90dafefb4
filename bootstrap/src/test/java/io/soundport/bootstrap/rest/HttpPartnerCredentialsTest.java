package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP partner's typed credentials: a bearer token, basic authentication or a named header, checked on the way in;
 * a JSON object, or as older clients send them a string (a bare token, or the object's JSON text).
 */
class HttpPartnerCredentialsTest extends RestTest {

    @Test
    void typed_credentials_are_taken_write_only_and_ones_that_could_not_be_sent_are_refused_on_the_credentials() {
        Account owner = register();
        for (Object good : List.of("plain-bearer-token", obj("type", "bearer", "token", "t-1"),
                obj("type", "basic", "username", "soundport", "password", "pw-secret"),
                obj("type", "header", "name", "X-Api-Key", "value", "k-secret"),
                "{\"type\":\"bearer\",\"token\":\"t-1\"}",
                "{\"type\":\"basic\",\"username\":\"soundport\",\"password\":\"pw-secret\"}")) {
            Api.Response created = owner.api().post("/partners", obj("name", "Streamly", "protocol", "HTTP",
                    "endpoint", "https://hooks.example.com/ingest", "credentials", good)).expect(201);
            assertThat(created.json().path("has_credentials").asBoolean()).isTrue();
            assertThat(created.json().path("host_key").isMissingNode() || created.json().path("host_key").isNull())
                    .as("only SFTP partners have a host key").isTrue();
            assertThat(created.body()).doesNotContain("pw-secret", "k-secret", "plain-bearer-token");
        }
        for (Object bad : List.of("two words", obj("type", "header", "name", "Host", "value", "x"),
                obj("type", "basic", "username", "a:b", "password", "pw-secret"), obj("type", "digest"),
                "{\"type\":\"basic\",\"username\":\"a:b\",\"password\":\"pw-secret\"}", 42, true)) {
            Api.Response refused = owner.api().post("/partners", obj("name", "Streamly", "protocol", "HTTP",
                    "endpoint", "https://hooks.example.com/ingest", "credentials", bad));
            refused.error(400, "VALIDATION_ERROR");
            assertThat(refused.errorFields()).as(String.valueOf(bad)).containsExactly("credentials");
            assertThat(refused.body()).doesNotContain("pw-secret");
        }
        Api.Response extra = owner.api().post("/partners", obj("name", "Streamly", "protocol", "HTTP",
                "endpoint", "https://hooks.example.com/ingest", "credentials",
                obj("type", "bearer", "token", "t-1", "scope", "all")));
        extra.error(400, "VALIDATION_ERROR");
        assertThat(extra.errorFields()).containsExactly("credentials.scope");
        assertThat(owner.api().get("/partners").json().path("data")).hasSize(6);
    }
}
