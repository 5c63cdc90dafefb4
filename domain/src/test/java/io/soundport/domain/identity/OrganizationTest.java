package io.soundport.domain.identity;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;
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

    private EventMeta meta(Instant at) {
        return new EventMeta(EventId.of("evt_01JDX4N8QH2K4M6P8R0T2V4X6Z"), org.id(), at, 0);
    }

    @Test
    void a_new_organization_is_active_on_the_free_tier_and_may_act() {
        assertThat(org.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(org.tier()).isEqualTo(Tier.FREE);
        org.requireActive();
    }

    @Test
    void suspending_raises_an_event_and_refuses_every_act_with_the_reason() {
        Organization.OrganizationChange change = org.suspend("Unpaid invoices", OPERATOR, meta(T1));
        Organization suspended = change.organization();

        assertThat(suspended.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThat(suspended.suspension()).isEqualTo(new Suspension(T1, OPERATOR, "Unpaid invoices"));
        assertThat(suspended.updatedAt()).isEqualTo(T1);
        assertThat(change.eventAbout(suspended)).get().isInstanceOf(OrganizationEvent.OrganizationSuspended.class)
                .extracting(e -> e.organization().status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThatThrownBy(suspended::requireActive).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ORGANIZATION_SUSPENDED);
            assertThat(e.getMessage()).contains("Unpaid invoices");
        });
    }

    @Test
    void suspending_again_only_replaces_the_reason_keeps_the_date_and_raises_nothing() {
        Organization suspended = org.suspend("Unpaid invoices", OPERATOR, T1);

        Organization.OrganizationChange again = suspended.suspend("Unpaid invoices since May", OPERATOR,
                meta(T1.plusSeconds(60)));

        assertThat(again.organization().suspension().at()).isEqualTo(T1);
        assertThat(again.organization().suspension().reason()).isEqualTo("Unpaid invoices since May");
        assertThat(again.eventAbout(again.organization())).isEmpty();
    }

    @Test
    void a_suspension_needs_a_reason() {
        assertThatThrownBy(() -> org.suspend(" ", OPERATOR, T1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }

    @Test
    void reinstating_lifts_the_suspension_with_an_event_and_an_active_organization_raises_none() {
        Organization suspended = org.suspend("Unpaid invoices", OPERATOR, T1);

        Organization.OrganizationChange change = suspended.reinstate(meta(T1.plusSeconds(5)));

        assertThat(change.organization().status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(change.organization().suspension()).isNull();
        assertThat(change.eventAbout(change.organization())).get()
                .isInstanceOf(OrganizationEvent.OrganizationReinstated.class);
        assertThat(org.reinstate(meta(T1)).eventAbout(org)).isEmpty();
    }

    @Test
    void a_tier_change_raises_an_event_with_the_previous_tier_and_the_same_tier_raises_none() {
        Organization.OrganizationChange change = org.changeTier(Tier.PROFESSIONAL, meta(T1));

        assertThat(change.organization().tier()).isEqualTo(Tier.PROFESSIONAL);
        assertThat(change.eventAbout(change.organization())).get()
                .isInstanceOfSatisfying(OrganizationEvent.OrganizationTierChanged.class,
                        e -> assertThat(e.previousTier()).isEqualTo(Tier.FREE));
        assertThat(org.changeTier(Tier.FREE, meta(T1)).eventAbout(org)).isEmpty();
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
