package io.soundport.application.integrations;

import io.soundport.adapters.local.AesGcmSecretCipher;
import io.soundport.adapters.local.sandbox.SandboxOAuthProvider;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.InviteMemberCommand;
import io.soundport.application.identity.Member;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConnectionServiceTest {
    private final Core core = new Core();
    private ConnectionService service;
    private Caller ada;

    @BeforeEach
    void a_registered_user() {
        service = core.connections();
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        ada = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The sandbox approves at once: its authorization URL is our callback with a code and the state. */
    private CallbackCommand cameBack(Caller who, Provider provider) {
        AuthorizationStart start = service.start(who, provider);
        assertThat(start.authorizationUrl().toString())
                .startsWith("https://soundport.example/api/v1/auth/" + provider.slug() + "/callback?");
        Map<String, String> values = query(start.authorizationUrl());
        return new CallbackCommand(provider, values.get("state"), values.get("code"), null);
    }

    private Connection connect(Caller who, Provider provider) {
        return service.complete(cameBack(who, provider));
    }

    private String tokenOf(Caller who, Provider provider) {
        return service.withAccess(who, provider, token -> token);
    }

    @Test
    void connecting_spotify_stores_the_grant_sealed_and_says_so_with_no_token_in_the_event() {
        Connection connection = connect(ada, Provider.SPOTIFY);

        assertThat(connection.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(connection.providerUserId()).isEqualTo("sandbox-listener");
        assertThat(connection.scopes()).contains("user-top-read", "user-read-recently-played");
        assertThat(connection.expiresAt()).isEqualTo(Core.T0.plus(Duration.ofHours(1)));
        assertThat(connection.sealedAccessToken()).doesNotStartWith("sandbox-");
        assertThat(connection.sealedRefreshToken()).isNotNull().doesNotStartWith("sandbox-");
        assertThat(core.spotifyOAuth.accepts(tokenOf(ada, Provider.SPOTIFY))).isTrue();
        assertThat(service.list(ada)).containsExactly(connection);

        PublishedEvent event = core.pendingEvents("integration.connected", ada.organizationId()).get(0);
        assertThat(event.data()).containsEntry("provider", "spotify").containsEntry("user_id", ada.userId().value())
                .containsEntry("provider_user_id", "sandbox-listener").containsEntry("status", "ACTIVE");
        assertThat(event.data().toString()).doesNotContain("sandbox-spotify-access").doesNotContain("sealed");
    }

    @Test
    void a_state_comes_back_once_within_ten_minutes_for_its_own_provider() {
        CallbackCommand back = cameBack(ada, Provider.SPOTIFY);
        service.complete(back);
        assertInvalid(() -> service.complete(back), "state");

        assertInvalid(() -> service.complete(new CallbackCommand(Provider.SPOTIFY, "made-up", "code", null)), "state");

        CallbackCommand late = cameBack(ada, Provider.SPOTIFY);
        core.clock.advance(Duration.ofMinutes(10));
        assertThat(assertInvalid(() -> service.complete(late), "state").getMessage()).contains("expired");

        CallbackCommand spotify = cameBack(ada, Provider.SPOTIFY);
        assertInvalid(() -> service.complete(new CallbackCommand(Provider.META, spotify.state(), spotify.code(),
                null)), "state");
        assertInvalid(() -> service.complete(spotify), "state");
    }

    @Test
    void a_user_who_declines_at_the_provider_uses_up_the_state_and_connects_nothing() {
        CallbackCommand back = cameBack(ada, Provider.META);

        assertRejected(() -> service.complete(new CallbackCommand(Provider.META, back.state(), null,
                "access_denied")), ErrorCode.AUTHORIZATION_ERROR);

        assertInvalid(() -> service.complete(back), "state");
        assertThat(service.list(ada)).isEmpty();
    }

    @Test
    void spotify_goes_through_pkce_and_a_code_with_the_wrong_verifier_is_refused() {
        AuthorizationStart start = service.start(ada, Provider.SPOTIFY);
        Map<String, String> values = query(start.authorizationUrl());

        assertThat(core.spotifyOAuth.usesPkce()).isTrue();
        GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class,
                () -> core.spotifyOAuth.exchange(new OAuthProvider.CodeExchange(values.get("code"),
                        core.oauthClients.callbackOf(Provider.SPOTIFY), "not-the-verifier")));
        assertThat(refused).hasMessageContaining("PKCE");
    }

    @Test
    void connecting_again_replaces_the_grant_of_the_same_connection() {
        Connection first = connect(ada, Provider.SPOTIFY);
        String firstToken = tokenOf(ada, Provider.SPOTIFY);

        Connection again = connect(ada, Provider.SPOTIFY);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(first.version() + 1);
        assertThat(tokenOf(ada, Provider.SPOTIFY)).isNotEqualTo(firstToken);
        assertThat(core.pendingEvents("integration.connected", ada.organizationId())).hasSize(2);
    }

    @Test
    void connections_are_the_users_own_and_need_a_signed_in_user() {
        connect(ada, Provider.SPOTIFY);
        Member bob = core.organizations().invite(ada, InviteMemberCommand.of("bob@example.com", "MEMBER", null));
        Caller asBob = Caller.member(ada.organizationId(), bob.user().id(), Role.MEMBER);

        assertThat(service.list(asBob)).isEmpty();
        assertRejected(() -> tokenOf(asBob, Provider.SPOTIFY), ErrorCode.CONFLICT);
        Caller key = core.apiKeyOf(ada, Scope.READ);
        assertRejected(() -> service.list(key), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> service.start(key, Provider.SPOTIFY), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void an_access_token_about_to_expire_is_refreshed_first_and_the_rotated_refresh_token_kept() {
        Connection connected = connect(ada, Provider.SPOTIFY);
        String before = tokenOf(ada, Provider.SPOTIFY);

        core.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        String after = tokenOf(ada, Provider.SPOTIFY);

        assertThat(after).isNotEqualTo(before);
        assertThat(core.spotifyOAuth.accepts(after)).isTrue();
        Connection refreshed = service.list(ada).get(0);
        assertThat(refreshed.version()).isEqualTo(connected.version() + 1);
        assertThat(refreshed.sealedRefreshToken()).isNotEqualTo(connected.sealedRefreshToken());
        assertThat(refreshed.expiresAt()).isEqualTo(core.clock.now().plus(Duration.ofHours(1)));
        assertThat(refreshed.connectedAt()).isEqualTo(connected.connectedAt());
        core.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        assertThat(core.spotifyOAuth.accepts(tokenOf(ada, Provider.SPOTIFY))).as("the rotated one works too").isTrue();
    }

    @Test
    void a_token_the_provider_refuses_is_refreshed_once_and_the_call_made_again() {
        connect(ada, Provider.SPOTIFY);
        String first = tokenOf(ada, Provider.SPOTIFY);
        AtomicInteger calls = new AtomicInteger();

        String used = service.withAccess(ada, Provider.SPOTIFY, token -> {
            calls.incrementAndGet();
            if (token.equals(first)) {
                throw new GrantRefusedException(Provider.SPOTIFY, "Spotify no longer accepts this access token");
            }
            return token;
        });

        assertThat(calls).hasValue(2);
        assertThat(used).isNotEqualTo(first);
        assertThat(service.list(ada).get(0).status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void a_refresh_token_the_provider_refuses_needs_a_reconnect_and_nothing_is_called_until_then() {
        connect(ada, Provider.SPOTIFY);
        // a provider that forgot every grant: the sandbox after a restart
        core.oauthClients = new OAuthClients(List.of(new SandboxOAuthProvider(Provider.SPOTIFY, core.clock),
                core.metaOAuth), URI.create("https://soundport.example/api/v1"), new AesGcmSecretCipher(new byte[32]));
        service = core.connections();
        core.clock.advance(Duration.ofHours(2));
        AtomicInteger calls = new AtomicInteger();

        assertRejected(() -> service.withAccess(ada, Provider.SPOTIFY, token -> calls.incrementAndGet()),
                ErrorCode.RECONNECT_REQUIRED);
        assertThat(service.list(ada).get(0).status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertRejected(() -> service.withAccess(ada, Provider.SPOTIFY, token -> calls.incrementAndGet()),
                ErrorCode.RECONNECT_REQUIRED);
        assertThat(calls).hasValue(0);

        connect(ada, Provider.SPOTIFY);
        assertThat(service.list(ada).get(0).status()).as("connecting again mends it").isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void a_meta_grant_has_no_refresh_so_running_out_needs_a_reconnect() {
        connect(ada, Provider.META);
        assertThat(core.metaOAuth.accepts(tokenOf(ada, Provider.META))).isTrue();

        core.clock.advance(Duration.ofDays(60));

        assertRejected(() -> tokenOf(ada, Provider.META), ErrorCode.RECONNECT_REQUIRED);
        assertThat(service.list(ada).get(0).status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
    }

    @Test
    void disconnecting_revokes_where_the_provider_can_and_deletes() {
        connect(ada, Provider.SPOTIFY);
        connect(ada, Provider.META);
        String metaToken = tokenOf(ada, Provider.META);

        service.disconnect(ada, Provider.META);
        service.disconnect(ada, Provider.SPOTIFY);

        assertThat(core.metaOAuth.accepts(metaToken)).isFalse();
        assertThat(service.list(ada)).isEmpty();
        assertThat(core.pendingEvents("integration.disconnected", ada.organizationId()))
                .extracting(e -> e.data().get("provider") + " " + e.data().get("revoked_at_provider"))
                .containsExactly("meta true", "spotify false");
        assertRejected(() -> service.disconnect(ada, Provider.META), ErrorCode.NOT_FOUND);
        assertRejected(() -> tokenOf(ada, Provider.META), ErrorCode.CONFLICT);
    }

    @Test
    void a_member_who_leaves_takes_their_connections_with_them() {
        Member bob = core.organizations().invite(ada, InviteMemberCommand.of("bob@example.com", "MEMBER", null));
        Caller asBob = Caller.member(ada.organizationId(), bob.user().id(), Role.MEMBER);
        connect(asBob, Provider.SPOTIFY);
        CallbackCommand pendingBack = cameBack(asBob, Provider.META);

        core.organizations().remove(ada, DeleteCommand.of(bob.user().id()));

        assertThat(core.store.connections().listFor(ada.organizationId(), bob.user().id())).isEmpty();
        assertRejected(() -> service.complete(pendingBack), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(core.store.connections().listFor(ada.organizationId(), bob.user().id())).isEmpty();
    }

    @Test
    void expired_authorizations_are_forgotten() {
        service.start(ada, Provider.SPOTIFY);
        core.clock.advance(Duration.ofMinutes(5));
        CallbackCommand fresh = cameBack(ada, Provider.META);
        core.clock.advance(Duration.ofMinutes(6));

        assertThat(service.forgetExpiredAuthorizations()).isEqualTo(1);
        assertThat(service.complete(fresh).provider()).isEqualTo(Provider.META);
    }
}
