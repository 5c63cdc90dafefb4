package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /organization/audit-log and GET /admin/audit-log: who changed what, when and from where. */
@RestTest.ServerProperties("soundport.platform.admins=ops@example.com")
class AuditLogEndpointsTest extends RestTest {

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.path("data").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    @Test
    void a_change_is_listed_with_its_actor_resource_time_origin_and_request_id() {
        Account owner = register();
        Instant before = Instant.now();
        String artist = owner.api().with("X-Request-Id", "req-audit-1").with("User-Agent", "audit-test/1.0")
                .post("/artists", obj("name", "Burial")).expect(201).id();

        JsonNode entry = owner.api().get("/organization/audit-log?resource_id=" + artist).expect(200).json()
                .path("data").get(0);

        assertThat(entry.path("id").asText()).startsWith("aud_");
        assertThat(entry.path("organization_id").asText()).isEqualTo(owner.organizationId());
        assertThat(entry.path("actor_type").asText()).isEqualTo("USER");
        assertThat(entry.path("actor_id").asText()).isEqualTo(owner.userId());
        assertThat(entry.path("action").asText()).isEqualTo("artist.created");
        assertThat(entry.path("resource_type").asText()).isEqualTo("artist");
        assertThat(entry.path("resource_id").asText()).isEqualTo(artist);
        assertThat(entry.path("request_id").asText()).isEqualTo("req-audit-1");
        assertThat(entry.path("user_agent").asText()).isEqualTo("audit-test/1.0");
        assertThat(entry.path("ip_address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Instant.parse(entry.path("occurred_at").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(entry.toString()).doesNotContain(PASSWORD).doesNotContain(owner.accessToken());
    }

    @Test
    void the_log_is_newest_first_in_pages_and_filters_by_actor_resource_action_and_time() {
        Account owner = register();
        Account admin = member(owner, "ADMIN");
        String artist = createArtist(owner, "Four Tet");
        Instant between = Instant.now();
        admin.api().patch("/artists/" + artist, obj("name", "Kieran Hebden")).expect(200);
        String other = createArtist(admin, "Floating Points");

        JsonNode firstPage = owner.api().get("/organization/audit-log?limit=2").expect(200).json();
        assertThat(actions(firstPage)).containsExactly("artist.created", "artist.updated");
        assertThat(firstPage.path("has_more").asBoolean()).isTrue();
        JsonNode next = owner.api().get("/organization/audit-log?limit=2&cursor="
                + firstPage.path("next_cursor").asText()).expect(200).json();
        assertThat(actions(next)).startsWith("artist.created");
        assertThat(next.path("data").get(0).path("resource_id").asText()).isEqualTo(artist);

        assertThat(owner.api().get("/organization/audit-log?actor=" + admin.userId()).json().path("data"))
                .extracting(e -> e.path("action").asText()).containsExactly("artist.created", "artist.updated",
                        "user.signed_in");
        assertThat(owner.api().get("/organization/audit-log?resource_type=artist&resource_id=" + artist).json()
                .path("data")).extracting(e -> e.path("action").asText())
                .containsExactly("artist.updated", "artist.created");
        assertThat(owner.api().get("/organization/audit-log?action=artist.created").json().path("data"))
                .extracting(e -> e.path("resource_id").asText()).containsExactly(other, artist);
        assertThat(owner.api().get("/organization/audit-log?resource_type=artist&since=" + between).json()
                .path("data")).extracting(e -> e.path("resource_id").asText()).containsExactly(other, artist);
        assertThat(owner.api().get("/organization/audit-log?resource_type=artist&until=" + between).json()
                .path("data")).extracting(e -> e.path("action").asText()).containsExactly("artist.created");
    }

    @Test
    void owners_admins_and_admin_keys_read_it_members_and_other_keys_do_not() {
        Account owner = register();
        String adminKey = createKey(owner, "admin");
        String writeKey = createKey(owner, "read", "write");
        String artist = api.withKey(writeKey).post("/artists", obj("name", "By key")).expect(201).id();

        JsonNode byKey = owner.api().get("/organization/audit-log?resource_id=" + artist).expect(200).json()
                .path("data").get(0);
        assertThat(byKey.path("actor_type").asText()).isEqualTo("API_KEY");
        assertThat(byKey.path("actor_id").asText()).startsWith("key_");
        assertThat(api.withKey(adminKey).get("/organization/audit-log").expect(200).json().path("data").size())
                .isPositive();
        member(owner, "ADMIN").api().get("/organization/audit-log").expect(200);
        member(owner, "MEMBER").api().get("/organization/audit-log").error(403, "AUTHORIZATION_ERROR");
        api.withKey(writeKey).get("/organization/audit-log").error(403, "AUTHORIZATION_ERROR");
        api.get("/organization/audit-log").error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void an_organization_sees_only_its_own_changes() {
        Account one = register();
        Account two = register();
        String artist = createArtist(two, "Elsewhere");

        assertThat(one.api().get("/organization/audit-log?resource_id=" + artist).json().path("data")).isEmpty();
        assertThat(one.api().get("/organization/audit-log").json().path("data"))
                .allSatisfy(e -> assertThat(e.path("organization_id").asText()).isEqualTo(one.organizationId()));
    }

    @Test
    void a_refused_write_leaves_no_entry() {
        Account owner = register();
        String release = ingest(owner, "Kept");
        String artist = owner.api().get("/releases/" + release).json().path("artist_id").asText();

        owner.api().delete("/artists/" + artist).error(409, "CONFLICT");
        owner.api().with("If-Match", "\"99\"").patch("/releases/" + release, obj("title", "Stale"))
                .error(412, "PRECONDITION_FAILED");

        assertThat(actions(owner.api().get("/organization/audit-log?resource_type=artist").json()))
                .doesNotContain("artist.deleted");
        assertThat(actions(owner.api().get("/organization/audit-log?resource_id=" + release).json()))
                .containsExactly("release.created");
    }

    @Test
    void bad_filters_are_a_400_naming_each_field() {
        Account owner = register();

        Api.Response r = owner.api().get("/organization/audit-log?actor=bob&resource_type=Release%21&action=updated"
                + "&since=yesterday&until=2026-01-01&limit=101&cursor=nope");

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).contains("actor", "resource_type", "action", "since", "until", "limit", "cursor");
        owner.api().get("/organization/audit-log?since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z")
                .error(400, "VALIDATION_ERROR");
    }

    @Test
    void platform_operators_read_every_organization_and_no_one_else_does() {
        Account operator = register("ops@example.com");
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, "ops@example.com")).expect(200);
        Account one = register();
        Account two = register();
        String inOne = createArtist(one, "One");
        String inTwo = createArtist(two, "Two");

        JsonNode all = operator.api().get("/admin/audit-log?action=artist.created&limit=100").expect(200).json();
        assertThat(all.path("data")).extracting(e -> e.path("resource_id").asText()).contains(inOne, inTwo);
        JsonNode onlyTwo = operator.api().get("/admin/audit-log?organization_id=" + two.organizationId())
                .expect(200).json();
        assertThat(onlyTwo.path("data")).extracting(e -> e.path("resource_id").asText())
                .containsExactly(inTwo, two.userId());
        operator.api().get("/admin/audit-log?organization_id=nope").error(400, "VALIDATION_ERROR");

        one.api().get("/admin/audit-log").error(403, "AUTHORIZATION_ERROR");
        api.withKey(createKey(one, "admin")).get("/admin/audit-log").error(403, "AUTHORIZATION_ERROR");
    }
}
