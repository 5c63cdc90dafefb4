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

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationFailuresTest extends RestTest {

    @Test
    void a_request_without_credentials_is_an_authentication_error_that_says_how_to_authenticate() {
        Api.Response response = api.get("/releases");
        response.error(401, "AUTHENTICATION_ERROR");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer realm=\"soundport\"");
    }

    @Test
    void a_token_signed_with_the_right_key_for_the_right_member_is_accepted() throws Exception {
        Account account = register();

        String token = sign(account, Instant.now().plusSeconds(600));

        api.as(token).get("/auth/profile").expect(200);
    }

    @Test
    void an_expired_token_is_an_authentication_error() throws Exception {
        Account account = register();

        String token = sign(account, Instant.now().minusSeconds(60));

        api.as(token).get("/auth/profile").error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void a_token_with_a_tampered_signature_is_an_authentication_error() {
        Account account = register();
        String token = account.accessToken();
        int i = token.length() - 5;
        String tampered = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);

        api.as(tampered).get("/auth/profile").error(401, "AUTHENTICATION_ERROR");
        api.as(token).get("/auth/profile").expect(200);
    }

    @Test
    void an_unknown_api_key_is_an_authentication_error() {
        api.withKey("sp_live_thisKeyWasNeverIssuedByAnyoneAtAll0000").get("/releases")
                .error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void a_revoked_api_key_stops_working_within_seconds() throws Exception {
        Account owner = register();
        String app = createApp(owner);
        Api.Response issued = owner.api().post("/apps/" + app + "/api-keys",
                obj("name", "soon revoked", "scopes", List.of("read"))).expect(201);
        Api withKey = api.withKey(issued.text("key"));
        withKey.get("/releases").expect(200);

        owner.api().delete("/apps/" + app + "/api-keys/" + issued.id()).expect(204);

        Api.Response r = withKey.get("/releases");
        for (Instant deadline = Instant.now().plusSeconds(6); r.status() != 401 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            r = withKey.get("/releases");
        }
        r.error(401, "AUTHENTICATION_ERROR");
    }

    /** An access token as the server mints them, signed with the same HS256 secret. */
    private static String sign(Account account, Instant expiresAt) throws Exception {
        Instant issuedAt = expiresAt.minusSeconds(900);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(account.userId())
                .claim("org", account.organizationId())
                .issuer("soundport")
                .audience("soundport-api")
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        String token = jwt.serialize();
        assertThat(token).isNotEqualTo(account.accessToken());
        return token;
    }
}
