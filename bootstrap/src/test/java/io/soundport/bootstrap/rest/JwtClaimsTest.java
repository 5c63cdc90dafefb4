package io.soundport.bootstrap.rest;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access tokens signed with the server's own HS256 secret are still refused unless their claims are Soundport's:
 * an expiry, a not-before already reached (60 s of clock skew allowed), Soundport as issuer, the API as audience.
 */
class JwtClaimsTest extends RestTest {

    @Test
    void a_token_with_all_of_soundports_claims_is_accepted() throws Exception {
        Account account = register();

        accepted(sign(account, claims -> claims));
    }

    @Test
    void a_token_minted_by_login_carries_issuer_audience_expiry_issued_at_and_not_before_and_is_accepted() throws Exception {
        Account registered = register();
        Account account = login(registered.email(), registered.organizationId());

        JWTClaimsSet claims = SignedJWT.parse(account.accessToken()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("soundport");
        assertThat(claims.getAudience()).containsExactly("soundport-api");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getNotBeforeTime()).isNotNull();
        account.api().get("/auth/profile").expect(200);
    }

    @Test
    void a_token_without_an_expiry_is_an_authentication_error() throws Exception {
        Account account = register();

        refused(account, sign(account, claims -> claims.expirationTime(null)));
    }

    @Test
    void a_token_not_valid_for_another_ten_minutes_is_an_authentication_error() throws Exception {
        Account account = register();
        Instant now = Instant.now();

        refused(account, sign(account, claims -> claims
                .notBeforeTime(Date.from(now.plusSeconds(600))).expirationTime(Date.from(now.plusSeconds(1200)))));
    }

    @Test
    void a_token_valid_thirty_seconds_from_now_is_accepted_as_clock_skew() throws Exception {
        Account account = register();

        accepted(sign(account, claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(30)))));
    }

    @Test
    void a_token_of_a_foreign_issuer_is_an_authentication_error() throws Exception {
        Account account = register();

        refused(account, sign(account, claims -> claims.issuer("https://evil.example.com/soundport")));
        refused(account, sign(account, claims -> claims.issuer("not-soundport")));
        refused(account, sign(account, claims -> claims.issuer(null)));
    }

    @Test
    void a_token_without_an_audience_or_for_another_audience_is_an_authentication_error() throws Exception {
        Account account = register();

        refused(account, sign(account, claims -> claims.audience((List<String>) null)));
        refused(account, sign(account, claims -> claims.audience("another-api")));
        refused(account, sign(account, claims -> claims.audience("soundport-api-staging")));
    }

    private static void accepted(String token) {
        api.as(token).get("/auth/profile").expect(200);
    }

    private static void refused(Account account, String token) {
        Api.Response response = api.as(token).get("/auth/profile");
        response.error(401, "AUTHENTICATION_ERROR");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer realm=\"soundport\"");
        assertThat(account.accessToken()).isNotEqualTo(token);
    }

    /** An access token as the server mints them, signed with the same HS256 secret, with claims changed. */
    private static String sign(Account account, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(account.userId())
                .claim("org", account.organizationId())
                .issuer("soundport")
                .audience("soundport-api")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
