package io.soundport.domain.distribution;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Builds what a partner receives for a release: the message in the partner's wire format and the
 * {@code manifest.json} that lists every other file of the package with its size and SHA-256, which the gateways
 * hand over last so that a receiver can tell a complete package from a partial one. The format (DDEX ERN, JSON) is
 * the adapter's business; the core only passes the package from here to a {@link DeliveryGateway}.
 */
public interface ReleasePackager {

    /**
     * The package of {@code contents}, named by its message id; the same contents give the same bytes, so a retry
     * sends what the first attempt sent.
     *
     * @throws io.soundport.domain.shared.DomainException VALIDATION_ERROR naming every field when the release cannot
     *         be packaged (no UPC, no release date, no track, a track without ISRC) or the message id cannot name a
     *         file; such a delivery fails for good, since no retry will change it
     */
    DeliveryPackage pack(Contents contents);

    /** A sending or receiving party of the message: its id and its name. */
    record Party(String id, String name) {
        public Party {
            id = Validation.requireText(id, "party_id", 200);
            name = Validation.requireText(name, "party_name", 300);
        }
    }

    /**
     * What is delivered: the release (or its takedown, by {@code kind}) from {@code sender} to {@code recipient},
     * under {@code messageId}, with the display name of its artist, its tracks and the time the message is created.
     */
    record Contents(DeliveryKind kind, Party sender, Party recipient, String messageId, Release release,
                    String artistName, List<Track> tracks, Instant createdAt, Terms terms) {
        public Contents {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(terms, "terms");
            tracks = List.copyOf(tracks);
        }

        /** Contents under {@link Terms#LIVE}. */
        public Contents(DeliveryKind kind, Party sender, Party recipient, String messageId, Release release,
                        String artistName, List<Track> tracks, Instant createdAt) {
            this(kind, sender, recipient, messageId, release, artistName, tracks, createdAt, Terms.LIVE);
        }
    }

    /**
     * How the message is meant: {@code test} when the recipient takes it for testing only (a test partner);
     * {@code deliveredLive} when the release has reached this recipient before in a live delivery, so that, once its
     * release date has come, it may have been on sale there; {@code takedown}: how the recipient wants the takedown
     * of a release that was never on sale.
     */
    record Terms(boolean test, boolean deliveredLive, TakedownMessage takedown) {
        /** A live message to a recipient that may have the release on sale, taking it down by a message. */
        public static final Terms LIVE = new Terms(false, true, TakedownMessage.MESSAGE);

        public Terms {
            Objects.requireNonNull(takedown, "takedown");
        }
    }
}
