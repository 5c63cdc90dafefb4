package io.soundport.domain.platform;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationEventTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final UserId OPERATOR = UserId.of("usr_01JDX4N8Q3C6E8G0J2L4N6Q8S1");
    private final Organization org = Organization.create(OrganizationId.of("org_01JDX4N8Q3C6E8G0J2L4N6Q8S0"),
            "Analytical Records", T0);
    private final AtomicInteger issued = new AtomicInteger();
    private final Supplier<EventMeta> meta = () -> new EventMeta(
            EventId.of("evt_" + issued.incrementAndGet()), org.id(), T0, 0);

    @Test
    void a_new_tier_and_a_suspension_raise_one_event_each_with_fresh_ids() {
        Organization after = org.withTier(Tier.ENTERPRISE, T0).suspend("Review", OPERATOR, T0);

        List<OrganizationEvent> events = OrganizationEvent.raisedBy(org, after, meta);

        assertThat(events).extracting(OrganizationEvent::type)
                .containsExactly("organization.tier_changed", "organization.suspended");
        assertThat(events).extracting(e -> e.id().value()).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> assertThat(e.organization()).isSameAs(after));
        assertThat(((OrganizationEvent.OrganizationTierChanged) events.get(0)).previousTier()).isEqualTo(Tier.FREE);
        assertThat(events.get(0).aggregateId()).isEqualTo(org.id().value());
    }

    @Test
    void a_reinstatement_raises_its_event_and_a_new_reason_or_no_change_raises_none() {
        Organization suspended = org.suspend("Review", OPERATOR, T0);

        assertThat(OrganizationEvent.raisedBy(suspended, suspended.reinstate(T0), meta))
                .extracting(OrganizationEvent::type).containsExactly("organization.reinstated");
        assertThat(OrganizationEvent.raisedBy(suspended, suspended.suspend("Fraud", OPERATOR, T0), meta)).isEmpty();
        assertThat(OrganizationEvent.raisedBy(org, org, meta)).isEmpty();
        assertThat(issued).hasValue(1);
    }

    @Test
    void two_organizations_are_not_a_change() {
        Organization other = Organization.create(OrganizationId.of("org_01JDX4N8Q3C6E8G0J2L4N6Q8S9"), "Other", T0);

        assertThatThrownBy(() -> OrganizationEvent.raisedBy(org, other, meta))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
