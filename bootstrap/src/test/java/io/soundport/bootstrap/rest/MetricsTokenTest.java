package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics} with {@code SOUNDPORT_METRICS_TOKEN} set: the token, and only it, opens the metrics. */
@RestTest.ServerProperties("soundport.metrics.token=metrics-token-0123456789abcdef")
class MetricsTokenTest extends RestTest {
    private static final String TOKEN = "metrics-token-0123456789abcdef";

    @Test
    void without_the_token_even_a_loopback_client_is_refused_with_401() {
        Api.Response response = api.get("/metrics");

        response.error(401, "AUTHENTICATION_ERROR");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void a_wrong_token_a_longer_one_and_a_user_access_token_are_refused_with_401() {
        api.with("Authorization", "Bearer metrics-token-0123456789abcdeX").get("/metrics")
                .error(401, "AUTHENTICATION_ERROR");
        api.with("Authorization", "Bearer " + TOKEN + "0").get("/metrics").error(401, "AUTHENTICATION_ERROR");
        api.with("Authorization", TOKEN).get("/metrics").error(401, "AUTHENTICATION_ERROR");
        register().api().get("/metrics").error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void the_right_token_gets_the_metrics_even_through_a_proxy() {
        Api.Response response = api.with("Authorization", "Bearer " + TOKEN).with("X-Forwarded-For", "203.0.113.9")
                .get("/metrics").expect(200);

        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("soundport_queue_depth");
    }
}
