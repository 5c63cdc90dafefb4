package io.soundport.application.platform;

import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.identity.LoginCommand;
import io.soundport.application.identity.LogoutCommand;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogServiceTest {
    private static final String PASSWORD = "correct horse battery";
    private final Core core = new Core();
    private final PlatformOperators operators = new PlatformOperators(List.of(Email.of("ops@label.example")),
            core.store.users(), core.clock);
    private final AuditLogService audit = new AuditLogService(core.store.auditLog(), operators);

    private static ListAuditQuery all() {
        return ListAuditQuery.of(null, null, null, null, null, null, null, null, null);
    }

    @Test
    void a_use_case_records_who_did_what_to_which_resource_from_where() {
        Caller owner = core.member(Role.OWNER).from(new Origin("203.0.113.7", "sdk/1", "req_1"));

        Artist artist = core.artists().create(owner, CreateArtistCommand.of("Burial", null, null));

        AuditEntry entry = audit.list(owner, all()).items().get(0);
        assertThat(entry.action()).isEqualTo("artist.created");
        assertThat(entry.resourceType()).isEqualTo("artist");
        assertThat(entry.resourceId()).isEqualTo(artist.id().value());
        assertThat(entry.actor()).isEqualTo(new AuditEntry.Actor(AuditEntry.Kind.USER, owner.userId().value()));
        assertThat(entry.organizationId()).isEqualTo(owner.organizationId());
        assertThat(entry.occurredAt()).isEqualTo(core.clock.now());
        assertThat(entry.origin()).isEqualTo(owner.origin());
    }

    @Test
    void a_refused_change_records_nothing() {
        Caller viewer = core.member(Role.VIEWER);

        assertRejected(() -> core.artists().create(viewer, CreateArtistCommand.of("Burial", null, null)),
                ErrorCode.AUTHORIZATION_ERROR);

        assertThat(core.store.auditLog().list(all().filter(), all().page()).items()).isEmpty();
    }

    @Test
    void sign_up_sign_in_and_sign_out_are_recorded_under_the_user_they_concern() {
        Origin origin = new Origin("198.51.100.1", "browser", "req_2");
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", "Label"),
                origin);
        core.auth().login(LoginCommand.of("ada@example.com", PASSWORD, null), origin);
        core.auth().logout(LogoutCommand.of(session.refreshToken()), origin);
        Caller owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);

        List<AuditEntry> entries = audit.list(owner, all()).items();

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("user.registered", "user.signed_in", "user.signed_out");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.resourceId()).isEqualTo(session.user().id().value());
            assertThat(e.actor().id()).isEqualTo(session.user().id().value());
            assertThat(e.origin()).isEqualTo(origin);
        });
    }

    @Test
    void owners_admins_and_admin_keys_read_the_log_members_and_other_keys_do_not() {
        Caller owner = core.member(Role.OWNER);

        assertThat(audit.list(core.colleague(owner, Role.ADMIN), all()).items()).isEmpty();
        assertThat(audit.list(core.apiKeyOf(owner, Scope.ADMIN), all()).items()).isEmpty();
        assertRejected(() -> audit.list(core.colleague(owner, Role.MEMBER), all()), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> audit.list(core.apiKeyOf(owner, Scope.WRITE), all()), ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> audit.listAll(owner, all()), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void an_organization_reads_only_its_own_entries_whatever_organization_the_query_names() {
        Caller one = core.member(Role.OWNER);
        Caller two = core.member(Role.OWNER);
        core.artists().create(two, CreateArtistCommand.of("Elsewhere", null, null));

        ListAuditQuery naming = ListAuditQuery.of(two.organizationId().value(), null, null, null, null, null, null,
                null, null);

        assertThat(audit.list(one, naming).items()).isEmpty();
        assertThat(audit.list(two, naming).items()).hasSize(1);
    }

    @Test
    void a_query_reports_every_invalid_parameter_at_once() {
        assertInvalid(() -> ListAuditQuery.of("nope", "bob", "Release", "", "updated", "yesterday", "later", 0,
                "x"), "organizationId", "actor", "resourceType", "action", "since", "until", "limit", "cursor");
        assertInvalid(() -> ListAuditQuery.of(null, null, null, null, null, "2026-02-01T00:00:00Z",
                "2026-01-01T00:00:00+01:00", null, null), "until");
        ListAuditQuery ok = ListAuditQuery.of(null, "key_1", "api_key", "key_1", "api_key.revoked",
                "2026-01-01T00:00:00Z", "2026-02-01T01:00:00+01:00", 5, null);
        assertThat(ok.filter().until()).isEqualTo(java.time.Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(ok.page().limit()).isEqualTo(5);
    }
}
