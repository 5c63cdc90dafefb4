package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final UserId OPERATOR = UserId.of("usr_01JDX4N8Q3C6E8G0J2L4N6Q8S1");
    private final Organization org = Organization.create(OrganizationId.of("org_01JDX4N8Q3C6E8G0J2L4N6Q8S0"),
            "Analytical Records", T0);

    @Test
    void a_new_organization_is_active_on_the_free_tier_and_may_act() {
        assertThat(org.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(org.tier()).isEqualTo(Tier.FREE);
        org.requireActive();
    }

    @Test
    void a_suspended_organization_refuses_every_act_with_the_operator_s_reason() {
        Organization suspended = org.suspend("Unpaid invoices", OPERATOR, T1);

        assertThat(suspended.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThat(suspended.suspension()).isEqualTo(new Suspension(T1, OPERATOR, "Unpaid invoices"));
        assertThat(suspended.updatedAt()).isEqualTo(T1);
        assertThatThrownBy(suspended::requireActive).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ORGANIZATION_SUSPENDED);
            assertThat(e.getMessage()).contains("Unpaid invoices");
        });
    }

    @Test
    void suspending_again_replaces_the_reason_keeps_the_date_and_the_same_reason_changes_nothing() {
        Organization suspended = org.suspend("Unpaid invoices", OPERATOR, T1);

        Organization again = suspended.suspend("Unpaid invoices since May", OPERATOR, T1.plusSeconds(60));

        assertThat(again.suspension().at()).isEqualTo(T1);
        assertThat(again.suspension().reason()).isEqualTo("Unpaid invoices since May");
        assertThat(again.suspend("Unpaid invoices since May", OPERATOR, T1.plusSeconds(90))).isSameAs(again);
    }

    @Test
    void a_suspension_needs_a_reason() {
        assertThatThrownBy(() -> org.suspend(" ", OPERATOR, T1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }

    @Test
    void reinstating_lifts_the_suspension_and_an_active_organization_stays_the_same() {
        Organization reinstated = org.suspend("Unpaid invoices", OPERATOR, T1).reinstate(T1.plusSeconds(5));

        assertThat(reinstated.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(reinstated.suspension()).isNull();
        assertThat(reinstated.updatedAt()).isEqualTo(T1.plusSeconds(5));
        assertThat(org.reinstate(T1)).isSameAs(org);
    }

    @Test
    void a_new_tier_changes_the_organization_and_the_same_tier_does_not() {
        assertThat(org.withTier(Tier.PROFESSIONAL, T1).tier()).isEqualTo(Tier.PROFESSIONAL);
        assertThat(org.withTier(Tier.FREE, T1)).isSameAs(org);
    }

    @Test
    void a_tier_is_parsed_in_any_case_and_an_unknown_one_lists_the_tiers() {
        assertThat(Tier.parse(" starter ", "tier")).isEqualTo(Tier.STARTER);
        assertThatThrownBy(() -> Tier.parse("GOLD", "tier")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).contains("FREE, STARTER, PROFESSIONAL, ENTERPRISE"));
    }

    @Test
    void the_filter_matches_a_name_part_in_any_case_or_the_exact_id_with_tier_and_status() {
        assertThat(new OrganizationFilter("analytical", null, null).matches(org)).isTrue();
        assertThat(new OrganizationFilter(org.id().value(), null, null).matches(org)).isTrue();
        assertThat(new OrganizationFilter("org_01JDX4", null, null).matches(org)).as("ids match whole").isFalse();
        assertThat(new OrganizationFilter(null, Tier.FREE, OrganizationStatus.ACTIVE).matches(org)).isTrue();
        assertThat(new OrganizationFilter(null, Tier.STARTER, null).matches(org)).isFalse();
        assertThat(new OrganizationFilter(null, null, OrganizationStatus.SUSPENDED).matches(org)).isFalse();
    }
}
