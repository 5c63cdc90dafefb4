package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AuthEndpointsTest extends RestTest {

    @Test
    void registering_creates_the_user_an_organization_they_own_and_a_token_pair() {
        String email = uniqueEmail("new");
        Api.Response r = api.post("/auth/register", obj("email", email, "password", PASSWORD, "name", "Ada Lovelace",
                "organization_name", "Analytical Records"));

        r.expect(201);
        JsonNode json = r.json();
        assertThat(json.path("user").path("id").asText()).startsWith("usr_");
        assertThat(json.path("user").path("email").asText()).isEqualTo(email);
        assertThat(json.path("user").path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(json.path("user").has("password_hash")).isFalse();
        assertThat(json.path("organization").path("id").asText()).startsWith("org_");
        assertThat(json.path("organization").path("name").asText()).isEqualTo("Analytical Records");
        assertThat(json.path("role").asText()).isEqualTo("OWNER");
        assertThat(json.path("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(json.path("refresh_token").asText()).isNotBlank();
        assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.path("expires_in").asInt()).isEqualTo(900);
        assertThat(r.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void registering_with_several_invalid_fields_names_them_all_in_one_answer() {
        Api.Response r = api.post("/auth/register", obj("email", "not-an-email", "password", "short"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("email", "password", "name", "organization_name");
    }

    @Test
    void registering_an_email_that_has_an_account_is_a_conflict_on_the_email_field() {
        Account existing = register();

        Api.Response r = api.post("/auth/register", obj("email", existing.email(), "password", PASSWORD,
                "name", "Someone else", "organization_name", "Another org"));

        r.error(409, "CONFLICT");
        assertThat(r.errorFields()).containsExactly("email");
    }

    @Test
    void signing_in_with_the_right_password_gives_a_token_pair_for_the_organization() {
        Account account = register();

        Api.Response r = api.post("/auth/login", obj("email", account.email(), "password", PASSWORD));

        r.expect(200);
        assertThat(r.json().path("organization").path("id").asText()).isEqualTo(account.organizationId());
        assertThat(r.json().path("role").asText()).isEqualTo("OWNER");
        assertThat(r.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(r.json().path("expires_in").asInt()).isEqualTo(900);
        api.as(r.text("access_token")).get("/auth/profile").expect(200);
    }

    @Test
    void signing_in_with_a_wrong_password_is_an_authentication_error() {
        Account account = register();

        Api.Response r = api.post("/auth/login", obj("email", account.email(), "password", "wrong password!"));

        r.error(401, "AUTHENTICATION_ERROR");
        assertThat(r.json().has("access_token")).isFalse();
    }

    @Test
    void signing_in_with_an_unknown_email_answers_like_a_wrong_password() {
        Api.Response r = api.post("/auth/login", obj("email", uniqueEmail("nobody"), "password", PASSWORD));

        JsonNode error = r.error(401, "AUTHENTICATION_ERROR");
        assertThat(error.path("message").asText()).isEqualTo("The e-mail or the password is wrong");
    }

    @Test
    void refreshing_rotates_the_pair_and_reusing_the_old_token_revokes_the_whole_family() {
        Account account = register();

        Api.Response first = api.post("/auth/refresh", obj("refresh_token", account.refreshToken())).expect(200);
        String newer = first.text("refresh_token");
        assertThat(newer).isNotBlank().isNotEqualTo(account.refreshToken());
        api.as(first.text("access_token")).get("/auth/profile").expect(200);

        api.post("/auth/refresh", obj("refresh_token", account.refreshToken())).error(401, "AUTHENTICATION_ERROR");
        api.post("/auth/refresh", obj("refresh_token", newer)).error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void signing_out_revokes_the_refresh_token() {
        Account account = register();

        Api.Response r = api.post("/auth/logout", obj("refresh_token", account.refreshToken()));

        r.expect(204);
        assertThat(r.body()).isEmpty();
        api.post("/auth/refresh", obj("refresh_token", account.refreshToken())).error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void refreshing_without_a_token_names_the_field() {
        Api.Response r = api.post("/auth/refresh", obj("refresh_token", ""));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("refresh_token");
    }

    @Test
    void the_profile_shows_the_caller_their_organization_role_and_tier() {
        Account account = register();

        Api.Response r = account.api().get("/auth/profile");

        r.expect(200);
        assertThat(r.json().path("user").path("id").asText()).isEqualTo(account.userId());
        assertThat(r.json().path("user").path("email").asText()).isEqualTo(account.email());
        assertThat(r.json().path("organization").path("id").asText()).isEqualTo(account.organizationId());
        assertThat(r.json().path("role").asText()).isEqualTo("OWNER");
        assertThat(r.json().path("tier").asText()).isEqualTo("FREE");
    }
}
