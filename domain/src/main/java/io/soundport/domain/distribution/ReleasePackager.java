package io.soundport.domain.distribution;

import io.soundport.domain.catalog.AssetSubject;
import io.soundport.domain.catalog.MediaAsset;
import io.soundport.domain.catalog.MediaKind;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds what a partner receives for a release: the message in the partner's wire format, the media files it
 * references under {@code resources/}, and the {@code manifest.json} that lists every other file of the package with
 * its size and checksums, which the gateways hand over last so that a receiver can tell a complete package from a
 * partial one. The format (DDEX ERN, JSON) is
 * the adapter's business; the core only passes the package from here to a {@link DeliveryGateway}.
 */
public interface ReleasePackager {

    /**
     * The package of {@code contents}, named by its message id, in its batch, in the folder named by the release's
     * UPC. A delivery ({@link DeliveryKind#DELIVERY}) carries every media file of {@code contents.media()} under
     * {@code resources/}, referenced from the message with its size and MD5 and listed in the manifest with its
     * SHA-256 too; a takedown carries none. The same contents give the same bytes, so a retry sends what the first
     * attempt sent.
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
     * under {@code messageId}, with the display name of its artist, its tracks, the time the message is created, the
     * terms it is sent under, the batch it goes out in ({@link DeliveryPackage#batchIdAt}) and the media files that go
     * with it.
     */
    record Contents(DeliveryKind kind, Party sender, Party recipient, String messageId, Release release,
                    String artistName, List<Track> tracks, Instant createdAt, Terms terms, String batchId,
                    Media media) {
        public Contents {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(batchId, "batchId");
            Objects.requireNonNull(media, "media");
            tracks = List.copyOf(tracks);
        }

        /** Contents without media, in the batch of {@code createdAt}. */
        public Contents(DeliveryKind kind, Party sender, Party recipient, String messageId, Release release,
                        String artistName, List<Track> tracks, Instant createdAt, Terms terms) {
            this(kind, sender, recipient, messageId, release, artistName, tracks, createdAt, terms,
                    DeliveryPackage.batchIdAt(createdAt), Media.NONE);
        }

        /** Contents under {@link Terms#LIVE}, without media, in the batch of {@code createdAt}. */
        public Contents(DeliveryKind kind, Party sender, Party recipient, String messageId, Release release,
                        String artistName, List<Track> tracks, Instant createdAt) {
            this(kind, sender, recipient, messageId, release, artistName, tracks, createdAt, Terms.LIVE);
        }
    }

    /**
     * The media delivered with a release: its cover (null when it has none) and the audio of its tracks, by track.
     * A takedown carries none.
     */
    record Media(MediaFile artwork, Map<TrackId, MediaFile> audio) {
        public static final Media NONE = new Media(null, Map.of());

        public Media {
            audio = Map.copyOf(audio);
            if (artwork != null && artwork.asset().subject().kind() != MediaKind.ARTWORK) {
                throw new IllegalArgumentException("the artwork must be an artwork asset");
            }
            audio.forEach((track, file) -> {
                if (!file.asset().subject().equals(AssetSubject.audioOf(track))) {
                    throw new IllegalArgumentException("the audio of " + track + " must be its own");
                }
            });
        }
    }

    /** A stored media file: what is known of it and where its bytes are read when it is sent. */
    record MediaFile(MediaAsset asset, DeliveryPackage.Source source) {
        public MediaFile {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(source, "source");
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
