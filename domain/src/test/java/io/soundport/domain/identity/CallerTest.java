package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static io.soundport.domain.testing.DomainFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {
    private static final UserId USER = UserId.of("usr_01HZX0000000000000000000U1");
    private static final ApiKeyId KEY = ApiKeyId.of("key_01HZX0000000000000000000K1");

    @Test
    void a_viewer_can_read_but_cannot_write() {
        Caller viewer = Caller.member(ORG, USER, Role.VIEWER);

        assertThat(viewer.can(Permission.READ)).isTrue();
        assertThat(viewer.can(Permission.WRITE)).isFalse();
        DomainException e = assertRejected(() -> viewer.require(Permission.WRITE), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(e.getMessage()).contains("VIEWER").contains("write");
    }

    @Test
    void roles_grant_permissions_from_owner_down_to_viewer() {
        assertThat(Caller.member(ORG, USER, Role.OWNER).permissions()).isEqualTo(EnumSet.allOf(Permission.class));
        assertThat(Caller.member(ORG, USER, Role.ADMIN).permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.WRITE, Permission.MANAGE);
        assertThat(Caller.member(ORG, USER, Role.MEMBER).permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
        assertThat(Caller.member(ORG, USER, Role.VIEWER).permissions()).containsExactly(Permission.READ);
    }

    @Test
    void an_admin_cannot_do_what_only_an_owner_may() {
        Caller admin = Caller.member(ORG, USER, Role.ADMIN);

        assertThatCode(() -> admin.require(Permission.MANAGE)).doesNotThrowAnyException();
        assertRejected(() -> admin.require(Permission.OWN), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void api_key_scopes_map_to_permissions_and_every_scope_can_read() {
        assertThat(Caller.apiKey(ORG, KEY, Set.of(Scope.READ)).permissions()).containsExactly(Permission.READ);
        assertThat(Caller.apiKey(ORG, KEY, Set.of(Scope.WRITE)).permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
        assertThat(Caller.apiKey(ORG, KEY, Set.of(Scope.ADMIN)).permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.MANAGE);
    }

    @Test
    void an_api_key_never_owns_the_organization() {
        Caller key = Caller.apiKey(ORG, KEY, EnumSet.allOf(Scope.class));

        assertThat(key.can(Permission.OWN)).isFalse();
        assertThat(key.role()).isNull();
    }

    @Test
    void a_read_only_key_is_refused_writes_naming_the_missing_scope() {
        Caller key = Caller.apiKey(ORG, KEY, Set.of(Scope.READ));

        DomainException e = assertRejected(() -> key.require(Permission.WRITE), ErrorCode.AUTHORIZATION_ERROR);
        assertThat(e.getMessage()).contains("(write)");
        assertThat(assertRejected(() -> key.require(Permission.MANAGE), ErrorCode.AUTHORIZATION_ERROR).getMessage())
                .contains("(admin)");
    }

    @Test
    void only_a_signed_in_user_passes_require_user() {
        assertThat(Caller.member(ORG, USER, Role.VIEWER).requireUser()).isEqualTo(USER);
        assertRejected(() -> Caller.apiKey(ORG, KEY, Set.of(Scope.ADMIN)).requireUser(), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void is_either_a_user_or_an_api_key() {
        assertThatThrownBy(() -> new Caller(ORG, USER, KEY, Role.OWNER, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller(ORG, null, null, Role.OWNER, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_caller_key_tells_users_and_api_keys_apart() {
        assertThat(Caller.member(ORG, USER, Role.OWNER).key()).isEqualTo(ORG + "/" + USER);
        assertThat(Caller.apiKey(ORG, KEY, Set.of(Scope.READ)).key()).isEqualTo(ORG + "/" + KEY);
    }

    @Test
    void parses_roles_and_scopes_in_any_case() {
        assertThat(Role.parse(" admin ")).isEqualTo(Role.ADMIN);
        assertInvalid(() -> Role.parse("superuser"), "role");
        assertInvalid(() -> Role.parse(""), "role");
        assertThat(Scope.parse("WRITE")).isEqualTo(Scope.WRITE);
        assertInvalid(() -> Scope.parse("delete"), "scopes");
        assertInvalid(() -> Scope.parse(null), "scopes");
    }
}
