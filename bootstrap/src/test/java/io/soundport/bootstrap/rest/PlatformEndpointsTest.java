package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformEndpointsTest extends RestTest {

    @Test
    void health_liveness_and_readiness_answer_up_without_credentials() {
        Api.Response health = api.get("/health").expect(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.json().path("checks").path("database").asText()).isEqualTo("UP");

        assertThat(api.get("/health/liveness").expect(200).text("status")).isEqualTo("UP");

        Api.Response ready = api.get("/health/readiness").expect(200);
        assertThat(ready.text("status")).isEqualTo("UP");
        assertThat(ready.json().path("checks").path("database").asText()).isEqualTo("UP");
    }

    @Test
    void the_openapi_document_is_served_as_yaml_and_describes_the_releases() {
        Api.Response r = api.get("/openapi.yml").expect(200);

        assertThat(r.header("Content-Type")).startsWith("application/yaml");
        assertThat(r.body()).startsWith("openapi: 3").contains("/api/v1/releases:").contains("/api/v1/auth/register:");
    }

    @Test
    void swagger_ui_redirects_to_its_page_which_is_served() {
        Api.Response redirect = api.get("/swagger-ui");

        assertThat(redirect.status()).isBetween(301, 308);
        assertThat(redirect.header("Location")).isEqualTo("/swagger-ui/index.html");

        Api.Response page = api.get("/swagger-ui/index.html").expect(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("swagger");
    }
}
