package io.soundport.domain.platform;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {
    private static final AuditEntry.Actor ACTOR = new AuditEntry.Actor(AuditEntry.Kind.USER, "usr_1");

    private static AuditEntry entry(String action) {
        return new AuditEntry(AuditEntryId.of("aud_1"), OrganizationId.of("org_1"), ACTOR, action, "rel_1",
                Instant.parse("2026-12-02T12:00:00Z"), null);
    }

    @Test
    void its_resource_type_is_what_the_action_names_before_the_dot() {
        AuditEntry entry = entry("api_key.revoked");

        assertThat(entry.resourceType()).isEqualTo("api_key");
        assertThat(entry.origin()).isEqualTo(Origin.UNKNOWN);
    }

    @Test
    void an_action_reads_resource_type_dot_what_happened() {
        for (String bad : new String[]{"release", "Release.updated", "release.", ".updated", "release.up dated",
                "release.updated.again", null}) {
            assertThatThrownBy(() -> entry(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void matches_each_filter_part_and_the_time_range_since_inclusive_until_exclusive() {
        AuditEntry entry = entry("release.updated");
        Instant at = entry.occurredAt();

        assertThat(new AuditFilter(null, null, null, null, null, null, null).matches(entry)).isTrue();
        assertThat(new AuditFilter(OrganizationId.of("org_2"), null, null, null, null, null, null).matches(entry))
                .isFalse();
        assertThat(new AuditFilter(null, "usr_1", "release", "rel_1", "release.updated", at, at.plusNanos(1))
                .matches(entry)).isTrue();
        assertThat(new AuditFilter(null, "key_1", null, null, null, null, null).matches(entry)).isFalse();
        assertThat(new AuditFilter(null, null, "track", null, null, null, null).matches(entry)).isFalse();
        assertThat(new AuditFilter(null, null, null, null, null, null, at).matches(entry)).isFalse();
        assertThat(new AuditFilter(null, null, null, null, null, at.plusNanos(1), null).matches(entry)).isFalse();
    }
}
