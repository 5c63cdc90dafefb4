package io.soundport.adapters.local.sandbox;

import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MusicMetadata;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link MusicMetadata} without MusicBrainz: searches and lookups of a small made-up catalog
 * ({@link SandboxMusicCatalog}), for trying the product with no network and no MusicBrainz contact configured. A
 * query is read loosely: field prefixes ({@code artist:}), quotes, parentheses and the operators AND, OR and NOT are
 * dropped, and a hit is whatever names any remaining word; its score is the share of words it names, and of two
 * hits that name as many, the one with fewer other words comes first.
 */
public final class SandboxMusicMetadata implements MusicMetadata {
    private static final Set<String> OPERATORS = Set.of("and", "or", "not");

    private final SandboxMusicCatalog catalog = new SandboxMusicCatalog();

    @Override
    public MetadataPage<MetadataArtist> searchArtists(MetadataSearch search) {
        return search(search, catalog.artists, MetadataArtist::name,
                (artist, score) -> new MetadataArtist(artist.id(), artist.name(), artist.sortName(), artist.type(),
                        artist.country(), artist.disambiguation(), artist.beginDate(), artist.endDate(), score));
    }

    @Override
    public MetadataPage<MetadataRelease> searchReleases(MetadataSearch search) {
        return search(search, catalog.releases,
                release -> release.title() + " " + ArtistCredit.line(release.artists()),
                (release, score) -> new MetadataRelease(release.id(), release.title(), release.status(),
                        release.date(), release.country(), release.barcode(), release.artists(), release.labels(),
                        release.media().stream().map(medium -> new MetadataRelease.Medium(medium.position(),
                                medium.format(), medium.trackCount(), List.of())).toList(), score));
    }

    @Override
    public MetadataPage<MetadataRecording> searchRecordings(MetadataSearch search) {
        return search(search, catalog.recordings,
                recording -> recording.title() + " " + ArtistCredit.line(recording.artists()),
                (recording, score) -> new MetadataRecording(recording.id(), recording.title(), recording.lengthMs(),
                        recording.disambiguation(), recording.artists(), recording.isrcs(), recording.releases(),
                        score));
    }

    @Override
    public Optional<MetadataArtist> artist(Mbid id) {
        return catalog.artists.stream().filter(artist -> artist.id().equals(id)).findFirst();
    }

    @Override
    public Optional<MetadataRelease> release(Mbid id) {
        return catalog.releases.stream().filter(release -> release.id().equals(id)).findFirst();
    }

    @Override
    public Optional<MetadataRecording> recording(Mbid id) {
        return catalog.recordings.stream().filter(recording -> recording.id().equals(id)).findFirst();
    }

    /** An item with its searchable text read once: its score for the query and how many words it has. */
    private record Hit<T>(T item, String text, int score, int words) {
        static <T> Hit<T> of(T item, String text, List<String> query) {
            return new Hit<>(item, text, SandboxMusicMetadata.score(query, text),
                    SandboxMusicMetadata.words(text).size());
        }
    }

    private static <T> MetadataPage<T> search(MetadataSearch search, List<T> all, Function<T, String> text,
                                              BiFunction<T, Integer, T> scored) {
        List<String> words = words(search.query());
        List<Hit<T>> hits = all.stream()
                .map(item -> Hit.of(item, text.apply(item), words))
                .filter(hit -> hit.score() > 0)
                .sorted(Comparator.comparingInt((Hit<T> hit) -> -hit.score()).thenComparingInt(Hit::words)
                        .thenComparing(Hit::text))
                .toList();
        List<T> page = hits.stream().skip(search.offset()).limit(search.limit())
                .map(hit -> scored.apply(hit.item(), hit.score())).toList();
        return new MetadataPage<>(hits.size(), search.offset(), page);
    }

    private static int score(List<String> words, String text) {
        if (words.isEmpty()) {
            return 0;
        }
        List<String> named = words(text);
        long matched = words.stream().filter(named::contains).count();
        return (int) (100 * matched / words.size());
    }

    private static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("\\b[a-z-]+:", " ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(plain.strip().split(" +")).filter(word -> !word.isEmpty())
                .filter(word -> !OPERATORS.contains(word)).toList();
    }
}
