package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** What every adapter of {@link WebhookEndpoints} must do. */
public abstract class WebhookEndpointsContract {

    protected abstract PersistencePorts ports();

    private WebhookEndpoints endpoints() {
        return ports().webhookEndpoints();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private WebhookEndpoint newEndpoint(Organization org, Set<String> events) {
        WebhookEndpoint endpoint = Fixtures.webhookEndpoint(org, events, Fixtures.instant());
        endpoints().add(endpoint);
        return endpoint;
    }

    /** The same endpoint as stored at another version, after another change. */
    private static WebhookEndpoint withVersion(WebhookEndpoint e, long version) {
        return new WebhookEndpoint(e.id(), e.organizationId(), e.url(), e.events(), e.description(), e.active(),
                e.secretCiphertext(), e.previousSecretCiphertext(), e.previousSecretExpiresAt(), e.disabledReason(),
                e.consecutiveFailures(), e.createdAt(), e.updatedAt(), version);
    }

    @Test
    void finds_an_added_endpoint_with_every_field() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = Fixtures.webhookEndpoint(org);
        endpoints().add(endpoint);

        assertThat(endpoints().find(org.id(), endpoint.id())).contains(endpoint);
    }

    @Test
    void keeps_a_rotated_disabled_endpoint_without_description_as_it_was_added() {
        Organization org = newOrganization();
        Instant createdAt = Fixtures.instant();
        Instant updatedAt = Fixtures.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointId.of(Fixtures.id(WebhookEndpointId.PREFIX)),
                org.id(), "https://hooks.example.com/in", Set.of("*", "release.delivered"), null, false,
                "v1:" + Fixtures.sha256Hex(), "v1:" + Fixtures.sha256Hex(), Fixtures.instant(),
                "15 messages in a row failed; re-enable the endpoint once it works", 15, createdAt, updatedAt, 7);
        endpoints().add(endpoint);

        assertThat(endpoints().find(org.id(), endpoint.id())).contains(endpoint);
    }

    @Test
    void finds_a_batch_by_id_leaving_out_unknown_ids_and_those_of_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint first = newEndpoint(org, Set.of("release.delivered"));
        WebhookEndpoint second = newEndpoint(org, Set.of("*"));
        WebhookEndpoint elsewhere = newEndpoint(other, Set.of("*"));
        WebhookEndpointId unknown = WebhookEndpointId.of(Fixtures.id(WebhookEndpointId.PREFIX));

        Map<WebhookEndpointId, WebhookEndpoint> found = endpoints().findAll(org.id(),
                List.of(second.id(), unknown, elsewhere.id(), first.id(), second.id()));

        assertThat(found).containsOnly(entry(first.id(), first), entry(second.id(), second));
        assertThat(endpoints().findAll(org.id(), List.of())).isEmpty();
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("*"));

        assertThat(endpoints().find(org.id(), WebhookEndpointId.of(Fixtures.id(WebhookEndpointId.PREFIX))))
                .isEmpty();
        assertThat(endpoints().find(other.id(), endpoint.id())).isEmpty();
    }

    @Test
    void rejects_a_second_endpoint_with_the_same_id() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("*"));
        WebhookEndpoint twin = new WebhookEndpoint(endpoint.id(), org.id(), "https://other.example.com/in",
                Set.of("release.created"), null, true, "v1:" + Fixtures.sha256Hex(), null, null, null, 0,
                Fixtures.instant(), Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> endpoints().add(twin));
        assertThat(endpoints().find(org.id(), endpoint.id())).contains(endpoint);
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("release.submitted"));
        WebhookEndpoint changed = endpoint
                .edit("https://new.example.com/hooks", Set.of("release.delivered", "track.created"), "Renamed",
                        null, Fixtures.instant())
                .rotateSecret("v1:" + Fixtures.sha256Hex(), Fixtures.instant())
                .messageFailed(1, Fixtures.instant());

        WebhookEndpoint updated = endpoints().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, endpoint.version() + 1));
        assertThat(endpoints().find(org.id(), endpoint.id())).contains(updated);
        assertThat(updated.active()).isFalse();
        assertThat(updated.previousSecretCiphertext()).isEqualTo(endpoint.secretCiphertext());
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("*"));
        WebhookEndpoint current = endpoints().update(
                endpoint.edit(null, null, "First change", null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> endpoints().update(
                endpoint.edit(null, null, "Lost change", null, Fixtures.instant())));
        assertThat(endpoints().find(org.id(), endpoint.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_an_endpoint_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("*"));
        WebhookEndpoint hijacked = new WebhookEndpoint(endpoint.id(), other.id(), "https://evil.example.com/in",
                endpoint.events(), null, true, endpoint.secretCiphertext(), null, null, null, 0,
                endpoint.createdAt(), Fixtures.instant(), endpoint.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> endpoints().update(Fixtures.webhookEndpoint(org)));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> endpoints().update(hijacked));
        assertThat(endpoints().find(org.id(), endpoint.id())).contains(endpoint);
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("*"));

        assertThat(endpoints().remove(other.id(), endpoint.id())).isFalse();
        assertThat(endpoints().find(org.id(), endpoint.id())).contains(endpoint);
        assertThat(endpoints().remove(org.id(), endpoint.id())).isTrue();
        assertThat(endpoints().remove(org.id(), endpoint.id())).isFalse();
        assertThat(endpoints().find(org.id(), endpoint.id())).isEmpty();
    }

    @Test
    void lists_the_endpoints_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<WebhookEndpoint> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newEndpoint(org, Set.of("*")));
        }
        newEndpoint(newOrganization(), Set.of("*"));

        List<WebhookEndpoint> listed = Paging.walk(2, page -> endpoints().list(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> endpoints().list(newOrganization().id(), page))).isEmpty();
    }

    @Test
    void subscribed_to_gives_the_active_endpoints_of_the_event_type_or_of_every_type() {
        Organization org = newOrganization();
        WebhookEndpoint submitted = newEndpoint(org, Set.of("release.submitted", "release.delivered"));
        WebhookEndpoint everything = newEndpoint(org, Set.of("*"));
        newEndpoint(org, Set.of("release.delivered"));
        WebhookEndpoint paused = newEndpoint(org, Set.of("release.submitted", "*"));
        endpoints().update(paused.edit(null, null, null, false, Fixtures.instant()));
        WebhookEndpoint disabled = newEndpoint(org, Set.of("release.submitted"));
        endpoints().update(disabled.messageFailed(1, Fixtures.instant()));
        newEndpoint(newOrganization(), Set.of("*", "release.submitted"));

        assertThat(endpoints().subscribedTo(org.id(), "release.submitted"))
                .containsExactlyInAnyOrder(submitted, everything);
        assertThat(endpoints().subscribedTo(org.id(), "track.created")).containsExactly(everything);
        assertThat(endpoints().subscribedTo(newOrganization().id(), "release.submitted")).isEmpty();
    }

    @Test
    void a_re_enabled_endpoint_receives_again() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org, Set.of("release.submitted"));
        WebhookEndpoint disabled = endpoints().update(endpoint.messageFailed(1, Fixtures.instant()));
        assertThat(endpoints().subscribedTo(org.id(), "release.submitted")).isEmpty();

        WebhookEndpoint enabled = endpoints().update(disabled.edit(null, null, null, true, Fixtures.instant()));

        assertThat(enabled.disabledReason()).isNull();
        assertThat(enabled.consecutiveFailures()).isZero();
        assertThat(endpoints().subscribedTo(org.id(), "release.submitted")).containsExactly(enabled);
    }
}
