package io.soundport.domain.publishing;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEvent;
import io.soundport.domain.workflow.WorkflowEvent;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRuleId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.soundport.domain.testing.DomainFixtures.ARTIST;
import static io.soundport.domain.testing.DomainFixtures.ORG;
import static io.soundport.domain.testing.DomainFixtures.RELEASE;
import static io.soundport.domain.testing.DomainFixtures.T0;
import static io.soundport.domain.testing.DomainFixtures.aRelease;
import static io.soundport.domain.testing.DomainFixtures.aTrack;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseSubjectTest {
    private static final EventMeta META = new EventMeta(EventId.of("evt_01HZX0000000000000000000E1"), ORG, T0, 0);
    private static final WorkflowRuleId RULE = WorkflowRuleId.of("wfr_01HZX0000000000000000000F1");

    private static WorkflowExecution execution(ReleaseId release) {
        return new WorkflowExecution(WorkflowExecutionId.of("wfx_01HZX0000000000000000000G1"), ORG, RULE,
                META.id().value(), "release.submitted", release, WorkflowExecution.Status.SUCCEEDED, List.of(), 0, T0);
    }

    @Test
    void a_release_event_concerns_its_release() {
        assertThat(ReleaseSubject.of(aRelease().build().created(2, META))).contains(RELEASE);
    }

    @Test
    void a_delivery_event_concerns_the_release_it_delivers() {
        Delivery delivery = Delivery.queued(DeliveryId.of("dlv_01HZX0000000000000000000H1"), ORG, RELEASE,
                PartnerId.of("ptn_01HZX0000000000000000000J1"), DeliveryKind.DELIVERY, T0);

        assertThat(ReleaseSubject.of(delivery.queuedEvent("Streamly", META))).contains(RELEASE);
    }

    @Test
    void a_track_event_concerns_the_release_of_the_track_if_it_has_one() {
        Track onRelease = aTrack().build();
        Track alone = new Track(onRelease.id(), ORG, null, ARTIST, "Demo", null, 1_000, false, null, T0, T0, 1);

        assertThat(ReleaseSubject.of(onRelease.created(META))).contains(RELEASE);
        assertThat(ReleaseSubject.of(alone.created(META))).isEmpty();
    }

    @Test
    void a_workflow_run_concerns_the_release_of_its_own_trigger() {
        assertThat(ReleaseSubject.of(execution(RELEASE).executed("Deliver", META))).contains(RELEASE);
        assertThat(ReleaseSubject.of(execution(null).executed("Deliver", META))).isEmpty();
    }

    @Test
    void artist_webhook_test_and_rule_webhook_events_concern_no_release() {
        Artist artist = new Artist(ARTIST, ORG, "Massive Attack", null, null, T0, T0, 1);

        assertThat(ReleaseSubject.of(artist.created(META))).isEmpty();
        assertThat(ReleaseSubject.of(new WebhookEvent.WebhookTested(META,
                WebhookEndpointId.of("whk_01HZX0000000000000000000K1")))).isEmpty();
        assertThat(ReleaseSubject.of(new WorkflowEvent.WorkflowWebhook(META, RULE, "Tell the CMS",
                META.id().value(), "release.submitted", Map.of()))).isEmpty();
    }
}
