package com.example.partner;

import io.soundport.sdk.Webhooks;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.event.ReleaseData;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.ReleaseSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner application's whole flow against the real server, and what each step left behind. */
class PartnerAppTest {
    static final String SECRET = "whsec_"
            + Base64.getEncoder().encodeToString("a-32-byte-secret-for-this-test!!".getBytes());
    static PartnerApp.Run run;

    @BeforeAll
    static void runThePartnerApplication() throws InterruptedException {
        run = PartnerApp.run(TestServer.url(), "partner-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void ingests_each_release_once_with_its_tracks() {
        assertThat(run.ingested()).hasSize(2 + PartnerApp.PARALLEL_RELEASES)
                .allSatisfy(release -> assertThat(release.tracks()).hasSize(2));
        assertThat(run.ingested()).extracting(Release::id).doesNotHaveDuplicates();
        assertThat(run.ingested().get(0).tracks().get(0).isrc()).isEqualTo("USRC17607839");
    }

    @Test
    void a_wrong_upc_is_a_validation_error_naming_the_field_and_a_repeated_upc_a_conflict() {
        assertThat(run.refusals().invalidFields()).extracting(ErrorDetail::field).containsExactly("upc");
        assertThat(run.refusals().duplicateUpcRefused()).isTrue();
        assertThat(run.catalog()).extracting(ReleaseSummary::title)
                .doesNotContain("Wrong check digit", "Same UPC again");
    }

    @Test
    void the_same_idempotency_key_twice_gives_one_release() {
        Release first = run.ingested().get(1);
        assertThat(run.replayed().id()).isEqualTo(first.id());
        assertThat(run.replayFlagged()).isTrue();
        assertThat(run.catalog()).filteredOn(r -> r.title().startsWith("Outrun")).hasSize(1);
    }

    @Test
    void eight_threads_on_one_client_ingest_every_release() {
        assertThat(run.ingested()).extracting(Release::title)
                .filteredOn(title -> title.startsWith("Endless Summer")).hasSize(PartnerApp.PARALLEL_RELEASES)
                .doesNotHaveDuplicates();
    }

    @Test
    void an_edit_on_a_stale_read_is_refused_then_made_on_the_fresh_one_keeping_the_other_change() {
        OptimisticUpdate.Outcome edited = run.edited();
        assertThat(edited.attempts()).isEqualTo(2);
        assertThat(edited.release().title()).isEqualTo("Outrun (Remastered)");
        assertThat(edited.release().label()).isEqualTo("Colleague Records");
    }

    @Test
    void pages_through_the_whole_catalog() {
        assertThat(run.catalog()).extracting(ReleaseSummary::id)
                .containsExactlyInAnyOrderElementsOf(run.ingested().stream().map(Release::id).toList());
        assertThat(run.byStatus()).containsExactlyEntriesOf(Map.of(ReleaseStatus.DRAFT, run.ingested().size()));
    }

    @Test
    void the_webhook_receiver_verifies_and_mirrors_every_release_at_its_latest_version() {
        assertThat(run.mirrorsAll()).isTrue();
        assertThat(run.mirror().size()).isEqualTo(run.ingested().size());
        Release edited = run.edited().release();
        assertThat(run.mirror().release(edited.id())).get()
                .returns("Outrun (Remastered)", ReleaseData::title)
                .returns(edited.version(), ReleaseData::version)
                .returns(ReleaseStatus.DRAFT, ReleaseData::status);
        assertThat(run.receiver().rejected()).isZero();
        assertThat(run.mirrorCurrent()).isTrue();
    }

    @Test
    void the_webhook_receiver_keeps_no_thread_that_would_stop_main_from_ending() {
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("webhook-receiver-") && !thread.isDaemon());
    }

    @Test
    void the_webhook_receiver_refuses_what_its_secret_did_not_sign_and_takes_a_duplicate_once() throws Exception {
        CatalogMirror mirror = new CatalogMirror();
        try (WebhookReceiver receiver = WebhookReceiver.start(mirror)) {
            receiver.trust(SECRET);
            String body = """
                    {"id":"evt_1","type":"release.created","timestamp":"2026-01-05T10:00:00Z",
                     "data":{"id":"rel_1","title":"Night Drive","status":"DRAFT","version":1}}""";
            Instant now = Instant.now();

            assertThat(post(receiver, "msg_1", now, body, Webhooks.sign("msg_1", now, body, SECRET))).isEqualTo(204);
            assertThat(post(receiver, "msg_1", now, body, Webhooks.sign("msg_1", now, body, SECRET))).isEqualTo(204);
            String forged = body.replace("Night Drive", "Day Drive");
            assertThat(post(receiver, "msg_2", now, forged, Webhooks.sign("msg_2", now, body, SECRET))).isEqualTo(400);

            assertThat(receiver.rejected()).isEqualTo(1);
            assertThat(mirror.size()).isEqualTo(1);
            assertThat(mirror.release("rel_1")).get().returns("Night Drive", ReleaseData::title);
        }
    }

    @Test
    void the_mirror_keeps_the_newest_version_whatever_the_order_and_skips_a_type_it_does_not_know() {
        CatalogMirror mirror = new CatalogMirror();
        mirror.accept(releaseEvent("msg_2", "release.updated", "Night Drive (Remastered)", 2));
        mirror.accept(releaseEvent("msg_1", "release.created", "Night Drive", 1));
        Event fromANewerServer = releaseEvent("msg_3", "release.remixed", "Night Drive (Remix)", 3);
        mirror.accept(fromANewerServer);

        assertThat(fromANewerServer.type()).isEqualTo(Event.Type.UNKNOWN);
        assertThat(mirror.release("rel_1")).get()
                .returns("Night Drive (Remastered)", ReleaseData::title)
                .returns(2L, ReleaseData::version);
    }

    private static Event releaseEvent(String messageId, String type, String title, long version) {
        String body = """
                {"id":"evt_%s","type":"%s","timestamp":"2026-01-05T10:00:00Z",
                 "data":{"id":"rel_1","title":"%s","status":"DRAFT","version":%d}}"""
                .formatted(messageId, type, title, version);
        Instant now = Instant.now();
        return Webhooks.constructEvent(body, Map.of("webhook-id", messageId,
                "webhook-timestamp", Long.toString(now.getEpochSecond()),
                "webhook-signature", Webhooks.sign(messageId, now, body, SECRET)), SECRET);
    }

    private static int post(WebhookReceiver receiver, String id, Instant at, String body, String signature)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url().toString()))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(at.getEpochSecond()))
                .header("webhook-signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
