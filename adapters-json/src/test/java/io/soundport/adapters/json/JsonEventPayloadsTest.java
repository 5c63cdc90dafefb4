package io.soundport.adapters.json;

import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.publishing.EventCatalog;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonEventPayloadsTest {
    private final JsonEventPayloads payloads = new JsonEventPayloads();

    @Test
    void every_event_type_of_the_catalog_has_an_example_carrying_its_workflow_depth() {
        assertThat(EventCatalog.all()).hasSizeGreaterThanOrEqualTo(19);
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            assertThat(payloads.exampleOf(entry.type())).as(entry.type()).hasValueSatisfying(example ->
                    assertThat(example).containsKey(JsonEventPayloads.WORKFLOW_DEPTH));
        }
        assertThat(payloads.exampleOf("release.exploded")).isEmpty();
    }

    @Test
    void a_release_event_carries_the_release_in_snake_case_with_its_track_count() {
        Map<String, Object> submitted = payloads.exampleOf("release.submitted").orElseThrow();

        assertThat(submitted).containsExactly(
                Map.entry("id", "rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR"), Map.entry("title", "Night Drive"),
                Map.entry("artist_id", "art_01JDX4N8Q5F2P8R1W7Y3D6K4AS"), Map.entry("upc", "036000291452"),
                Map.entry("label", "Analytical Records"), Map.entry("release_date", "2026-12-04"),
                Map.entry("genre", "Synthwave"), Map.entry("territories", List.of("US", "GB")),
                Map.entry("status", "SUBMITTED"), Map.entry("track_count", 2), Map.entry("version", 1L),
                Map.entry("workflow_depth", 0));
    }

    @Test
    void delivery_and_workflow_events_name_what_rules_read_back() {
        Map<String, Object> queued = payloads.exampleOf("delivery.queued").orElseThrow();
        Map<String, Object> executed = payloads.exampleOf("workflow.executed").orElseThrow();

        assertThat(queued).containsEntry("partner_name", "Streamly").containsEntry("attempts", 0)
                .containsEntry("kind", "DELIVERY");
        assertThat(payloads.releaseIdOf(queued)).hasValue("rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR");
        assertThat(executed).containsEntry("rule_name", "Deliver on submit")
                .containsEntry("trigger_event_type", "release.submitted");
        assertThat(payloads.workflowDepthOf(executed)).isEqualTo(1);
        assertThat(payloads.workflowDepthOf(Map.of())).isZero();
        assertThat(payloads.releaseIdOf(Map.of("release_id", 7))).isEmpty();
    }

    @Test
    void organization_events_tell_the_standing_and_the_reason_but_never_the_operator() {
        Map<String, Object> suspended = payloads.exampleOf("organization.suspended").orElseThrow();
        Map<String, Object> changed = payloads.exampleOf("organization.tier_changed").orElseThrow();

        assertThat(suspended).containsEntry("status", "SUSPENDED").containsEntry("suspended_at", "2026-12-04T09:30:00Z")
                .containsEntry("tier", "STARTER").containsEntry("requests_per_hour", 1_000)
                .containsEntry("previous_tier", null);
        assertThat((String) suspended.get("suspension_reason")).startsWith("Payment overdue");
        assertThat(suspended.values()).noneMatch(v -> v instanceof String s && s.startsWith("usr_"));
        assertThat(changed).containsEntry("tier", "PROFESSIONAL").containsEntry("previous_tier", "STARTER")
                .containsEntry("requests_per_hour", 10_000).containsEntry("status", "ACTIVE")
                .containsEntry("suspension_reason", null);
    }

    @Test
    void release_facts_are_the_release_payload_without_event_metadata() {
        ReleaseEvent.ReleaseCreated created = (ReleaseEvent.ReleaseCreated) SampleEvents.sampleOf(
                ReleaseEvent.ReleaseCreated.class);

        assertThat(payloads.releaseFacts(created.release(), 2)).containsEntry("track_count", 2)
                .containsEntry("status", "DRAFT").doesNotContainKey(JsonEventPayloads.WORKFLOW_DEPTH);
    }

    @Test
    void an_event_outside_the_sealed_hierarchies_has_no_published_shape() {
        EventMeta meta = new EventMeta(EventId.of("evt_01"), OrganizationId.of("org_01"), Instant.EPOCH, 0);
        DomainEvent stray = new DomainEvent() {
            @Override
            public EventMeta meta() {
                return meta;
            }

            @Override
            public String aggregateId() {
                return "x";
            }
        };

        assertThatThrownBy(() -> payloads.payloadOf(stray)).isInstanceOf(IllegalArgumentException.class);
    }
}
