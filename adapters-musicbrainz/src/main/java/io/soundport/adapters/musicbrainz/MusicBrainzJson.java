package io.soundport.adapters.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.catalog.metadata.ArtistCredit;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataTrack;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * WS/2 JSON to the domain's records, read as a tree: a member that is absent or null is a null (an empty list for
 * lists), a member it does not know is passed over. Only the ids and names the records require are required; a body
 * without them, or not JSON at all, is an INTEGRATION_ERROR.
 */
final class MusicBrainzJson {
    private static final int MAX_ERROR_TEXT = 300;
    private final ObjectMapper mapper = new ObjectMapper();

    /** The body mapped by {@code map}, or INTEGRATION_ERROR when it is not what MusicBrainz answers. */
    <T> T parse(byte[] body, Function<JsonNode, T> map) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return map.apply(root);
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.integration(MusicBrainzSettings.PROVIDER
                    + " answered a body that cannot be read as its JSON");
        }
    }

    /** The text of a WS/2 error body ({@code {"error": "...", "help": "..."}}), printable and short; null if none. */
    String error(byte[] body) {
        try {
            String text = optional(mapper.readTree(body), "error");
            if (text == null) {
                return null;
            }
            String printable = text.replaceAll("\\p{Cntrl}+", " ").strip();
            return printable.length() > MAX_ERROR_TEXT ? printable.substring(0, MAX_ERROR_TEXT) + "…" : printable;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    <T> MetadataPage<T> page(JsonNode root, String list, Function<JsonNode, T> item) {
        List<T> items = list(root.path(list), item);
        Integer count = integer(root, "count");
        Integer offset = integer(root, "offset");
        return new MetadataPage<>(count == null ? items.size() : count, offset == null ? 0 : offset, items);
    }

    MetadataArtist artist(JsonNode node) {
        JsonNode lifeSpan = node.path("life-span");
        return new MetadataArtist(id(node), required(node, "name"), optional(node, "sort-name"),
                optional(node, "type"), optional(node, "country"), optional(node, "disambiguation"),
                optional(lifeSpan, "begin"), optional(lifeSpan, "end"), integer(node, "score"));
    }

    MetadataRelease release(JsonNode node) {
        List<JsonNode> media = new ArrayList<>();
        node.path("media").forEach(media::add);
        List<MetadataRelease.Medium> mapped = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            mapped.add(medium(media.get(i), i + 1));
        }
        return new MetadataRelease(id(node), required(node, "title"), optional(node, "status"),
                optional(node, "date"), optional(node, "country"), text(node, "barcode"), credits(node),
                list(node.path("label-info"), this::label), mapped, integer(node, "score"));
    }

    MetadataRecording recording(JsonNode node) {
        return new MetadataRecording(id(node), required(node, "title"), longValue(node, "length"),
                optional(node, "disambiguation"), credits(node), list(node.path("isrcs"), JsonNode::asText),
                list(node.path("releases"), this::releaseRef), integer(node, "score"));
    }

    /** A search hit's media carry no position: their place in the list is it. */
    private MetadataRelease.Medium medium(JsonNode node, int place) {
        Integer position = integer(node, "position");
        Integer trackCount = integer(node, "track-count");
        List<JsonNode> tracks = new ArrayList<>();
        node.path("tracks").forEach(tracks::add);
        List<MetadataTrack> mapped = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            mapped.add(track(tracks.get(i), i + 1));
        }
        return new MetadataRelease.Medium(position == null ? place : position, optional(node, "format"),
                trackCount == null ? mapped.size() : trackCount, mapped);
    }

    private MetadataTrack track(JsonNode node, int place) {
        MetadataRecording recording = recording(node.path("recording"));
        Integer position = integer(node, "position");
        String title = optional(node, "title");
        return new MetadataTrack(position == null ? place : position, optional(node, "number"),
                title == null ? recording.title() : title, longValue(node, "length"), recording);
    }

    private MetadataRelease.LabelInfo label(JsonNode node) {
        JsonNode label = node.path("label");
        String labelId = optional(label, "id");
        return new MetadataRelease.LabelInfo(labelId == null ? null : Mbid.of(labelId), optional(label, "name"),
                optional(node, "catalog-number"));
    }

    private MetadataRecording.ReleaseRef releaseRef(JsonNode node) {
        return new MetadataRecording.ReleaseRef(id(node), optional(node, "title"), optional(node, "date"));
    }

    /** The credit's own name where it has one (a release may credit "Giant Giant Sand" for Giant Sand). */
    private List<ArtistCredit> credits(JsonNode node) {
        return list(node.path("artist-credit"), credit -> {
            JsonNode artist = credit.path("artist");
            String name = optional(credit, "name");
            return new ArtistCredit(id(artist), name == null ? required(artist, "name") : name,
                    text(credit, "joinphrase"));
        });
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(element -> items.add(item.apply(element)));
        }
        return items;
    }

    private static Mbid id(JsonNode node) {
        return Mbid.of(required(node, "id"));
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    /** The member's text as MusicBrainz wrote it ({@code ""} included), null when absent or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** As {@link #text}, an empty text (MusicBrainz's "none") a null too. */
    private static String optional(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : value;
    }

    /** Numbers, and numbers written as text (WS/2 has sent scores both ways); null when absent or unreadable. */
    private static Long longValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText().strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static Integer integer(JsonNode node, String field) {
        Long value = longValue(node, field);
        return value == null ? null : Math.toIntExact(value);
    }
}
