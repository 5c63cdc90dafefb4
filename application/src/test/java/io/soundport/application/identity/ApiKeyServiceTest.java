package io.soundport.application.identity;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Secrets;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.soundport.application.testing.Core.T0;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyServiceTest {
    private final Core core = new Core();
    private final ApiKeyService keys = core.apiKeys();
    private final Authenticator authenticator = core.authenticator;
    private final Caller admin = core.member(Role.ADMIN);
    private final Application app = core.applications().create(admin,
            CreateApplicationCommand.of("Partner portal", "dev@partner.example", "partner.example"));

    private IssuedApiKey create(List<String> scopes, Instant expiresAt) {
        return keys.create(admin, CreateApiKeyCommand.of(app.id(), "CI", scopes, expiresAt, core.clock.now()));
    }

    private IssuedApiKey create() {
        return create(List.of("read", "write"), null);
    }

    private ApiKey stored(IssuedApiKey issued) {
        return core.store.apiKeys().find(admin.organizationId(), issued.key().id()).orElseThrow();
    }

    @Test
    void a_created_key_authenticates_as_its_organization_with_its_scopes() {
        IssuedApiKey issued = create();

        Caller caller = authenticator.apiKey(issued.plaintext()).orElseThrow();

        assertThat(caller.organizationId()).isEqualTo(admin.organizationId());
        assertThat(caller.apiKeyId()).isEqualTo(issued.key().id());
        assertThat(caller.isUser()).isFalse();
        assertThat(caller.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
    }

    @Test
    void the_key_is_shown_once_and_stored_only_as_its_hash() {
        IssuedApiKey issued = create();

        assertThat(issued.plaintext()).startsWith("sp_live_").hasSize("sp_live_".length() + 43);
        assertThat(issued.key().prefix()).isEqualTo(issued.plaintext().substring(0, 14));
        assertThat(stored(issued).keyHash()).isEqualTo(Secrets.sha256Hex(issued.plaintext()))
                .doesNotContain(issued.plaintext());
        assertThat(issued.toString()).doesNotContain(issued.plaintext());
        assertThat(create().plaintext()).isNotEqualTo(issued.plaintext());
    }

    @Test
    void a_revoked_key_stops_at_once_on_this_instance() {
        IssuedApiKey issued = create();
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();

        keys.revoke(admin, app.id(), issued.key().id());

        assertThat(authenticator.apiKey(issued.plaintext())).isEmpty();
        assertThat(stored(issued).revokedAt()).isEqualTo(T0);
    }

    @Test
    void a_key_revoked_behind_this_instance_stops_within_five_seconds() {
        IssuedApiKey issued = create();
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();

        // another instance revokes it: this one is not told
        core.store.apiKeys().revoke(admin.organizationId(), issued.key().id(), core.clock.now());

        core.clock.advance(Duration.ofMillis(4_999));
        assertThat(authenticator.apiKey(issued.plaintext())).as("still cached within the bound").isPresent();
        core.clock.advance(Duration.ofMillis(2));
        assertThat(authenticator.apiKey(issued.plaintext())).as("past the bound").isEmpty();
    }

    @Test
    void an_expired_key_fails_even_while_cached() {
        IssuedApiKey issued = create(List.of("read"), T0.plus(Duration.ofHours(1)));
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();

        core.clock.advance(Duration.ofHours(1));

        assertThat(authenticator.apiKey(issued.plaintext())).isEmpty();
        assertThat(keys.verify(issued.plaintext()).valid()).isFalse();
    }

    @Test
    void verify_answers_the_same_for_unknown_revoked_and_expired_keys() {
        IssuedApiKey valid = create();
        IssuedApiKey revoked = create();
        IssuedApiKey expired = create(List.of("read"), T0.plusSeconds(60));
        keys.revoke(admin, app.id(), revoked.key().id());
        core.clock.advance(Duration.ofSeconds(60));

        KeyVerification unknownAnswer = keys.verify("sp_live_" + "x".repeat(43));
        KeyVerification revokedAnswer = keys.verify(revoked.plaintext());
        KeyVerification expiredAnswer = keys.verify(expired.plaintext());

        assertThat(unknownAnswer.valid()).isFalse();
        assertThat(revokedAnswer).isEqualTo(unknownAnswer).isEqualTo(expiredAnswer);
        assertThat(keys.verify(null)).isEqualTo(unknownAnswer);
        assertThat(keys.verify(valid.plaintext()).key())
                .hasValueSatisfying(k -> assertThat(k.id()).isEqualTo(valid.key().id()));
    }

    @Test
    void last_used_at_is_written_at_most_once_a_minute() {
        IssuedApiKey issued = create();
        assertThat(stored(issued).lastUsedAt()).isNull();

        authenticator.apiKey(issued.plaintext());
        assertThat(stored(issued).lastUsedAt()).isEqualTo(T0);

        core.clock.advance(Duration.ofSeconds(30)); // past the cache, within the minute
        authenticator.apiKey(issued.plaintext());
        assertThat(stored(issued).lastUsedAt()).isEqualTo(T0);

        core.clock.advance(Duration.ofSeconds(31)); // 61 s after the last write
        authenticator.apiKey(issued.plaintext());
        assertThat(stored(issued).lastUsedAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void a_revoked_key_is_not_marked_as_used() {
        IssuedApiKey issued = create();
        keys.revoke(admin, app.id(), issued.key().id());

        assertThat(authenticator.apiKey(issued.plaintext())).isEmpty();
        assertThat(stored(issued).lastUsedAt()).isNull();
    }

    @Test
    void deleting_the_application_stops_its_keys_at_once() {
        IssuedApiKey issued = create();
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();

        core.applications().delete(admin, DeleteCommand.of(app.id()));

        assertThat(authenticator.apiKey(issued.plaintext())).isEmpty();
    }

    @Test
    void only_managers_create_keys() {
        Caller member = core.colleague(admin, Role.MEMBER);

        assertRejected(() -> keys.create(member, CreateApiKeyCommand.of(app.id(), "CI", List.of("read"), null, T0)),
                ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void a_key_needs_an_application_of_the_callers_organization() {
        Caller stranger = core.member(Role.OWNER);
        CreateApiKeyCommand command = CreateApiKeyCommand.of(app.id(), "CI", List.of("read"), null, T0);
        CreateApiKeyCommand unknownApp = CreateApiKeyCommand.of(ApplicationId.generate(core.ids), "CI", List.of("read"),
                null, T0);

        assertRejected(() -> keys.create(stranger, command), ErrorCode.NOT_FOUND);
        assertRejected(() -> keys.create(admin, unknownApp), ErrorCode.NOT_FOUND);
    }

    @Test
    void a_key_is_revoked_only_through_its_own_application() {
        IssuedApiKey issued = create();
        Application other = core.applications().create(admin, CreateApplicationCommand.of("Other", null, null));

        assertRejected(() -> keys.revoke(admin, other.id(), issued.key().id()), ErrorCode.NOT_FOUND);
        assertThat(authenticator.apiKey(issued.plaintext())).isPresent();
    }

    @Test
    void a_key_cannot_expire_in_the_past_by_the_services_clock() {
        // commands checked against an earlier "now" than the service's: the service's clock decides
        Instant earlier = core.clock.now().minus(Duration.ofHours(1));

        assertInvalid(() -> keys.create(admin, CreateApiKeyCommand.of(app.id(), "CI", List.of("read"),
                core.clock.now().minusSeconds(1), earlier)), "expiresAt");
        assertInvalid(() -> keys.create(admin, CreateApiKeyCommand.of(app.id(), "CI", List.of("read"),
                core.clock.now(), earlier)), "expiresAt");
    }

    @Test
    void a_key_command_reports_every_bad_field() {
        assertInvalid(() -> CreateApiKeyCommand.of(app.id(), " ", List.of("read", "delete"), T0.minusSeconds(1), T0),
                "name", "scopes", "expiresAt");
        assertInvalid(() -> CreateApiKeyCommand.of(app.id(), "CI", List.of(), null, T0), "scopes");
    }
}
