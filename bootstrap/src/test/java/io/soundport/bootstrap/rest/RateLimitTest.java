package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly request limits of an organization (by tier) and of an API key, on every backend. */
@RestTest.ServerProperties({"soundport.rate-limits.free=100", "soundport.rate-limits.api-key-per-hour=20"})
class RateLimitTest extends RestTest {

    @Test
    void the_101st_request_of_a_free_organization_in_an_hour_is_429_with_a_sane_retry_after() {
        Account owner = register();
        for (int i = 1; i <= 100; i++) {
            Api.Response answer = owner.api().get("/releases");
            answer.expect(200);
            assertThat(answer.header("X-RateLimit-Limit")).isEqualTo("100");
            assertThat(Long.parseLong(answer.header("X-RateLimit-Remaining"))).as("request %d", i).isEqualTo(100 - i);
        }

        Api.Response refused = owner.api().get("/releases");

        refused.error(429, "RATE_LIMIT_EXCEEDED");
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(1L, 2 * 3_600L);
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        long reset = Long.parseLong(refused.header("X-RateLimit-Reset"));
        assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + wait + 1);
        assertThat(refused.json().path("error").path("message").asText()).contains("100");
        assertThat(refused.header("X-Request-Id")).isNotBlank();
        String metrics = api.get("/metrics").expect(200).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("soundport_rate_limit_rejections_total{")
                && l.contains("limit=\"organization\"")).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))))
                .singleElement().satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(1));
    }

    @Test
    void every_answer_carries_the_headers_and_a_write_counts_like_a_read() {
        Account owner = register();

        Api.Response created = owner.api().post("/artists", Api.obj("name", "Counted"));
        Api.Response missing = owner.api().get("/releases/rel_01M84FSC94TMR98YJ6RAGBRP56");
        Api.Response invalid = owner.api().get("/releases?limit=101");

        created.expect(201);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(created.header("X-RateLimit-Remaining")).isEqualTo("99");
        assertThat(missing.header("X-RateLimit-Remaining")).isEqualTo("98");
        assertThat(invalid.header("X-RateLimit-Remaining")).isEqualTo("97");
        assertThat(Long.parseLong(created.header("X-RateLimit-Reset")))
                .isGreaterThan(Instant.now().getEpochSecond()).isLessThanOrEqualTo(Instant.now().getEpochSecond() + 3_600);
    }

    @Test
    void an_api_key_spends_its_own_limit_and_its_organizations() {
        Account owner = register();
        Api key = api.withKey(createKey(owner, "read"));
        for (int i = 0; i < 20; i++) {
            key.get("/releases").expect(200);
        }

        Api.Response refused = key.get("/releases");

        refused.error(429, "RATE_LIMIT_EXCEEDED");
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("20");
        assertThat(refused.json().path("error").path("message").asText()).contains("API key");
        Api.Response member = owner.api().get("/releases");
        member.expect(200);
        assertThat(member.header("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(Long.parseLong(member.header("X-RateLimit-Remaining")))
                .as("the key's requests counted for the organization too").isLessThanOrEqualTo(100 - 21);
    }

    @Test
    void health_checks_are_not_counted() {
        Api.Response health = api.get("/health/liveness");

        health.expect(200);
        assertThat(health.optionalHeader("X-RateLimit-Limit")).isEmpty();
    }
}
