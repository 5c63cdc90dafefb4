package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationTest extends RestTest {

    @Test
    void an_invited_viewer_joins_the_inviting_organization_and_may_read() {
        Account owner = register();
        String release = ingest(owner, "Readable");

        Account viewer = member(owner, "VIEWER");

        assertThat(viewer.api().get("/auth/profile").expect(200).text("role")).isEqualTo("VIEWER");
        assertThat(viewer.api().get("/releases/" + release).expect(200).id()).isEqualTo(release);
    }

    @Test
    void a_viewer_may_not_write_the_catalog() {
        Account owner = register();
        Account viewer = member(owner, "VIEWER");

        viewer.api().post("/artists", obj("name", "Not allowed")).error(403, "AUTHORIZATION_ERROR");

        assertThat(owner.api().get("/artists").expect(200).ids()).isEmpty();
    }

    @Test
    void an_api_key_with_only_the_read_scope_may_read_but_not_write() {
        Account owner = register();
        String key = createKey(owner, "read");
        Api withKey = api.withKey(key);

        withKey.get("/releases").expect(200);
        withKey.post("/artists", obj("name", "Not allowed")).error(403, "AUTHORIZATION_ERROR");

        assertThat(owner.api().get("/artists").expect(200).ids()).isEmpty();
    }

    @Test
    void an_api_key_with_the_write_scope_may_write() {
        Account owner = register();
        Api withKey = api.withKey(createKey(owner, "read", "write"));

        String artist = withKey.post("/artists", obj("name", "By key")).expect(201).id();

        assertThat(owner.api().get("/artists").expect(200).ids()).containsExactly(artist);
    }

    @Test
    void a_member_may_write_the_catalog_but_not_manage_apps() {
        Account owner = register();
        String app = createApp(owner);
        Account member = member(owner, "MEMBER");

        member.api().post("/artists", obj("name", "Allowed")).expect(201);
        member.api().post("/apps", obj("name", "Not allowed")).error(403, "AUTHORIZATION_ERROR");
        member.api().get("/apps").error(403, "AUTHORIZATION_ERROR");
        member.api().delete("/apps/" + app).error(403, "AUTHORIZATION_ERROR");

        owner.api().get("/apps/" + app).expect(200);
    }
}
