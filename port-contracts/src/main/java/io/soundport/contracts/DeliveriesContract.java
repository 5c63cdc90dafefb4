package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every adapter of {@link Deliveries} must do. A delivery refers to a release and a partner of its
 * organization, so each test adds those first.
 */
public abstract class DeliveriesContract {

    protected abstract PersistencePorts ports();

    private Deliveries deliveries() {
        return ports().deliveries();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Release newRelease(Organization org) {
        Artist artist = Fixtures.artist(org);
        ports().artists().add(artist);
        Release release = Fixtures.release(org, artist);
        ports().releases().add(release);
        return release;
    }

    private Partner newPartner(Organization org) {
        Partner partner = Fixtures.partner(org);
        ports().partners().add(partner);
        return partner;
    }

    private Delivery newDelivery(Organization org, Release release, Partner partner) {
        Delivery delivery = Fixtures.delivery(org, release, partner);
        deliveries().add(delivery);
        return delivery;
    }

    /** The same delivery as stored at another version. */
    private static Delivery withVersion(Delivery d, long version) {
        return new Delivery(d.id(), d.organizationId(), d.releaseId(), d.partnerId(), d.kind(), d.status(),
                d.attempts(), d.partnerReference(), d.nextAttemptAt(), d.createdAt(), d.updatedAt(), version);
    }

    @Test
    void finds_an_added_delivery_with_every_field() {
        Organization org = newOrganization();
        Delivery delivery = Fixtures.delivery(org, newRelease(org), newPartner(org));
        deliveries().add(delivery);

        assertThat(deliveries().find(org.id(), delivery.id())).contains(delivery);
    }

    @Test
    void keeps_a_takedown_with_attempts_as_it_was_added() {
        Organization org = newOrganization();
        Release release = newRelease(org);
        Partner partner = newPartner(org);
        List<DeliveryAttempt> attempts = List.of(
                new DeliveryAttempt(1, Fixtures.instant(), false, "HTTP 503 from the partner", null, 1_250),
                new DeliveryAttempt(2, Fixtures.instant(), true, null, "DSP-REF-778", 87));
        Delivery delivery = new Delivery(DeliveryId.of(Fixtures.id(DeliveryId.PREFIX)), org.id(), release.id(),
                partner.id(), DeliveryKind.TAKEDOWN, DeliveryStatus.DELIVERED, attempts, "DSP-REF-778", null,
                Fixtures.instant(), Fixtures.instant(), 5);
        deliveries().add(delivery);

        assertThat(deliveries().find(org.id(), delivery.id())).contains(delivery);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Delivery delivery = newDelivery(org, newRelease(org), newPartner(org));

        assertThat(deliveries().find(org.id(), DeliveryId.of(Fixtures.id(DeliveryId.PREFIX)))).isEmpty();
        assertThat(deliveries().find(other.id(), delivery.id())).isEmpty();
    }

    @Test
    void rejects_a_second_delivery_with_the_same_id() {
        Organization org = newOrganization();
        Release release = newRelease(org);
        Partner partner = newPartner(org);
        Delivery delivery = newDelivery(org, release, partner);
        Delivery twin = Delivery.queued(delivery.id(), org.id(), release.id(), partner.id(), DeliveryKind.TAKEDOWN,
                Fixtures.instant());

        Expect.domainError(ErrorCode.CONFLICT, () -> deliveries().add(twin));
        assertThat(deliveries().find(org.id(), delivery.id())).contains(delivery);
    }

    @Test
    void update_keeps_every_attempt_with_every_field_and_returns_the_next_version() {
        Organization org = newOrganization();
        Delivery delivery = newDelivery(org, newRelease(org), newPartner(org));

        Delivery started = deliveries().update(delivery.start(Fixtures.instant()));
        DeliveryAttempt refused = new DeliveryAttempt(1, Fixtures.instant(), false, "HTTP 500 from the partner", null,
                1_234);
        Instant retryAt = Fixtures.instant();
        Delivery retrying = deliveries().update(started.attempted(refused, retryAt, Fixtures.instant()));
        DeliveryAttempt timedOut = new DeliveryAttempt(2, Fixtures.instant(), false, "read timed out", null, 30_000);
        Delivery failed = deliveries().update(retrying.attempted(timedOut, null, Fixtures.instant()));
        Delivery requeued = deliveries().update(failed.retry(Fixtures.instant()));
        DeliveryAttempt accepted = new DeliveryAttempt(3, Fixtures.instant(), true, null, "DSP-42", 95);
        Delivery delivered = deliveries().update(requeued.start(Fixtures.instant())
                .attempted(accepted, null, Fixtures.instant()));

        assertThat(started.status()).isEqualTo(DeliveryStatus.IN_PROGRESS);
        assertThat(started.version()).isEqualTo(delivery.version() + 1);
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(retrying.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(requeued.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.partnerReference()).isEqualTo("DSP-42");
        assertThat(delivered.version()).isEqualTo(delivery.version() + 5);
        assertThat(delivered.attempts()).containsExactly(refused, timedOut, accepted);
        assertThat(deliveries().find(org.id(), delivery.id())).contains(delivered);
    }

    @Test
    void update_returns_what_was_stored() {
        Organization org = newOrganization();
        Delivery delivery = newDelivery(org, newRelease(org), newPartner(org));
        Delivery changed = delivery.start(Fixtures.instant()).attempted(
                new DeliveryAttempt(1, Fixtures.instant(), false, "connection refused", null, 3), null,
                Fixtures.instant());

        Delivery updated = deliveries().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, delivery.version() + 1));
        assertThat(deliveries().find(org.id(), delivery.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Delivery delivery = newDelivery(org, newRelease(org), newPartner(org));
        Delivery current = deliveries().update(delivery.start(Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> deliveries().update(delivery.start(Fixtures.instant())
                .attempted(new DeliveryAttempt(1, Fixtures.instant(), true, null, "REF", 5), null, Fixtures.instant())));
        assertThat(deliveries().find(org.id(), delivery.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_delivery_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Release release = newRelease(org);
        Partner partner = newPartner(org);
        Delivery delivery = newDelivery(org, release, partner);
        Delivery hijacked = new Delivery(delivery.id(), other.id(), release.id(), partner.id(), delivery.kind(),
                DeliveryStatus.FAILED, List.of(), null, null, delivery.createdAt(), Fixtures.instant(),
                delivery.version());

        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> deliveries().update(Fixtures.delivery(org, release, partner).start(Fixtures.instant())));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> deliveries().update(hijacked));
        assertThat(deliveries().find(org.id(), delivery.id())).contains(delivery);
    }

    @Test
    void lists_the_deliveries_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        Release release = newRelease(org);
        Partner partner = newPartner(org);
        List<Delivery> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newDelivery(org, release, partner));
        }
        Organization other = newOrganization();
        newDelivery(other, newRelease(other), newPartner(other));

        List<Delivery> listed = Paging.walk(2, page -> deliveries().list(org.id(), DeliveryFilter.ALL, page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> deliveries().list(newOrganization().id(), DeliveryFilter.ALL, page)))
                .isEmpty();
    }

