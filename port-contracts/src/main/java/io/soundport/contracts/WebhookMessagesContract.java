package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookAttempt;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** What every adapter of {@link WebhookMessages} must do. */
public abstract class WebhookMessagesContract {

    protected abstract PersistencePorts ports();

    private WebhookMessages messages() {
        return ports().webhookMessages();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private WebhookEndpoint newEndpoint(Organization org) {
        WebhookEndpoint endpoint = Fixtures.webhookEndpoint(org);
        ports().webhookEndpoints().add(endpoint);
        return endpoint;
    }

    private WebhookMessage newMessage(WebhookEndpoint endpoint) {
        WebhookMessage message = Fixtures.webhookMessage(endpoint);
        assertThat(messages().add(message)).isTrue();
        return message;
    }

    /** The same message as stored at another version. */
    private static WebhookMessage withVersion(WebhookMessage m, long version) {
        return new WebhookMessage(m.id(), m.organizationId(), m.endpointId(), m.eventId(), m.eventType(), m.body(),
                m.status(), m.attempts(), m.nextAttemptAt(), m.createdAt(), m.updatedAt(), version);
    }

    @Test
    void finds_an_added_message_with_every_field() {
        Organization org = newOrganization();
        WebhookMessage message = Fixtures.webhookMessage(newEndpoint(org));

        assertThat(messages().add(message)).isTrue();

        assertThat(messages().find(org.id(), message.id())).contains(message);
    }

    @Test
    void adding_a_message_with_an_id_already_there_returns_false_and_changes_nothing() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookMessage message = newMessage(endpoint);
        WebhookMessage again = WebhookMessage.pending(endpoint, message.eventId(), "release.delivered",
                "{\"another\":\"body\"}", Fixtures.instant());

        assertThat(again.id()).isEqualTo(message.id());
        assertThat(messages().add(again)).isFalse();

        assertThat(messages().find(org.id(), message.id())).contains(message);
        assertThat(messages().list(org.id(), endpoint.id(), PageRequest.first(10)).items())
                .containsExactly(message);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookMessage message = newMessage(newEndpoint(org));

        assertThat(messages().find(org.id(), WebhookMessageId.of(Fixtures.id(WebhookMessageId.PREFIX)))).isEmpty();
        assertThat(messages().find(other.id(), message.id())).isEmpty();
    }

    @Test
    void update_keeps_every_attempt_with_every_field_and_returns_the_next_version() {
        Organization org = newOrganization();
        WebhookMessage message = newMessage(newEndpoint(org));

        WebhookAttempt refused = new WebhookAttempt(1, Fixtures.instant(), 500, 1_234, "HTTP 500 from the receiver");
        WebhookMessage retrying = messages().update(
                message.attempted(refused, Fixtures.instant(), Fixtures.instant()));
        WebhookAttempt timedOut = new WebhookAttempt(2, Fixtures.instant(), null, 10_000, "read timed out");
        WebhookMessage failed = messages().update(retrying.attempted(timedOut, null, Fixtures.instant()));
        WebhookMessage replayed = messages().update(failed.replay(Fixtures.instant()));
        WebhookAttempt accepted = new WebhookAttempt(3, Fixtures.instant(), 204, 87, null);
        WebhookMessage succeeded = messages().update(replayed.attempted(accepted, null, Fixtures.instant()));

        assertThat(retrying.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(retrying.version()).isEqualTo(message.version() + 1);
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(replayed.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(succeeded.status()).isEqualTo(MessageStatus.SUCCEEDED);
        assertThat(succeeded.version()).isEqualTo(message.version() + 4);
        assertThat(succeeded.attempts()).containsExactly(refused, timedOut, accepted);
        assertThat(messages().find(org.id(), message.id())).contains(succeeded);
    }

    @Test
    void update_returns_what_was_stored() {
        Organization org = newOrganization();
        WebhookMessage message = newMessage(newEndpoint(org));
        WebhookMessage changed = message.attempted(
                new WebhookAttempt(1, Fixtures.instant(), 410, 42, "HTTP 410"), null, Fixtures.instant());

        WebhookMessage updated = messages().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, message.version() + 1));
        assertThat(messages().find(org.id(), message.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        WebhookMessage message = newMessage(newEndpoint(org));
        WebhookMessage current = messages().update(message.attempted(
                new WebhookAttempt(1, Fixtures.instant(), 200, 12, null), null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> messages().update(message.attempted(
                new WebhookAttempt(1, Fixtures.instant(), 503, 12, "HTTP 503"), null, Fixtures.instant())));
        assertThat(messages().find(org.id(), message.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_message_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookMessage message = newMessage(endpoint);
        WebhookMessage hijacked = new WebhookMessage(message.id(), other.id(), endpoint.id(), message.eventId(),
                message.eventType(), message.body(), MessageStatus.FAILED, message.attempts(), null,
                message.createdAt(), Fixtures.instant(), message.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> messages().update(Fixtures.webhookMessage(endpoint)));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> messages().update(hijacked));
        assertThat(messages().find(org.id(), message.id())).contains(message);
    }

    @Test
    void adds_a_batch_more_than_one_statement_long_and_says_which_were_new() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookMessage there = newMessage(endpoint);
        WebhookMessage again = WebhookMessage.pending(endpoint, there.eventId(), "release.delivered",
                "{\"another\":\"body\"}", Fixtures.instant());
        List<WebhookMessage> fresh = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            fresh.add(Fixtures.webhookMessage(endpoint));
        }
        List<WebhookMessage> batch = new ArrayList<>(fresh);
        batch.add(117, again);

        Set<WebhookMessageId> added = messages().addAll(batch);

        assertThat(added).containsExactlyInAnyOrderElementsOf(fresh.stream().map(WebhookMessage::id).toList());
        assertThat(messages().find(org.id(), there.id())).contains(there);
        for (WebhookMessage message : fresh) {
            assertThat(messages().find(org.id(), message.id())).contains(message);
        }
        assertThat(messages().addAll(List.of())).isEmpty();
    }

    @Test
    void finds_a_batch_by_id_leaving_out_unknown_ids_and_those_of_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookMessage first = newMessage(endpoint);
        WebhookMessage second = newMessage(endpoint);
        WebhookMessage elsewhere = newMessage(newEndpoint(other));
        WebhookMessageId unknown = WebhookMessageId.of(Fixtures.id(WebhookMessageId.PREFIX));

        Map<WebhookMessageId, WebhookMessage> found = messages().findAll(org.id(),
                List.of(second.id(), unknown, elsewhere.id(), first.id()));

        assertThat(found).containsOnly(entry(first.id(), first), entry(second.id(), second));
        assertThat(messages().findAll(org.id(), List.of())).isEmpty();
    }

    @Test
    void updates_a_batch_more_than_one_statement_long_and_returns_what_was_stored_in_order() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        List<WebhookMessage> changed = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            WebhookMessage message = newMessage(endpoint);
            WebhookAttempt attempt = i % 2 == 0 ? new WebhookAttempt(1, Fixtures.instant(), 204, 3, null)
                    : new WebhookAttempt(1, Fixtures.instant(), 503, 40, "the receiver answered 503");
            changed.add(message.attempted(attempt, i % 2 == 0 ? null : Fixtures.instant().plusSeconds(5),
                    Fixtures.instant()));
        }

