package io.soundport.application.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event types an endpoint can subscribe to, each with what it means and an example of its {@code data}. */
public final class EventTypes {
    /** One entry of the catalog. */
    public record EventType(String type, String description, Map<String, Object> example) {
    }

    private static final Map<String, Object> RELEASE = example(
            "id", "rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR", "title", "Night Drive", "artist_id", "art_01JDX4N8Q5F2P8R1W7Y3D6K4AS",
            "upc", "036000291452", "label", "Analytical Records", "release_date", "2026-12-04", "genre", "Synthwave",
            "territories", List.of("US", "GB"), "status", "DRAFT", "track_count", 2, "version", 1);
    private static final Map<String, Object> ARTIST = example(
            "id", "art_01JDX4N8Q5F2P8R1W7Y3D6K4AS", "name", "The Midnight", "musicbrainz_id", null, "spotify_id", null);
    private static final Map<String, Object> TRACK = example(
            "id", "trk_01JDX4N8Q9A7C3E5G1J2L4N6PR", "title", "Sunset", "release_id", "rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR",
            "isrc", "USRC17607839", "duration_ms", 215000, "explicit", false, "position", 1);

    private static final Map<String, Object> DELIVERY = example(
            "id", "dlv_01JDX4N8QF0H2K4M6P8R0T2V4X", "release_id", "rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR",
            "partner_id", "ptn_01JDX4N8QG1J3L5N7Q9S1U3W5Y", "partner_name", "Streamly", "kind", "DELIVERY",
            "status", "QUEUED", "attempts", 0, "partner_reference", null, "workflow_depth", 0);

    public static final List<EventType> ALL = List.of(
            new EventType("release.created", "A release was ingested (DRAFT)", RELEASE),
            new EventType("release.updated", "A DRAFT release or its tracks changed", RELEASE),
            new EventType("release.submitted", "A release went from DRAFT to SUBMITTED", withStatus(RELEASE, "SUBMITTED")),
            new EventType("release.deleted", "A DRAFT release was deleted with its tracks", RELEASE),
            new EventType("release.takedown_requested", "A takedown of a delivered release was requested",
                    withStatus(RELEASE, "TAKEDOWN_REQUESTED")),
            new EventType("artist.created", "An artist was added", ARTIST),
            new EventType("artist.updated", "An artist changed", ARTIST),
            new EventType("artist.deleted", "An artist was deleted", ARTIST),
            new EventType("track.created", "A track was added", TRACK),
            new EventType("track.updated", "A track changed", TRACK),
            new EventType("track.deleted", "A track was deleted", TRACK),
            new EventType("release.delivered", "Every delivery of a release reached its partner",
                    withStatus(RELEASE, "DELIVERED")),
            new EventType("release.taken_down", "Every partner confirmed the takedown", withStatus(RELEASE, "TAKEN_DOWN")),
            new EventType("delivery.queued", "A delivery of a release to a partner was queued", DELIVERY),
            new EventType("delivery.succeeded", "A partner received a release (or its takedown)",
                    withStatus(DELIVERY, "DELIVERED")),
            new EventType("delivery.failed", "A delivery failed after its last attempt", withStatus(DELIVERY, "FAILED")),
            new EventType("workflow.executed", "A workflow rule ran", example("execution_id", "wfx_01JDX4N8QD8F0H2K4M6P8R0T2V",
                    "rule_id", "wfr_01JDX4N8QC7E9G1J3L5N7Q9S1U", "rule_name", "Deliver on submit",
                    "trigger_event_id", "evt_01JDX4N8QE9G1J3L5N7Q9S1U3W", "trigger_event_type", "release.submitted",
                    "status", "SUCCEEDED", "workflow_depth", 1)),
            new EventType("workflow.webhook", "Emitted by a rule's webhook action, with the rule's data",
                    example("rule_id", "wfr_01JDX4N8QC7E9G1J3L5N7Q9S1U", "rule_name", "Tell the CMS",
                            "trigger_event_id", "evt_01JDX4N8QE9G1J3L5N7Q9S1U3W", "trigger_event_type", "release.submitted",
                            "data", Map.of("channel", "cms"), "workflow_depth", 1)),
            new EventType("webhook.test", "Sent by POST /webhooks/{id}/test",
                    example("message", "This is a test event from Soundport", "endpoint_id", "whk_01JDX4N8QB2D4F6H8K0M2P4R6T")));

    private EventTypes() {
    }

    public static boolean exists(String type) {
        return ALL.stream().anyMatch(t -> t.type().equals(type));
    }

    private static Map<String, Object> example(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> withStatus(Map<String, Object> release, String status) {
        Map<String, Object> copy = new LinkedHashMap<>(release);
        copy.put("status", status);
        return java.util.Collections.unmodifiableMap(copy);
    }
}
