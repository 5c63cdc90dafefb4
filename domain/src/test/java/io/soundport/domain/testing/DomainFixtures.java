package io.soundport.domain.testing;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.Territory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Test data of the domain: fixed ids and times, builders of aggregates, and checks of rejections. */
public final class DomainFixtures {
    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    public static final OrganizationId ORG = OrganizationId.of("org_01HZX0000000000000000000A1");
    public static final ArtistId ARTIST = ArtistId.of("art_01HZX0000000000000000000B1");
    public static final ReleaseId RELEASE = ReleaseId.of("rel_01HZX0000000000000000000C1");
    public static final TrackId TRACK = TrackId.of("trk_01HZX0000000000000000000D1");

    private DomainFixtures() {
    }

    /** The domain exception {@code call} throws; fails the test when it throws nothing or something else. */
    public static DomainException rejection(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a DomainException").isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    /** Asserts that {@code call} is a VALIDATION_ERROR naming exactly these fields. */
    public static DomainException assertInvalid(ThrowingCallable call, String... fields) {
        DomainException e = rejection(call);
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        return e;
    }

    /** Asserts that {@code call} is rejected with {@code code}. */
    public static DomainException assertRejected(ThrowingCallable call, ErrorCode code) {
        DomainException e = rejection(call);
        assertThat(e.code()).isEqualTo(code);
        return e;
    }

    public static ReleaseBuilder aRelease() {
        return new ReleaseBuilder();
    }

    public static TrackBuilder aTrack() {
        return new TrackBuilder();
    }

    public static final class ReleaseBuilder {
        private String title = "Blue Lines";
        private Upc upc = Upc.of("036000291452");
        private LocalDate releaseDate = LocalDate.of(2026, 11, 27);
        private List<Territory> territories = List.of();
        private ReleaseStatus status = ReleaseStatus.DRAFT;

        public ReleaseBuilder title(String value) {
            title = value;
            return this;
        }

        public ReleaseBuilder upc(Upc value) {
            upc = value;
            return this;
        }

        public ReleaseBuilder releaseDate(LocalDate value) {
            releaseDate = value;
            return this;
        }

        public ReleaseBuilder territories(Territory... values) {
            territories = List.of(values);
            return this;
        }

        public ReleaseBuilder status(ReleaseStatus value) {
            status = value;
            return this;
        }

        public Release build() {
            return new Release(RELEASE, ORG, title, ARTIST, upc, "Wild Bunch", releaseDate, "Trip hop", territories,
                    status, T0, T0, 1);
        }
    }

    public static final class TrackBuilder {
        private String title = "Unfinished Sympathy";
        private long durationMs = 311_000;
        private Integer position = 1;
        private Isrc isrc = Isrc.of("GB-AAA-91-00001");

        public TrackBuilder title(String value) {
            title = value;
            return this;
        }

        public TrackBuilder durationMs(long value) {
            durationMs = value;
            return this;
        }

        public TrackBuilder position(Integer value) {
            position = value;
            return this;
        }

        public TrackBuilder isrc(Isrc value) {
            isrc = value;
            return this;
        }

        public Track build() {
            return new Track(TRACK, ORG, RELEASE, ARTIST, title, isrc, durationMs, false, position, T0, T0, 1);
        }
    }
}