    @Test
    void filters_deliveries_by_release_partner_and_status() {
        Organization org = newOrganization();
        Release release = newRelease(org);
        Release otherRelease = newRelease(org);
        Partner partner = newPartner(org);
        Partner otherPartner = newPartner(org);
        Delivery queued = newDelivery(org, release, partner);
        Delivery started = deliveries().update(newDelivery(org, release, otherPartner).start(Fixtures.instant()));
        Delivery elsewhere = newDelivery(org, otherRelease, partner);
        Delivery elsewhereStarted = deliveries().update(
                newDelivery(org, otherRelease, otherPartner).start(Fixtures.instant()));

        assertThat(Paging.walk(1, page -> deliveries().list(org.id(),
                new DeliveryFilter(release.id(), null, null), page))).containsExactly(started, queued);
        assertThat(Paging.walk(1, page -> deliveries().list(org.id(),
                new DeliveryFilter(null, partner.id(), null), page))).containsExactly(elsewhere, queued);
        assertThat(Paging.walk(1, page -> deliveries().list(org.id(),
                new DeliveryFilter(null, null, DeliveryStatus.IN_PROGRESS), page)))
                .containsExactly(elsewhereStarted, started);
        assertThat(Paging.walk(10, page -> deliveries().list(org.id(),
                new DeliveryFilter(otherRelease.id(), otherPartner.id(), DeliveryStatus.IN_PROGRESS), page)))
                .containsExactly(elsewhereStarted);
        assertThat(Paging.walk(10, page -> deliveries().list(org.id(),
                new DeliveryFilter(release.id(), partner.id(), DeliveryStatus.FAILED), page))).isEmpty();
    }

    @Test
    void of_release_gives_every_delivery_of_the_release_oldest_first() {
        Organization org = newOrganization();
        Release release = newRelease(org);
        Partner partner = newPartner(org);
        Partner otherPartner = newPartner(org);
        Delivery first = newDelivery(org, release, partner);
        newDelivery(org, newRelease(org), partner);
        Delivery second = deliveries().update(newDelivery(org, release, otherPartner).start(Fixtures.instant()));
        Delivery takedown = Delivery.queued(DeliveryId.of(Fixtures.id(DeliveryId.PREFIX)), org.id(), release.id(),
                partner.id(), DeliveryKind.TAKEDOWN, Fixtures.instant());
        deliveries().add(takedown);

        assertThat(deliveries().ofRelease(org.id(), release.id())).containsExactly(first, second, takedown);
        assertThat(deliveries().ofRelease(newOrganization().id(), release.id())).isEmpty();
    }
}
