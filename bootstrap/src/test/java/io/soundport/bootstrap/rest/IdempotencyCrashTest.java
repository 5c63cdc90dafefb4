package io.soundport.bootstrap.rest;

import io.soundport.bootstrap.rest.RestTest.ServerProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that dies between the writes of an idempotent POST and its stored answer (see
 * {@link CrashBeforeTheAnswer}): a retry with the same key is refused only while the dead request's short claim
 * lasts, then either replays the answer or runs for the first time; the release is never created twice.
 */
@ServerProperties({"soundport.test.crash-before-answer=true", "soundport.idempotency.lease=1s"})
class IdempotencyCrashTest extends RestTest {
    private static final Duration LEASE = Duration.ofSeconds(1);

    @Test
    void a_retry_after_a_crash_before_the_answer_creates_the_release_once() throws InterruptedException {
        Account owner = register();
        String artist = createArtist(owner, "Crash Artist");
        Api withKey = owner.api().with("Idempotency-Key", CrashBeforeTheAnswer.PREFIX + "release");

        withKey.post("/releases", releaseBody("Crashed", artist)).expect(500);
        Api.Response retry = retryWhileRefused(withKey, artist);

        retry.expect(201);
        assertThat(owner.api().get("/releases").ids()).containsExactly(retry.id());
        Api.Response again = withKey.post("/releases", releaseBody("Crashed", artist)).expect(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.id()).isEqualTo(retry.id());
    }

    /** Retries as a client would, for as long as the key is held; a 409 after the lease (and a margin) stays one. */
    private static Api.Response retryWhileRefused(Api withKey, String artist) throws InterruptedException {
        long deadline = System.nanoTime() + LEASE.plusSeconds(3).toNanos();
        while (true) {
            Api.Response r = withKey.post("/releases", releaseBody("Crashed", artist));
            if (r.status() != 409 || System.nanoTime() > deadline) {
                return r;
            }
            assertThat(r.header("Retry-After")).as("a client learns when the dead request's claim ends")
                    .isEqualTo(Long.toString(LEASE.toSeconds()));
            Thread.sleep(200);
        }
    }
}
