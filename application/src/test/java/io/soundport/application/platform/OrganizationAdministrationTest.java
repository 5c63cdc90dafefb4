package io.soundport.application.platform;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.soundport.application.testing.Core.T0;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationAdministrationTest {
    private final Core core = new Core();
    private final PlatformOperators operators = new PlatformOperators(
            Set.of(Email.of("ops@soundport.example"), Email.of("ops2@soundport.example")),
            core.store.users(), core.clock);
    private final OrganizationUsage usage = new OrganizationUsage(core.store.rateLimits(), core.clock);
    private final OrganizationAdministration admin = new OrganizationAdministration(core.store.transactions(),
            core.store.organizations(), operators, usage, core.authenticator, core.events, core.audit, core.clock);
    private final Caller operator = user("ops@soundport.example", true);

    private Organization organization(String name) {
        core.clock.advance(Duration.ofSeconds(1));
        Organization org = Organization.create(OrganizationId.generate(core.ids), name, core.clock.now());
        core.store.organizations().add(org);
        return org;
    }

    private Caller user(String email, boolean verified) {
        UserId id = UserId.generate(core.ids);
        core.store.users().add(new User(id, Email.of(email), "Someone", "hash", verified, T0, T0, 1));
        return Caller.member(organization("Home of " + email).id(), id, Role.OWNER);
    }

    private AdministerOrganizationCommand command(Organization org, String tier, Boolean suspended, String reason) {
        return AdministerOrganizationCommand.of(org.id(), tier, suspended, reason, null);
    }

    @Test
    void only_an_operator_lists_or_changes_organizations() {
        Organization org = organization("Analytical Records");
        Caller owner = user("owner@label.example", true);
        Caller unverified = user("ops2@soundport.example", false); // listed, not verified

        for (Caller refused : List.of(owner, unverified, core.apiKeyOf(operator))) {
            assertRejected(() -> admin.search(refused, SearchOrganizationsQuery.of(null, null, null, null, null)),
                    ErrorCode.AUTHORIZATION_ERROR);
            assertRejected(() -> admin.update(refused, command(org, "ENTERPRISE", null, null)),
                    ErrorCode.AUTHORIZATION_ERROR);
        }
        assertThat(core.store.organizations().find(org.id()).orElseThrow().tier()).isEqualTo(Tier.FREE);
    }

    @Test
    void searches_by_name_or_id_tier_and_standing_with_the_requests_of_the_hour() {
        Organization moon = organization("Moon Records");
        Organization sun = organization("Sun Records");
        admin.update(operator, command(sun, "STARTER", true, "Chargebacks"));
        core.store.rateLimits().add(OrganizationUsage.key(moon.id()), RateLimitStore.windowStart(core.clock.now(),
                OrganizationUsage.WINDOW), OrganizationUsage.WINDOW, 42);

        List<AdministeredOrganization> records = admin.search(operator,
                SearchOrganizationsQuery.of("records", null, null, null, null)).items();
        assertThat(records).extracting(a -> a.organization().id()).containsExactly(sun.id(), moon.id());
        assertThat(records.get(1).requestsThisHour()).isEqualTo(42);

        assertThat(admin.search(operator, SearchOrganizationsQuery.of(moon.id().value(), null, null, null, null))
                .items()).extracting(a -> a.organization().id()).containsExactly(moon.id());
        assertThat(admin.search(operator, SearchOrganizationsQuery.of("records", "starter", "suspended", null, null))
                .items()).extracting(a -> a.organization().id()).containsExactly(sun.id());
        assertThat(admin.search(operator, SearchOrganizationsQuery.of("records", null, "ACTIVE", 1, null))
                .items()).extracting(a -> a.organization().id()).containsExactly(moon.id());
        assertInvalid(() -> SearchOrganizationsQuery.of(null, "GOLD", "ASLEEP", 101, null), "tier", "status", "limit");
    }

    @Test
    void a_suspension_records_its_event_and_is_seen_by_the_authenticator_at_once() {
        Organization org = organization("Analytical Records");
        assertThat(core.authenticator.organization(org.id())).get().extracting(Organization::status)
                .isEqualTo(OrganizationStatus.ACTIVE);

        Organization suspended = admin.update(operator, command(org, null, true, "Unpaid invoices")).organization();

        assertThat(suspended.suspension().by()).isEqualTo(operator.userId());
        assertThat(suspended.version()).isEqualTo(org.version() + 1);
        assertThat(core.authenticator.organization(org.id())).as("forgotten on this instance").contains(suspended);
        List<PublishedEvent> events = core.pendingEvents("organization.suspended", org.id());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).data()).containsEntry("suspension_reason", "Unpaid invoices")
                .containsEntry("status", "SUSPENDED");

        Organization reinstated = admin.update(operator, command(suspended, null, false, null)).organization();
        assertThat(reinstated.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(core.pendingEvents("organization.reinstated", org.id())).hasSize(1);
    }

    @Test
    void a_tier_change_and_a_suspension_in_one_change_raise_both_events_and_a_repeat_changes_nothing() {
        Organization org = organization("Analytical Records");

        Organization changed = admin.update(operator, command(org, "enterprise", true, "Review")).organization();
        Organization again = admin.update(operator, command(changed, "ENTERPRISE", true, "Review")).organization();

        assertThat(changed.tier()).isEqualTo(Tier.ENTERPRISE);
        assertThat(changed.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThat(core.pendingEvents("organization.tier_changed", org.id())).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("previous_tier", "FREE")
                        .containsEntry("tier", "ENTERPRISE"));
        assertThat(core.pendingEvents("organization.suspended", org.id())).hasSize(1);
        assertThat(again.version()).as("nothing to store").isEqualTo(changed.version());
    }

    @Test
    void bad_input_changes_nothing_and_a_stale_version_or_an_unknown_id_is_refused() {
        Organization org = organization("Analytical Records");

        assertInvalid(() -> command(org, "GOLD", true, null), "tier", "suspensionReason");
        assertInvalid(() -> command(org, null, false, "why"), "suspensionReason");
        assertRejected(() -> admin.update(operator, AdministerOrganizationCommand.of(org.id(), "STARTER", null, null,
                org.version() + 1)), ErrorCode.PRECONDITION_FAILED);
        assertRejected(() -> admin.update(operator, AdministerOrganizationCommand.of(
                OrganizationId.generate(core.ids), "STARTER", null, null, null)), ErrorCode.NOT_FOUND);
        assertThat(core.store.organizations().find(org.id())).contains(org);
        assertThat(core.pendingEvents()).isEmpty();
    }

    @Test
    void an_operator_acts_although_their_own_organization_is_suspended() {
        admin.update(operator, AdministerOrganizationCommand.of(operator.organizationId(), null, true, "Oops", null));

        assertThat(admin.update(operator, AdministerOrganizationCommand.of(operator.organizationId(), null, false,
                null, null)).organization().status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(usage.requestsThisHour(operator.organizationId())).isZero();
    }
}
