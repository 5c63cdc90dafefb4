package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.persistence.PersistencePorts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Fresh ids and small builders, so that tests sharing one database never see each other's rows. */
final class TestData {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private TestData() {
    }

    static String id(String prefix) {
        return prefix + "_" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    static OrganizationId organization(PersistencePorts ports) {
        OrganizationId id = OrganizationId.of(id("org"));
        ports.organizations().add(Organization.create(id, "Label " + id, T0));
        return id;
    }

    static Artist artist(OrganizationId org, String name, Instant createdAt) {
        return new Artist(ArtistId.of(id("art")), org, name, null, null, createdAt, createdAt, 1);
    }

    static Release release(OrganizationId org, String title, Upc upc, Instant createdAt) {
        return Release.draft(ReleaseId.of(id("rel")), org, title, ArtistId.of(id("art")), upc, null, null, null,
                List.of(), createdAt);
    }
}
