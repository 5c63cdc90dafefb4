package io.soundport.application.catalog;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Maps a release of the metadata source onto a catalog ingestion: the credited artists as one name (linked to the
 * source's artist when there is one credit), the barcode when it is a valid UPC/EAN, the first real label, the date
 * when it is a whole date, and every track of every medium in order with its length and the first valid ISRC of its
 * recording. What the catalog cannot take is left out; what it needs and the source lacks is a CONFLICT.
 */
final class ReleaseImports {
    /** MusicBrainz's special label for self-releases, which is no label. */
    private static final String NO_LABEL = "[no label]";

    private ReleaseImports() {
    }

    static ReleaseImport of(MetadataRelease source) {
        String what = "MusicBrainz release " + source.id();
        if (source.artists().isEmpty()) {
            throw DomainException.conflict(what + " is credited to no artist");
        }
        List<MetadataTrack> tracks = source.tracks();
        if (tracks.size() > IngestReleaseCommand.MAX_TRACKS) {
            throw DomainException.conflict(what + " has " + tracks.size() + " tracks; a release takes at most "
                    + IngestReleaseCommand.MAX_TRACKS);
        }
        List<String> unknownLengths = new ArrayList<>();
        List<IngestReleaseCommand.RawTrack> raw = new ArrayList<>();
        for (MetadataRelease.Medium medium : source.media()) {
            for (MetadataTrack track : medium.tracks()) {
                Long length = track.lengthMs() != null ? track.lengthMs() : track.recording().lengthMs();
                if (length == null) {
                    unknownLengths.add(medium.position() + "." + track.position() + " \"" + track.title() + "\"");
                }
                raw.add(new IngestReleaseCommand.RawTrack(track.title(), firstValidIsrc(track), length, false,
                        raw.size() + 1));
            }
        }
        if (!unknownLengths.isEmpty()) {
            throw DomainException.conflict(what + " gives no length for track " + String.join(", ", unknownLengths)
                    + "; a catalog track needs its duration");
        }
        List<ArtistCredit> credits = source.artists();
        try {
            IngestReleaseCommand ingestion = IngestReleaseCommand.of(source.title(), null, ArtistCredit.line(credits),
                    upc(source.barcode()), label(source), wholeDate(source.date()), null, List.of(), raw);
            return new ReleaseImport(source, ingestion, credits.size() == 1 ? credits.get(0).artistId() : null);
        } catch (DomainException invalid) {
            if (invalid.code() != ErrorCode.VALIDATION_ERROR) {
                throw invalid;
            }
            throw DomainException.conflict(what + " cannot be a catalog release as it is: " + invalid.details().stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        }
    }

    private static String firstValidIsrc(MetadataTrack track) {
        return track.recording().isrcs().stream().filter(ReleaseImports::isIsrc).findFirst().orElse(null);
    }

    private static boolean isIsrc(String value) {
        try {
            Isrc.of(value);
            return true;
        } catch (DomainException notOne) {
            return false;
        }
    }

    private static String upc(String barcode) {
        if (barcode == null || barcode.isBlank()) {
            return null;
        }
        try {
            return Upc.of(barcode).value();
        } catch (DomainException notOne) {
            return null;
        }
    }

    private static String label(MetadataRelease source) {
        return source.labels().stream().map(MetadataRelease.LabelInfo::name).filter(Objects::nonNull)
                .filter(name -> !name.isBlank() && !name.equalsIgnoreCase(NO_LABEL)).findFirst().orElse(null);
    }

    private static String wholeDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException partial) {
            return null;
        }
    }
}