        List<WebhookMessage> updated = messages().updateAll(changed);

        assertThat(updated).containsExactlyElementsOf(
                changed.stream().map(m -> withVersion(m, m.version() + 1)).toList());
        for (WebhookMessage message : updated) {
            assertThat(messages().find(org.id(), message.id())).contains(message);
        }
        assertThat(messages().updateAll(List.of())).isEmpty();
    }

    @Test
    void a_batch_update_with_a_stale_or_missing_message_is_refused_as_a_single_update_would_be() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookMessage fine = newMessage(endpoint);
        WebhookMessage stale = newMessage(endpoint);
        messages().update(stale.attempted(new WebhookAttempt(1, Fixtures.instant(), 200, 12, null), null,
                Fixtures.instant()));
        WebhookAttempt attempt = new WebhookAttempt(1, Fixtures.instant(), 204, 3, null);
        WebhookMessage ofAnother = newMessage(newEndpoint(other));
        WebhookMessage hijacked = new WebhookMessage(ofAnother.id(), org.id(), endpoint.id(), ofAnother.eventId(),
                ofAnother.eventType(), ofAnother.body(), MessageStatus.FAILED, ofAnother.attempts(), null,
                ofAnother.createdAt(), Fixtures.instant(), ofAnother.version());

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> ports().transactions().inTransaction(() ->
                messages().updateAll(List.of(fine.attempted(attempt, null, Fixtures.instant()),
                        stale.attempted(attempt, null, Fixtures.instant())))));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> ports().transactions().inTransaction(() ->
                messages().updateAll(List.of(fine.attempted(attempt, null, Fixtures.instant()), hijacked))));

        assertThat(messages().find(org.id(), fine.id())).contains(fine);
        assertThat(messages().find(other.id(), ofAnother.id())).contains(ofAnother);
    }

    @Test
    void lists_the_messages_of_one_endpoint_newest_first_across_pages() {
        Organization org = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        WebhookEndpoint otherEndpoint = newEndpoint(org);
        List<WebhookMessage> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newMessage(endpoint));
            newMessage(otherEndpoint);
        }

        List<WebhookMessage> listed = Paging.walk(2, page -> messages().list(org.id(), endpoint.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
    }

    @Test
    void lists_nothing_of_an_endpoint_through_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WebhookEndpoint endpoint = newEndpoint(org);
        newMessage(endpoint);

        assertThat(Paging.walk(10, page -> messages().list(other.id(), endpoint.id(), page))).isEmpty();
    }
}
