package io.soundport.adapters.local.sandbox;

import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataTrack;

import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's music metadata: a small made-up catalog in MusicBrainz's shapes (three artists, three releases, one
 * of them on two discs, recordings with ISRCs, one without), so that searching and importing can be tried with no
 * network. Every id starts with {@code 5a4db0c5}; none is a real MusicBrainz entity.
 */
final class SandboxMusicCatalog {
    static final Mbid AURORA_LANE = id(1);
    static final Mbid AURORA_LANE_AND_THE_NIGHT_SHIFT = id(2);
    static final Mbid HARBOR_LIGHTS = id(3);
    /** Northern Skies: one digital medium, four tracks, each with an ISRC. */
    static final Mbid NORTHERN_SKIES = id(101);
    static final Mbid NORTHERN_SKIES_DELUXE = id(102);
    static final Mbid LIVE_AT_THE_PIER = id(103);

    private static final String LABEL = "Sandbox Records";

    final List<MetadataArtist> artists = List.of(
            new MetadataArtist(AURORA_LANE, "Aurora Lane", "Lane, Aurora", "Person", "GB", "sandbox singer-songwriter",
                    "1990-03-14", null, null),
            new MetadataArtist(AURORA_LANE_AND_THE_NIGHT_SHIFT, "Aurora Lane & The Night Shift",
                    "Aurora Lane & The Night Shift", "Group", "GB", "her touring band", "2019", null, null),
            new MetadataArtist(HARBOR_LIGHTS, "Harbor Lights", "Harbor Lights", "Group", "US", null, "2011", "2023",
                    null));

    final List<MetadataRecording> recordings = new ArrayList<>();
    final List<MetadataRelease> releases = new ArrayList<>();

    SandboxMusicCatalog() {
        ArtistCredit aurora = new ArtistCredit(AURORA_LANE, "Aurora Lane", "");
        ArtistCredit harbor = new ArtistCredit(HARBOR_LIGHTS, "Harbor Lights", "");
        List<MetadataTrack> northern = List.of(
                track(1, "Polar Light", 214_000, aurora, 201, "GBSBX2400001"),
                track(2, "Midnight Ferry", 187_500, aurora, 202, "GBSBX2400002"),
                track(3, "Glass Harbour", 243_000, aurora, 203, "GBSBX2400003"),
                track(4, "Northern Skies", 301_250, aurora, 204, "GBSBX2400004"));
        List<MetadataTrack> bonus = List.of(
                track(1, "Polar Light (Acoustic)", 205_000, aurora, 205, "GBSBX2400005"),
                track(2, "Snowline (Demo)", 176_000, aurora, 206, null));
        List<MetadataTrack> pier = List.of(
                track(1, "Lantern Bay (Live)", 262_000, harbor, 207, "USSBX1900001"),
                track(2, "Tidewater (Live)", 319_000, harbor, 208, "USSBX1900002"),
                track(3, "Last Ferry Home (Live)", 288_000, harbor, 209, "USSBX1900003"));
        releases.add(new MetadataRelease(NORTHERN_SKIES, "Northern Skies", "Official", "2024-03-08", "XW",
                "5012345678900", List.of(aurora), List.of(label("SBX-001")),
                List.of(new MetadataRelease.Medium(1, "Digital Media", northern.size(), northern)), null));
        releases.add(new MetadataRelease(NORTHERN_SKIES_DELUXE, "Northern Skies (Deluxe)", "Official", "2024-11-22",
                "GB", "5012345678917", List.of(aurora), List.of(label("SBX-001D")),
                List.of(new MetadataRelease.Medium(1, "CD", northern.size(), northern),
                        new MetadataRelease.Medium(2, "CD", bonus.size(), bonus)), null));
        releases.add(new MetadataRelease(LIVE_AT_THE_PIER, "Live at the Pier", "Official", "2019", "US", "",
                List.of(harbor), List.of(new MetadataRelease.LabelInfo(null, "[no label]", null)),
                List.of(new MetadataRelease.Medium(1, "Digital Media", pier.size(), pier)), null));
        for (MetadataRelease release : releases) {
            for (MetadataTrack track : release.tracks()) {
                if (recordings.stream().noneMatch(known -> known.id().equals(track.recording().id()))) {
                    recordings.add(track.recording());
                }
            }
        }
        recordings.replaceAll(recording -> new MetadataRecording(recording.id(), recording.title(),
                recording.lengthMs(), recording.disambiguation(), recording.artists(), recording.isrcs(),
                releases.stream().filter(release -> release.tracks().stream()
                                .anyMatch(track -> track.recording().id().equals(recording.id())))
                        .map(release -> new MetadataRecording.ReleaseRef(release.id(), release.title(), release.date()))
                        .toList(), null));
    }

    private static MetadataTrack track(int position, String title, long lengthMs, ArtistCredit credit, int recording,
                                       String isrc) {
        return new MetadataTrack(position, Integer.toString(position), title, lengthMs,
                new MetadataRecording(id(recording), title, lengthMs, null, List.of(credit),
                        isrc == null ? List.of() : List.of(isrc), List.of(), null));
    }

    private static MetadataRelease.LabelInfo label(String catalogNumber) {
        return new MetadataRelease.LabelInfo(id(900), LABEL, catalogNumber);
    }

    private static Mbid id(int n) {
        return Mbid.of(String.format("5a4db0c5-0000-4000-8000-%012d", n));
    }
}
