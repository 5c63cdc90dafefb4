package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link TransactionRunner} must do: the writes and outbox appends of one unit of work commit
 * together or not at all. The work never reads back what it wrote, as the port allows adapters to defer writes.
 */
public abstract class TransactionRunnerContract {

    protected abstract PersistencePorts ports();

    private TransactionRunner transactions() {
        return ports().transactions();
    }

    @Test
    void returns_what_the_work_returns_and_commits_its_writes() {
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);
        PublishedEvent event = Fixtures.event(org);

        String result = transactions().inTransaction(() -> {
            ports().organizations().add(org);
            ports().artists().add(artist);
            ports().outbox().append(event);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(ports().organizations().find(org.id())).contains(org);
        assertThat(ports().artists().find(org.id(), artist.id())).contains(artist);
        assertThat(OutboxContract.pendingOf(ports().outbox(), org)).containsExactly(event);
        ports().outbox().markDispatched(List.of(event.id()));
    }

    @Test
    void reads_grouped_together_see_committed_data() {
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);
        transactions().run(() -> {
            ports().organizations().add(org);
            ports().artists().add(artist);
        });

        List<Object> read = transactions().reading(() -> List.of(
                ports().organizations().find(org.id()).orElseThrow(),
                ports().artists().find(org.id(), artist.id()).orElseThrow()));

        assertThat(read).containsExactly(org, artist);
    }

    @Test
    void a_transaction_begun_inside_grouped_reads_is_still_all_or_nothing() {
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);
        RuntimeException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> transactions().reading(() -> transactions().inTransaction(() -> {
            ports().organizations().add(org);
            ports().artists().add(artist);
            throw failure;
        }))).isSameAs(failure);

        assertThat(ports().organizations().find(org.id())).isEmpty();
        assertThat(ports().artists().find(org.id(), artist.id())).isEmpty();
    }

    @Test
    void rolls_back_every_write_and_append_when_the_work_throws() {
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);
        Release release = Fixtures.release(org, artist);
        PublishedEvent event = Fixtures.event(org);
        RuntimeException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> transactions().run(() -> {
            ports().organizations().add(org);
            ports().artists().add(artist);
            ports().releases().add(release);
            ports().outbox().append(event);
            throw failure;
        })).isSameAs(failure);

        assertThat(ports().organizations().find(org.id())).isEmpty();
        assertThat(ports().artists().find(org.id(), artist.id())).isEmpty();
        assertThat(ports().releases().find(org.id(), release.id())).isEmpty();
        assertThat(OutboxContract.pendingOf(ports().outbox(), org)).isEmpty();
    }

    @Test
    void rolls_back_an_update_and_a_removal_when_the_work_throws() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        Artist artist = Fixtures.artist(org);
        ports().artists().add(artist);
        Artist other = Fixtures.artist(org);
        ports().artists().add(other);

        assertThatThrownBy(() -> transactions().run(() -> {
            ports().organizations().update(org.withTier(Tier.ENTERPRISE, Fixtures.instant()));
            ports().artists().remove(org.id(), artist.id());
            ports().artists().update(other.rename("Renamed", null, null, Fixtures.instant()));
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports().organizations().find(org.id())).contains(org);
        assertThat(ports().artists().find(org.id(), artist.id())).contains(artist);
        assertThat(ports().artists().find(org.id(), other.id())).contains(other);
    }

    @Test
    void rolls_back_earlier_writes_when_a_later_one_is_rejected() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        Artist artist = Fixtures.artist(org);
        ports().artists().add(artist);
        Release existing = Fixtures.release(org, artist);
        ports().releases().add(existing);
        Artist newcomer = Fixtures.artist(org);
        Release first = Fixtures.release(org, artist);
        Release clash = new Release(Fixtures.release(org, artist).id(), org.id(), "Clash", artist.id(),
                existing.upc(), null, null, null, null, existing.status(), Fixtures.instant(), Fixtures.instant(), 1);
        PublishedEvent event = Fixtures.event(org);

        assertThatThrownBy(() -> transactions().run(() -> {
            ports().artists().add(newcomer);
            ports().releases().add(first);
            ports().outbox().append(event);
            ports().releases().add(clash);
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        assertThat(ports().artists().find(org.id(), newcomer.id())).isEmpty();
        assertThat(ports().releases().find(org.id(), first.id())).isEmpty();
        assertThat(ports().releases().find(org.id(), clash.id())).isEmpty();
        assertThat(OutboxContract.pendingOf(ports().outbox(), org)).isEmpty();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);

        assertThatThrownBy(() -> transactions().run(() -> {
            ports().organizations().add(org);
            transactions().run(() -> ports().artists().add(artist));
            throw new IllegalStateException("the outer work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports().organizations().find(org.id())).isEmpty();
        assertThat(ports().artists().find(org.id(), artist.id())).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_the_store_usable() {
        Organization org = Fixtures.organization();
        assertThatThrownBy(() -> transactions().run(() -> {
            ports().organizations().add(org);
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        transactions().run(() -> ports().organizations().add(org));

        assertThat(ports().organizations().find(org.id())).contains(org);
    }
}
