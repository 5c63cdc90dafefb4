package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /events}: live events of an organization, their status rules, roles, tenancy and webhook events. */
class LiveEventEndpointsTest extends RestTest {

    private static Map<String, Object> show(String title, String date) {
        return obj("title", title, "description", "Doors at 19:00\nNo re-entry", "date", date,
                "location", "Paradiso, Amsterdam", "capacity", 1500, "organizer", "Analytical Records");
    }

    @Test
    void an_event_is_created_read_patched_replaced_and_deleted_and_subscribers_hear_of_each_change() {
        Account owner = register();
        String hook = owner.api().post("/webhooks", obj("url", "https://hooks.example.com/live",
                "events", List.of("event.created", "event.updated", "event.deleted"))).expect(201).id();

        Api.Response created = owner.api().post("/events", show("Night Drive live", "2027-06-12T20:00:00+02:00"))
                .expect(201);
        String id = created.id();
        assertThat(id).startsWith("lve_");
        assertThat(created.header("Location")).isEqualTo("/api/v1/events/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.text("status")).isEqualTo("SCHEDULED");
        assertThat(created.text("date")).isEqualTo("2027-06-12T20:00:00+02:00");
        assertThat(created.text("description")).isEqualTo("Doors at 19:00\nNo re-entry");
        assertThat(created.json().path("capacity").asInt()).isEqualTo(1500);

        Api.Response read = owner.api().get("/events/" + id).expect(200);
        assertThat(read.json()).isEqualTo(created.json());
        owner.api().with("If-None-Match", "\"1\"").get("/events/" + id).expect(304);

        Api.Response postponed = owner.api().with("If-Match", "\"1\"").patch("/events/" + id,
                obj("status", "postponed", "organizer", "")).expect(200);
        assertThat(postponed.text("status")).isEqualTo("POSTPONED");
        assertThat(postponed.json().path("organizer").isNull()).isTrue();
        assertThat(postponed.text("title")).isEqualTo("Night Drive live");
        assertThat(postponed.header("ETag")).isEqualTo("\"2\"");
        owner.api().with("If-Match", "\"1\"").patch("/events/" + id, obj("title", "Stale"))
                .error(412, "PRECONDITION_FAILED");

        Api.Response replaced = owner.api().with("If-Match", "\"2\"").put("/events/" + id, obj("title",
                "Night Drive live, new date", "date", "2027-09-01T20:00:00+02:00", "location", "Paradiso",
                "status", "scheduled")).expect(200);
        assertThat(replaced.text("status")).isEqualTo("SCHEDULED");
        assertThat(replaced.text("date")).isEqualTo("2027-09-01T20:00:00+02:00");
        assertThat(replaced.json().path("capacity").isNull()).as("PUT clears what it does not give").isTrue();
        assertThat(replaced.json().path("description").isNull()).isTrue();
        assertThat(replaced.header("ETag")).isEqualTo("\"3\"");

        owner.api().with("If-Match", "\"2\"").delete("/events/" + id).error(412, "PRECONDITION_FAILED");
        owner.api().with("If-Match", "\"3\"").delete("/events/" + id).expect(204);
        owner.api().get("/events/" + id).error(404, "NOT_FOUND");

        JsonNode messages = await(() -> owner.api().get("/webhooks/" + hook + "/messages").expect(200).json(),
                m -> m.path("data").size() == 4);
        List<String> types = new ArrayList<>();
        for (JsonNode message : messages.path("data")) {
            types.add(message.path("event_type").asText());
            JsonNode data = message.path("payload").path("data");
            assertThat(data.path("id").asText()).isEqualTo(id);
            assertThat(data.path("location").asText()).isNotBlank();
        }
        assertThat(types).containsExactlyInAnyOrder("event.created", "event.updated", "event.updated",
                "event.deleted");
    }

    @Test
    void invalid_fields_are_refused_together_and_the_status_rules_answer_conflict() {
        Account owner = register();

        Api.Response invalid = owner.api().post("/events", obj("title", " ", "date", "2027-06-12 20:00",
                "capacity", 0, "status", "sold_out"));
        invalid.error(400, "VALIDATION_ERROR");
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("title", "date", "location", "capacity",
                "status");
        owner.api().post("/events", show("No offset", "2027-06-12T20:00:00")).error(400, "VALIDATION_ERROR");
        assertThat(owner.api().get("/events").ids()).isEmpty();

        owner.api().post("/events", obj("title", "Too soon", "date", "2099-06-12T20:00:00Z", "location", "Paradiso",
                "status", "completed")).error(409, "CONFLICT");
        String id = owner.api().post("/events", show("Cancelled show", "2027-06-12T20:00:00+02:00")).expect(201).id();
        owner.api().patch("/events/" + id, obj("status", "CANCELLED")).expect(200);
        Api.Response reopened = owner.api().patch("/events/" + id, obj("status", "scheduled"));
        reopened.error(409, "CONFLICT");
        assertThat(reopened.errorFields()).containsExactly("status");
        owner.api().patch("/events/" + id, obj("date", "2027-07-01T20:00:00+02:00")).error(409, "CONFLICT");
        assertThat(owner.api().get("/events/" + id).text("status")).isEqualTo("CANCELLED");
        owner.api().patch("/events/" + id, obj("capacity", 20_000_000)).error(400, "VALIDATION_ERROR");
    }

    @Test
    void the_list_is_soonest_first_filtered_by_status_and_date_range_and_paged() {
        Account owner = register();
        String july = owner.api().post("/events", show("July", "2027-07-01T20:00:00+02:00")).expect(201).id();
        String june = owner.api().post("/events", show("June", "2027-06-01T20:00:00+02:00")).expect(201).id();
        String august = owner.api().post("/events", show("August", "2027-08-01T20:00:00Z")).expect(201).id();
        owner.api().patch("/events/" + august, obj("status", "postponed")).expect(200);

        assertThat(owner.api().get("/events").expect(200).ids()).containsExactly(june, july, august);
        assertThat(owner.api().get("/events?status=scheduled").expect(200).ids()).containsExactly(june, july);
        assertThat(owner.api().get("/events?status=POSTPONED").expect(200).ids()).containsExactly(august);
        assertThat(owner.api().get("/events?from=2027-06-15T00:00:00Z&to=2027-08-01T20:00:00Z").expect(200).ids())
                .containsExactly(july);
        assertThat(owner.api().get("/events?from=2027-07-01T18:00:00Z&status=postponed").ids())
                .containsExactly(august);
        // ISO-8601 years no database stores select as open ends would
        assertThat(owner.api().get("/events?from=-999999999-01-01T00:00:00Z&to=%2B999999999-12-31T23:59:59Z")
                .expect(200).ids()).containsExactly(june, july, august);

        Api.Response first = owner.api().get("/events?limit=2").expect(200);
        assertThat(first.ids()).containsExactly(june, july);
        assertThat(first.json().path("has_more").asBoolean()).isTrue();
        Api.Response next = owner.api().get("/events?limit=2&cursor=" + first.text("next_cursor")).expect(200);
        assertThat(next.ids()).containsExactly(august);
        assertThat(next.json().path("has_more").asBoolean()).isFalse();

        Api.Response invalid = owner.api().get("/events?status=sold_out&from=june&limit=0");
        invalid.error(400, "VALIDATION_ERROR");
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("status", "from", "limit");
    }

    @Test
    void viewers_and_read_keys_only_read_write_keys_write_and_other_organizations_get_404() {
        Account owner = register();
        String id = owner.api().post("/events", show("Members only", "2027-06-12T20:00:00+02:00")).expect(201).id();
        Account viewer = member(owner, "VIEWER");
        Api readKey = api.withKey(createKey(owner, "read"));
        Api writeKey = api.withKey(createKey(owner, "write"));

        assertThat(viewer.api().get("/events").expect(200).ids()).containsExactly(id);
        viewer.api().post("/events", show("Viewer's", "2027-06-12T20:00:00Z")).error(403, "AUTHORIZATION_ERROR");
        viewer.api().patch("/events/" + id, obj("title", "Viewer's")).error(403, "AUTHORIZATION_ERROR");
        readKey.get("/events/" + id).expect(200);
        readKey.delete("/events/" + id).error(403, "AUTHORIZATION_ERROR");
        String byKey = writeKey.post("/events", show("By key", "2027-06-13T20:00:00Z")).expect(201).id();
        assertThat(owner.api().get("/events").ids()).containsExactly(id, byKey);

        Account stranger = register();
        stranger.api().get("/events/" + id).error(404, "NOT_FOUND");
        stranger.api().put("/events/" + id, show("Taken", "2027-06-12T20:00:00Z")).error(404, "NOT_FOUND");
        stranger.api().patch("/events/" + id, obj("title", "Taken")).error(404, "NOT_FOUND");
        stranger.api().delete("/events/" + id).error(404, "NOT_FOUND");
        assertThat(stranger.api().get("/events").ids()).isEmpty();
        assertThat(owner.api().get("/events/" + id).text("title")).isEqualTo("Members only");
    }
}
