package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
