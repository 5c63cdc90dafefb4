package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connecting Spotify and Meta over HTTP, on the sandbox providers (the server's default without client ids): the
 * sandbox approves at once, so its authorization URL is the server's own callback with a code and the state.
 */
class IntegrationEndpointsTest extends RestTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** Where the sandbox sends the browser: the callback, as a path on this server. */
    private static String callbackOf(Account account, String provider) {
        JsonNode start = account.api().get("/auth/" + provider + "/connect").expect(200).json();
        assertThat(start.path("provider").asText()).isEqualTo(provider);
        assertThat(start.path("expires_at").asText()).isNotEmpty();
        URI url = URI.create(start.path("authorization_url").asText());
        assertThat(url.getPath()).isEqualTo("/api/v1/auth/" + provider + "/callback");
        assertThat(url.getRawQuery()).contains("code=").contains("state=");
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    @Test
    void a_user_connects_spotify_through_the_callback_and_sees_it_without_any_token() {
        Account owner = register();

        // curl sends Accept: */*, which a browser's text/html page is not meant for
        JsonNode connected = api.with("Accept", "*/*").get(callbackOf(owner, "spotify")).expect(200).json();

        assertThat(connected.path("provider").asText()).isEqualTo("spotify");
        assertThat(connected.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(connected.path("provider_user_id").asText()).isEqualTo("sandbox-listener");
        JsonNode list = owner.api().get("/auth/integrations").expect(200).json().path("data");
        assertThat(list).hasSize(1);
        JsonNode connection = list.get(0);
        assertThat(Api.Response.fieldNames(connection)).containsExactlyInAnyOrder("id", "provider", "status",
                "scopes", "provider_user_id", "connected_at", "updated_at");
        assertThat(connection.path("id").asText()).startsWith("con_").isEqualTo(connected.path("id").asText());
        assertThat(connection.path("scopes").toString()).contains("user-top-read", "user-read-recently-played");
        assertThat(connection.toString()).doesNotContain("sandbox-spotify-access").doesNotContain("token");
    }

    @Test
    void a_state_comes_back_once_and_a_made_up_one_never() {
        Account owner = register();
        String callback = callbackOf(owner, "meta");
        api.get(callback).expect(200);

        assertThat(api.get(callback).errorFields()).containsExactly("state");
        assertThat(api.get("/auth/meta/callback?state=made-up&code=x").errorFields()).containsExactly("state");
        assertThat(api.get("/auth/meta/callback?code=x").errorFields()).containsExactly("state");
        assertThat(api.get("/auth/myspace/callback?state=s&code=x").errorFields()).containsExactly("provider");
    }

    @Test
    void a_browser_lands_on_a_small_page_that_says_what_happened_and_runs_nothing() {
        Account owner = register();

        Api.Response page = api.with("Accept", BROWSER).get(callbackOf(owner, "spotify")).expect(200);

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Spotify connected").contains("sandbox-listener");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).contains("no-store");

        Api.Response refused = api.with("Accept", BROWSER)
                .get("/auth/spotify/callback?state=%3Cscript%3Ealert(1)%3C/script%3E&code=x");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Spotify was not connected").contains("VALIDATION_ERROR")
                .doesNotContain("<script>");
    }

    @Test
    void a_user_who_declines_at_the_provider_is_told_so_and_nothing_is_connected() {
        Account owner = register();
        String callback = callbackOf(owner, "spotify");
        String state = callback.replaceAll(".*[?&]state=([^&]+).*", "$1");

        api.get("/auth/spotify/callback?state=" + state + "&error=access_denied").error(403, "AUTHORIZATION_ERROR");

        assertThat(owner.api().get("/auth/integrations").expect(200).json().path("data")).isEmpty();
        assertThat(api.get(callback).errorFields()).as("the state is used up").containsExactly("state");
    }

    @Test
    void connect_can_redirect_the_browser_itself() {
        Account owner = register();

        Api.Response redirect = owner.api().get("/auth/spotify/connect?redirect=true").expect(302);

        assertThat(redirect.header("Location")).contains("/api/v1/auth/spotify/callback?code=");
    }

    @Test
    void disconnecting_deletes_the_connection_and_twice_is_not_found() {
        Account owner = register();
        api.get(callbackOf(owner, "spotify")).expect(200);
        api.get(callbackOf(owner, "meta")).expect(200);

        owner.api().delete("/auth/integrations/meta").expect(204);

        JsonNode left = owner.api().get("/auth/integrations").expect(200).json().path("data");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).path("provider").asText()).isEqualTo("spotify");
        owner.api().delete("/auth/integrations/meta").error(404, "NOT_FOUND");
        assertThat(owner.api().delete("/auth/integrations/myspace").errorFields()).containsExactly("provider");
    }

    @Test
    void connections_are_a_persons_own_not_an_api_keys_nor_a_colleagues() {
        Account owner = register();
        api.get(callbackOf(owner, "spotify")).expect(200);
        Account colleague = member(owner, "MEMBER");
        Api key = api.withKey(createKey(owner, "read"));

        assertThat(colleague.api().get("/auth/integrations").expect(200).json().path("data")).isEmpty();
        colleague.api().delete("/auth/integrations/spotify").error(404, "NOT_FOUND");
        key.get("/auth/integrations").error(403, "AUTHORIZATION_ERROR");
        key.get("/auth/spotify/connect").error(403, "AUTHORIZATION_ERROR");
        api.get("/auth/integrations").error(401, "AUTHENTICATION_ERROR");
        api.get("/auth/spotify/connect").error(401, "AUTHENTICATION_ERROR");
    }
}
