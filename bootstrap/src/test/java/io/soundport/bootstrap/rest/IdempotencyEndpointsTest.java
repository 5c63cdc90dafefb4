package io.soundport.bootstrap.rest;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on POST, as the README promises it, on every backend the build runs the REST suite on. */
class IdempotencyEndpointsTest extends RestTest {

    @Test
    void a_replay_carries_the_status_body_location_and_etag_of_the_first_answer() {
        Account owner = register();
        Api withKey = owner.api().with("Idempotency-Key", "artist-once");

        Api.Response first = withKey.post("/artists", obj("name", "Once")).expect(201);
        Api.Response second = withKey.post("/artists", obj("name", "Once")).expect(201);

        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(second.header("Content-Type")).startsWith("application/json");
        assertThat(owner.api().get("/artists").ids()).containsExactly(first.id());
    }

    @Test
    void a_retried_submission_replays_its_answer_instead_of_failing_on_a_release_no_longer_draft() {
        Account owner = register();
        String release = ingest(owner, "Submit once");
        Api withKey = owner.api().with("Idempotency-Key", "submit-once");

        Api.Response first = withKey.post("/releases/" + release + "/submit", null).expect(200);
        Api.Response retried = withKey.post("/releases/" + release + "/submit", null).expect(200);

        assertThat(first.text("status")).isEqualTo("SUBMITTED");
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(retried.header("ETag")).isEqualTo(first.header("ETag"));
        owner.api().with("Idempotency-Key", "another-key").post("/releases/" + release + "/submit", null)
                .error(409, "CONFLICT");
    }

    @Test
    void a_key_of_more_than_255_characters_is_refused_naming_the_header() {
        Account owner = register();

        Api.Response r = owner.api().with("Idempotency-Key", "k".repeat(256)).post("/artists", obj("name", "Long"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("Idempotency-Key");
        assertThat(owner.api().get("/artists").ids()).isEmpty();
        owner.api().with("Idempotency-Key", "k".repeat(255)).post("/artists", obj("name", "Long")).expect(201);
    }

    @Test
    void a_refused_request_is_not_remembered_so_its_key_may_be_used_again() {
        Account owner = register();
        Api withKey = owner.api().with("Idempotency-Key", "fix-and-retry");
        String artist = createArtist(owner, "Retry");
        Map<String, Object> invalid = releaseBody("", artist);

        withKey.post("/releases", invalid).error(400, "VALIDATION_ERROR");
        Api.Response fixed = withKey.post("/releases", releaseBody("Fixed", artist)).expect(201);

        assertThat(fixed.header("Idempotent-Replayed")).isNull();
        assertThat(owner.api().get("/releases").ids()).containsExactly(fixed.id());
    }

    @Test
    void the_same_key_on_another_path_is_a_conflict() {
        Account owner = register();
        Api withKey = owner.api().with("Idempotency-Key", "one-key-one-request");
        withKey.post("/artists", obj("name", "First")).expect(201);

        withKey.post("/releases", obj("title", "Other", "artist_name", "First")).error(409, "CONFLICT");

        assertThat(owner.api().get("/releases").ids()).isEmpty();
    }
}
