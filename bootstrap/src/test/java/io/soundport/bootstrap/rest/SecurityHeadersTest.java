package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer tells browsers not to sniff types nor leak the URL; answers to credentials are never stored; the
 * Swagger UI page may run its own code only and never inside a frame; HSTS only over https, which a forged
 * {@code X-Forwarded-Proto} from a peer that is no trusted proxy does not prove.
 */
@RestTest.ServerProperties("soundport.cors.allowed-origins=https://app.example.com")
class SecurityHeadersTest extends RestTest {

    static void assertBaseHeaders(Api.Response r) {
        assertThat(r.header("X-Content-Type-Options")).as("nosniff on %s", r.status()).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).as("Referrer-Policy on %s", r.status()).isEqualTo("no-referrer");
    }

    @Test
    void an_anonymous_unknown_route_and_an_anonymous_401_carry_nosniff_and_no_referrer() {
        Api.Response unknown = api.get("/api/v1/no-such-route");
        unknown.error(404, "NOT_FOUND");
        assertBaseHeaders(unknown);

        Api.Response unauthorized = api.get("/releases");
        unauthorized.error(401, "AUTHENTICATION_ERROR");
        assertBaseHeaders(unauthorized);
    }

    @Test
    void answers_to_a_token_or_an_api_key_are_never_stored_even_errors_and_304s() {
        Account owner = register();
        String release = ingest(owner, "Not for caches");

        Api.Response read = owner.api().get("/releases/" + release).expect(200);
        assertBaseHeaders(read);
        assertThat(read.header("Cache-Control")).isEqualTo("no-store");

        Api.Response notModified = owner.api().with("If-None-Match", read.header("ETag")).get("/releases/" + release);
        notModified.expect(304);
        assertThat(notModified.header("ETag")).isEqualTo(read.header("ETag"));
        assertThat(notModified.header("Cache-Control")).isEqualTo("no-store");

        Api.Response missing = owner.api().get("/releases/rel_01M84FSC94TMR98YJ6RAGBRP56");
        missing.error(404, "NOT_FOUND");
        assertBaseHeaders(missing);
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");

        Api keyed = api.withKey(createKey(owner, "read"));
        Api.Response byKey = keyed.get("/releases").expect(200);
        assertThat(byKey.header("Cache-Control")).isEqualTo("no-store");
        Api.Response refused = keyed.post("/artists", Api.obj("name", "Nope"));
        refused.error(403, "AUTHORIZATION_ERROR");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");

        // a wrong token is a presented one too: its 401 is not for caches either
        Api.Response forged = api.as("not.a.jwt").get("/releases");
        forged.error(401, "AUTHENTICATION_ERROR");
        assertThat(forged.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anonymous_api_answers_health_included_are_not_stored_either() {
        // a cached health is a wrong health, and login answers carry tokens: only the public documents may be cached
        Api.Response health = api.get("/health/liveness").expect(200);
        assertBaseHeaders(health);
        assertThat(health.header("Cache-Control")).isEqualTo("no-store");

        Api.Response badLogin = api.post("/auth/login", Api.obj("email", "nobody@example.com", "password", "wrong one!"));
        assertThat(badLogin.status()).isEqualTo(401);
        assertBaseHeaders(badLogin);
        assertThat(badLogin.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_openapi_document_and_cors_preflights_carry_nosniff_and_no_referrer() {
        Api.Response document = api.get("/openapi.yml").expect(200);
        assertBaseHeaders(document);
        assertThat(document.optionalHeader("Cache-Control")).isEmpty();

        Api.Response allowed = api.with("Origin", "https://app.example.com")
                .with("Access-Control-Request-Method", "POST").send("OPTIONS", "/releases", (byte[]) null, null);
        allowed.expect(200);
        assertBaseHeaders(allowed);

        Api.Response refused = api.with("Origin", "https://evil.example")
                .with("Access-Control-Request-Method", "POST").send("OPTIONS", "/releases", (byte[]) null, null);
        refused.error(403, "AUTHORIZATION_ERROR");
        assertBaseHeaders(refused);
    }

    @Test
    void swagger_ui_may_run_only_its_own_code_and_never_in_a_frame() throws Exception {
        Api.Response redirect = api.get("/swagger-ui");
        assertThat(redirect.status()).isBetween(301, 308);
        assertThat(redirect.header("Content-Security-Policy")).contains("frame-ancestors 'none'");

        Api.Response page = api.get("/swagger-ui/index.html").expect(200);
        assertBaseHeaders(page);
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-eval", "*");
        String scriptSrc = directive(csp, "script-src");
        assertThat(scriptSrc).contains("'self'").doesNotContain("unsafe-inline");

        // the page boots from one inline script: the policy lets exactly that script run, by its hash
        Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(inline.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(scriptSrc).contains("'sha256-" + hash + "'");

        // with nosniff, browsers run scripts and apply styles only when served with their own types
        Api.Response script = api.get("/swagger-ui/res/swagger-ui-bundle.js").expect(200);
        assertBaseHeaders(script);
        assertThat(script.header("Content-Type")).matches("(application|text)/javascript.*");
        Api.Response style = api.get("/swagger-ui/res/swagger-ui.css").expect(200);
        assertThat(style.header("Content-Type")).startsWith("text/css");
    }

    @Test
    void api_answers_carry_no_content_security_policy_of_the_ui() {
        assertThat(api.get("/health/liveness").optionalHeader("X-Frame-Options")).isEmpty();
    }

    @Test
    void hsts_is_absent_over_plain_http_and_with_a_forwarded_proto_from_a_peer_that_is_no_trusted_proxy() {
        assertThat(api.get("/health/liveness").expect(200).optionalHeader("Strict-Transport-Security")).isEmpty();

        Api.Response forged = api.with("X-Forwarded-Proto", "https").get("/health/liveness").expect(200);
        assertThat(forged.optionalHeader("Strict-Transport-Security")).isEmpty();
        Api.Response forgedToo = api.with("Forwarded", "proto=https").get("/health/liveness").expect(200);
        assertThat(forgedToo.optionalHeader("Strict-Transport-Security")).isEmpty();
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError(name + " missing from " + csp);
    }
}
