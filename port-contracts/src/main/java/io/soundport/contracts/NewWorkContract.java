package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every adapter of {@link NewWork} must do: a subscriber hears of a job or an outbox
 * event soon after the unit of work that wrote it committed. A backend may wake its subscribers once when it starts
 * listening (it may have missed something), so each test lets that pass before it writes.
 */
public abstract class NewWorkContract {
    private static final long WAKE_SECONDS = 5;

    protected abstract PersistencePorts ports();

    private Semaphore subscribed() throws InterruptedException {
        Semaphore wakes = new Semaphore(0);
        ports().newWork().onNewWork(wakes::release);
        wakes.tryAcquire(1, TimeUnit.SECONDS);
        wakes.drainPermits();
        return wakes;
    }

    private Semaphore subscribed(Set<NewWork.Topic> topics) throws InterruptedException {
        Semaphore wakes = new Semaphore(0);
        ports().newWork().onNewWork(topics, wakes::release);
        wakes.tryAcquire(1, TimeUnit.SECONDS);
        wakes.drainPermits();
        return wakes;
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    @Test
    void a_job_enqueued_in_a_committed_transaction_wakes_a_subscriber() throws InterruptedException {
        Organization org = newOrganization();
        Semaphore wakes = subscribed();

        ports().transactions().run(() -> ports().jobs().enqueue(Fixtures.job(org, Fixtures.jobType(),
                Fixtures.instant())));

        assertThat(wakes.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_job_enqueued_on_its_own_wakes_a_subscriber() throws InterruptedException {
        Organization org = newOrganization();
        Semaphore wakes = subscribed();

        ports().jobs().enqueue(Fixtures.job(org, Fixtures.jobType(), Fixtures.instant()));

        assertThat(wakes.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_job_wakes_a_subscriber_of_its_type_and_an_event_one_of_events() throws InterruptedException {
        Organization org = newOrganization();
        String type = Fixtures.jobType();
        Semaphore ofType = subscribed(Set.of(NewWork.Topic.jobs(type)));
        Semaphore ofEvents = subscribed(Set.of(NewWork.Topic.EVENTS));
        PublishedEvent event = Fixtures.event(org);

        ports().jobs().enqueue(Fixtures.job(org, type, Fixtures.instant()));
        ports().transactions().run(() -> ports().outbox().append(event));

        assertThat(ofType.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(ofEvents.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
        ports().outbox().markDispatched(List.of(event.id()));
    }

    @Test
    void an_event_appended_to_the_outbox_wakes_every_subscriber() throws InterruptedException {
        Organization org = newOrganization();
        Semaphore first = subscribed();
        Semaphore second = subscribed();
        PublishedEvent event = Fixtures.event(org);

        ports().transactions().run(() -> ports().outbox().append(event));

        assertThat(first.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(second.tryAcquire(WAKE_SECONDS, TimeUnit.SECONDS)).isTrue();
        ports().outbox().markDispatched(List.of(event.id()));
    }
}
