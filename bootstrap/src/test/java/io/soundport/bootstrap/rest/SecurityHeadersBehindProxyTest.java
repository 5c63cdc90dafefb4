package io.soundport.bootstrap.rest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Behind a trusted proxy (here: the loopback address the tests connect from), its X-Forwarded-Proto counts. No data
 * is involved, so it runs on memory whichever backend the suite runs on: one server start instead of three kinds.
 */
@RestTest.ServerProperties({"soundport.http.trusted-proxies=10.0.0.0/8, 127.0.0.0/8", "soundport.persistence=memory"})
class SecurityHeadersBehindProxyTest extends RestTest {
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Test
    void a_trusted_proxy_that_received_https_gets_hsts() {
        Api.Response r = api.with("X-Forwarded-Proto", "https").get("/health/liveness").expect(200);

        assertThat(r.header("Strict-Transport-Security")).isEqualTo(HSTS);
        assertThat(api.with("X-Forwarded-Proto", "HTTPS").get("/api/v1/no-such-route")
                .header("Strict-Transport-Security")).isEqualTo(HSTS);
    }

    @Test
    void a_trusted_proxy_that_received_plain_http_gets_none() {
        assertThat(api.get("/health/liveness").expect(200).optionalHeader("Strict-Transport-Security")).isEmpty();
        assertThat(api.with("X-Forwarded-Proto", "http").get("/health/liveness").expect(200)
                .optionalHeader("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_other_headers_do_not_depend_on_the_proxy() {
        Api.Response r = api.with("X-Forwarded-Proto", "https").get("/releases");

        r.error(401, "AUTHENTICATION_ERROR");
        SecurityHeadersTest.assertBaseHeaders(r);
    }

    @Test
    void a_host_name_or_an_odd_address_form_among_the_trusted_proxies_stops_the_start(@TempDir Path dataDir) {
        // trust must not depend on DNS, nor on which parser reads "10" or "0x7f.1"
        for (String wrong : List.of("proxy.example.com", "0x7f.1", "10", "127.0.0.1/33")) {
            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "soundport.persistence", "memory", "micronaut.server.port", -1,
                    "soundport.jwt.secret", JWT_SECRET, "soundport.data-dir", dataDir.toString(),
                    "soundport.http.trusted-proxies", "10.0.0.0/8," + wrong)).close())
                    .as(wrong).hasStackTraceContaining("SOUNDPORT_TRUSTED_PROXIES: '" + wrong + "'");
        }
    }
}
