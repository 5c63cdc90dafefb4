package io.soundport.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.contracts.MediaSamples;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.model.Delivery;
import io.soundport.sdk.model.DeliveryKind;
import io.soundport.sdk.model.DeliveryStatus;
import io.soundport.sdk.model.DeliveryStatusSummary;
import io.soundport.sdk.model.Partner;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.Track;
import io.soundport.sdk.model.WorkflowAction;
import io.soundport.sdk.model.WorkflowActionOutcome;
import io.soundport.sdk.model.WorkflowExecution;
import io.soundport.sdk.model.WorkflowExecutionStatus;
import io.soundport.sdk.model.WorkflowRule;
import io.soundport.sdk.param.DeliveryCreateParams;
import io.soundport.sdk.param.DeliveryListParams;
import io.soundport.sdk.param.PartnerCreateParams;
import io.soundport.sdk.param.PartnerCredentials;
import io.soundport.sdk.param.PartnerProtocol;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.model.CopyrightLine;
import io.soundport.sdk.param.OrganizationUpdateParams;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseUpdateParams;
import io.soundport.sdk.param.TrackParams;
import io.soundport.sdk.param.WebhookCreateParams;
import io.soundport.sdk.param.WorkflowExecutionListParams;
import io.soundport.sdk.param.WorkflowRuleCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distribution through the SDK against the real server, started in this JVM with in-memory persistence: partners
 * reached by HTTP (a WireMock on loopback, the only host the server may call) and by FILE (a folder under the data
 * directory), a workflow rule that delivers what is submitted, retries on the server's short test schedule (two
 * retries 300 ms apart, a 1 s time-out), a manual retry, and a takedown. Every test registers its own organization
 * and uses its own partner path.
 */
class DistributionEndToEndTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String UPC = "036000291452";
    private static final byte[] AUDIO = MediaSamples.wav(8_000, 1, 500);
    private static final byte[] COVER = MediaSamples.png(1400, 1400);
    private static final String ISRC_1 = "USRC17607839";
    private static final String ISRC_2 = "USRC17607840";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;
    static EmbeddedServer server;
    static String baseUrl;
    /** The HTTP partner, on loopback. */
    static WireMockServer partner;

    @BeforeAll
    static void startServer() {
        partner = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        partner.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.ofEntries(
                Map.entry("soundport.persistence", "memory"),
                Map.entry("micronaut.server.port", -1),
                Map.entry("soundport.jwt.secret", "sdk-distribution-secret-sdk-distribution-secret-0123"),
                Map.entry("soundport.security.bcrypt-cost", 10),
                Map.entry("soundport.data-dir", dataDir.toString()),
                Map.entry("soundport.outbound.allowed-hosts", "127.0.0.1"),
                Map.entry("soundport.deliveries.retry-schedule", "300ms,300ms"),
                Map.entry("soundport.deliveries.timeout", "1s"),
                Map.entry("soundport.workers.poll-interval", "50ms")));
        baseUrl = server.getURL().toString();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (partner != null) {
            partner.stop();
        }
    }

    @Test
    void a_rule_delivers_a_submitted_release_with_its_media_to_an_http_and_a_file_partner() throws IOException {
        SoundportClient client = owner();
        String path = "/rule/ern";
        partner.stubFor(post(urlEqualTo(path)).willReturn(okJson("{\"id\":\"ext-123\"}")));
        Partner http = httpPartner(client, "Streamly HTTP", path);
        Partner file = filePartner(client);
        assertThat(http.hasCredentials()).isTrue();
        assertThat(file.hasCredentials()).isFalse();
        assertThat(client.partners().list().autoPagingStream().map(Partner::id).toList())
                .containsExactlyInAnyOrder(http.id(), file.id());
        WorkflowRule rule = client.workflow().createRule(WorkflowRuleCreateParams.builder()
                .name("Deliver what is submitted").trigger("release.submitted")
                .actions(WorkflowAction.deliver()).build());
        assertThat(client.workflow().retrieveRule(rule.id()).actions()).containsExactly(WorkflowAction.deliver());
        String hooks = "/rule/hooks";
        partner.stubFor(post(urlEqualTo(hooks)).willReturn(aResponse().withStatus(204)));
        String secret = client.webhooks().create(WebhookCreateParams.builder().url("http://127.0.0.1:" + partner.port() + hooks)
                .events("delivery.queued", "delivery.succeeded", "release.delivered", "workflow.executed").build()).secret();

        Release release = created(client, "Night Drive");
        client.releases().submit(release.id());

        List<Delivery> delivered = awaitDelivered(client, release.id(), DeliveryKind.DELIVERY, 2);
        assertThat(eventually(() -> client.releases().retrieve(release.id()), r -> r.status() == ReleaseStatus.DELIVERED)
                .status()).isEqualTo(ReleaseStatus.DELIVERED);
        Delivery toHttp = only(delivered, http.id());
        Delivery toFile = only(delivered, file.id());
        assertThat(toHttp.partnerReference()).isEqualTo("ext-123");
        assertThat(toHttp.attempts()).hasSize(1).allSatisfy(a -> assertThat(a.succeeded()).isTrue());
        assertThat(client.deliveries().retrieve(toHttp.id())).isEqualTo(toHttp);

        List<LoggedRequest> posts = partner.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(posts).hasSize(1);
        LoggedRequest post = posts.get(0);
        assertThat(post.getHeader("Content-Type")).startsWith("multipart/form-data");
        assertThat(post.getHeader("Authorization")).as("basic authentication, from PartnerCredentials.basic")
                .isEqualTo("Basic c291bmRwb3J0OnBhcnRuZXItcHc=");
        assertThat(post.getHeader("X-Soundport-Delivery-Kind")).isEqualTo("DELIVERY");
        String audio1 = "resources/" + UPC + "_01_001.wav";
        String audio2 = "resources/" + UPC + "_01_002.wav";
        String cover = "resources/" + UPC + ".png";
        assertThat(post.getParts()).extracting(Request.Part::getName)
                .containsExactly(cover, audio1, audio2, toHttp.id() + ".xml", "manifest.json");
        assertThat(post.getPart(audio1).getBody().asBytes()).isEqualTo(AUDIO);
        assertThat(post.getPart(cover).getBody().asBytes()).isEqualTo(COVER);
        String ern = post.getPart(toHttp.id() + ".xml").getBody().asString();
        assertThat(ern).contains(UPC, ISRC_1, ISRC_2, "<URI>" + audio1 + "</URI>", "<URI>" + cover + "</URI>");

        // the FILE partner gets the same as a DDEX batch: <batch id>/<UPC>/..., the marker written last
        String batch = toFile.partnerReference().split("/")[1];
        assertThat(toFile.partnerReference()).matches("streamly/\\d{17}/" + UPC);
        Path folder = dataDir.resolve("drops").resolve("streamly").resolve(batch);
        Path drop = folder.resolve(UPC);
        assertThat(Files.readString(drop.resolve(toFile.id() + ".xml"), StandardCharsets.UTF_8))
                .contains(UPC, ISRC_1, ISRC_2, "<URI>" + audio2 + "</URI>");
        assertThat(Files.readAllBytes(drop.resolve(audio2))).isEqualTo(AUDIO);
        assertThat(Files.readAllBytes(drop.resolve(cover))).isEqualTo(COVER);
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).toList())
                    .containsExactlyInAnyOrder(UPC + "/" + toFile.id() + ".xml", UPC + "/manifest.json",
                            UPC + "/" + audio1, UPC + "/" + audio2, UPC + "/" + cover,
                            "BatchComplete_" + batch + ".xml");
        }

        List<WorkflowExecution> runs = eventually(() -> client.workflow().listExecutions(
                WorkflowExecutionListParams.builder().ruleId(rule.id()).build()).data(), list -> !list.isEmpty());
        assertThat(runs).hasSize(1);
        WorkflowExecution run = runs.get(0);
        assertThat(run.status()).isEqualTo(WorkflowExecutionStatus.SUCCEEDED);
        assertThat(run.eventType()).isEqualTo(Event.Type.RELEASE_SUBMITTED);
        assertThat(run.releaseId()).isEqualTo(release.id());
        assertThat(client.workflow().listExecutions(WorkflowExecutionListParams.builder().releaseId(release.id())
                .build()).data()).extracting(WorkflowExecution::id).containsExactly(run.id());
        assertThat(run.outcomes()).containsExactly(new WorkflowActionOutcome("deliver", true, "queued 2 deliveries"));
        assertThat(client.workflow().retrieveExecution(run.id())).isEqualTo(run);
        assertThat(client.workflow().listExecutions(WorkflowExecutionListParams.builder().status(WorkflowExecutionStatus.SUCCEEDED).build())
                .data()).extracting(WorkflowExecution::id).containsExactly(run.id());

        List<String> sent = eventually(() -> partner.findAll(postRequestedFor(urlEqualTo(hooks))).stream()
                .map(r -> {
                    Webhooks.verify(r.getBodyAsString(), Map.of("webhook-id", r.getHeader("webhook-id"),
                            "webhook-timestamp", r.getHeader("webhook-timestamp"),
                            "webhook-signature", r.getHeader("webhook-signature")), secret);
                    return r.getBodyAsString().replaceAll(".*\"type\":\"([a-z_.]+)\".*", "$1");
                }).toList(), list -> list.size() >= 6);
        assertThat(sent).as("signed webhooks of the whole flow").containsExactlyInAnyOrder("delivery.queued",
                "delivery.queued", "delivery.succeeded", "delivery.succeeded", "release.delivered", "workflow.executed");

        DeliveryStatusSummary status = client.deliveries().status(release.id());
        assertThat(status.releaseStatus()).isEqualTo(ReleaseStatus.DELIVERED);
        assertThat(status.count("DELIVERED")).isEqualTo(2);
        assertThat(status.counts()).containsEntry("FAILED", 0).containsEntry("QUEUED", 0);
        assertThat(status.partners()).hasSize(2).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(p.kind()).isEqualTo(DeliveryKind.DELIVERY);
        });
    }

    @Test
    void an_http_partner_that_fails_twice_gets_the_release_on_the_third_attempt() {
        SoundportClient client = owner();
        String path = "/flaky/ern";
        partner.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        partner.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
        partner.stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(okJson("{\"id\":\"ext-456\"}")));
        Partner flaky = httpPartner(client, "Flaky", path);
        Release release = submitted(client, "Flaky Drive");

        List<Delivery> queued = client.deliveries().create(release.id(),
                DeliveryCreateParams.builder().partnerIds(flaky.id()).build());
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).status()).isEqualTo(DeliveryStatus.QUEUED);

        Delivery delivered = awaitDelivered(client, release.id(), DeliveryKind.DELIVERY, 1).get(0);
        assertThat(delivered.attempts()).hasSize(3);
        assertThat(delivered.attempts().get(0).succeeded()).isFalse();
        assertThat(delivered.attempts().get(0).error()).isEqualTo("HTTP 500");
        assertThat(delivered.attempts().get(1).error()).isEqualTo("HTTP 500");
        assertThat(delivered.attempts().get(2).succeeded()).isTrue();
        assertThat(delivered.partnerReference()).isEqualTo("ext-456");
        partner.verify(3, postRequestedFor(urlEqualTo(path)));
        assertThat(eventually(() -> client.releases().retrieve(release.id()), r -> r.status() == ReleaseStatus.DELIVERED)
                .status()).isEqualTo(ReleaseStatus.DELIVERED);
    }

    @Test
    void a_partner_that_never_answers_in_time_fails_after_three_attempts_and_a_retry_delivers() {
        SoundportClient client = owner();
        String path = "/slow/ern";
        partner.stubFor(post(urlEqualTo(path)).willReturn(okJson("{\"id\":\"too-late\"}").withFixedDelay(3000)));
        Partner slow = httpPartner(client, "Slow", path);
        Release release = submitted(client, "Slow Drive");
        String id = client.deliveries().create(release.id(), DeliveryCreateParams.builder().partnerIds(slow.id())
                .build()).get(0).id();

        Delivery failed = eventually(() -> client.deliveries().retrieve(id), d -> d.status() == DeliveryStatus.FAILED);
        assertThat(failed.attempts()).hasSize(3).allSatisfy(a -> {
            assertThat(a.succeeded()).isFalse();
            assertThat(a.error()).isNotBlank();
        });
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(client.deliveries().list(DeliveryListParams.builder().status(DeliveryStatus.FAILED).build()).data())
                .extracting(Delivery::id).containsExactly(id);
        assertThat(client.deliveries().status(release.id()).count(DeliveryStatus.FAILED)).isEqualTo(1);
        assertThat(client.releases().retrieve(release.id()).status()).isEqualTo(ReleaseStatus.DELIVERING);

        partner.stubFor(post(urlEqualTo(path)).willReturn(okJson("{\"id\":\"ext-789\"}")));
        Delivery retried = client.deliveries().retry(id);
        assertThat(retried.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(retried.attempts()).hasSize(3);

        Delivery delivered = eventually(() -> client.deliveries().retrieve(id), d -> d.status() == DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).hasSize(4);
        assertThat(delivered.attempts().get(3).succeeded()).isTrue();
        assertThat(delivered.partnerReference()).isEqualTo("ext-789");
        assertThat(eventually(() -> client.releases().retrieve(release.id()), r -> r.status() == ReleaseStatus.DELIVERED)
                .status()).isEqualTo(ReleaseStatus.DELIVERED);
    }

    @Test
    void a_takedown_of_a_delivered_release_reaches_both_partners() throws IOException {
        SoundportClient client = owner();
        String path = "/takedown/ern";
        partner.stubFor(post(urlEqualTo(path)).willReturn(okJson("{\"id\":\"ext-321\"}")));
        Partner http = httpPartner(client, "Takedown HTTP", path);
        Partner file = filePartner(client);
        Release release = submitted(client, "Gone Drive");
        client.deliveries().create(release.id(), DeliveryCreateParams.builder().partnerIds(http.id(), file.id())
                .build());
        awaitDelivered(client, release.id(), DeliveryKind.DELIVERY, 2);
        eventually(() -> client.releases().retrieve(release.id()), r -> r.status() == ReleaseStatus.DELIVERED);

        Release requested = client.releases().takedown(release.id());
        assertThat(requested.status()).isEqualTo(ReleaseStatus.TAKEDOWN_REQUESTED);

        List<Delivery> takedowns = awaitDelivered(client, release.id(), DeliveryKind.TAKEDOWN, 2);
        assertThat(takedowns).extracting(Delivery::partnerId).containsExactlyInAnyOrder(http.id(), file.id());
        assertThat(eventually(() -> client.releases().retrieve(release.id()), r -> r.status() == ReleaseStatus.TAKEN_DOWN)
                .status()).isEqualTo(ReleaseStatus.TAKEN_DOWN);
        partner.verify(1, postRequestedFor(urlEqualTo(path))
                .withHeader("X-Soundport-Delivery-Kind", equalTo("TAKEDOWN")));
        Delivery toFile = only(takedowns, file.id());
        // a batch of its own, with the takedown message and no media
        Path batch = dataDir.resolve("drops").resolve(toFile.partnerReference()).getParent();
        assertThat(batch.resolve("BatchComplete_" + batch.getFileName() + ".xml")).isRegularFile();
        try (Stream<Path> files = Files.walk(batch.resolve(UPC))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(toFile.id() + ".xml", "manifest.json");
        }

        DeliveryStatusSummary status = client.deliveries().status(release.id());
        assertThat(status.releaseStatus()).isEqualTo(ReleaseStatus.TAKEN_DOWN);
        assertThat(status.count("DELIVERED")).isEqualTo(4);
        assertThat(status.partners()).hasSize(2).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(DeliveryKind.TAKEDOWN);
            assertThat(p.status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
    }

    private static SoundportClient owner() {
        String email = "dist-" + UUID.randomUUID() + "@example.com";
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl).credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        // the sender of its ERN messages
        client.organization().update(OrganizationUpdateParams.builder().dpid("PADPIDA2014120301A").build());
        return client;
    }

    private static Partner httpPartner(SoundportClient client, String name, String path) {
        return client.partners().create(PartnerCreateParams.builder().name(name).protocol(PartnerProtocol.HTTP)
                .endpoint("http://127.0.0.1:" + partner.port() + path)
                .credentials(PartnerCredentials.basic("soundport", "partner-pw")).dpid("PADPIDA2011072101T").build());
    }

    private static Partner filePartner(SoundportClient client) {
        return client.partners().create(PartnerCreateParams.builder().name("Streamly drop")
                .protocol(PartnerProtocol.FILE).endpoint("streamly").territories("US", "GB")
                .dpid("PADPIDA2011072102T").build());
    }

    private static ReleaseCreateParams release(String title) {
        return ReleaseCreateParams.builder().title(title).artistName("The Midnight").label("Analytical Records")
                .upc(UPC).releaseDate(LocalDate.of(2026, 12, 4)).genre("Synthwave").territories("US", "DE")
                .tracks(TrackParams.builder().title("Sunset").isrc(ISRC_1).durationMs(215_000L).build(),
                        TrackParams.builder().title("Los Angeles").isrc(ISRC_2).durationMs(198_000L).build())
                .build();
    }

    /**
     * A DRAFT release with what a delivery needs: label, genre, UPC, ISRCs, ℗ and © lines, and the audio of its
     * tracks and its artwork, uploaded from files.
     */
    private static Release created(SoundportClient client, String title) {
        Release release = client.releases().create(release(title));
        Path audio;
        Path cover;
        try {
            Path media = Files.createDirectories(dataDir.resolve("uploads"));
            audio = Files.write(media.resolve("sunset.wav"), AUDIO);
            cover = Files.write(media.resolve("cover.png"), COVER);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Track track : release.tracks()) {
            client.tracks().uploadAudio(track.id(), audio);
        }
        client.releases().uploadArtwork(release.id(), cover);
        return client.releases().update(release.id(), ReleaseUpdateParams.builder()
                .pLine(new CopyrightLine(2026, "Analytical Records"))
                .cLine(new CopyrightLine(2026, "Analytical Records")).build());
    }

    private static Release submitted(SoundportClient client, String title) {
        Release release = created(client, title);
        return client.releases().submit(release.id());
    }

    /** Waits until {@code count} deliveries of this kind of the release are DELIVERED; answers them. */
    private static List<Delivery> awaitDelivered(SoundportClient client, String releaseId, DeliveryKind kind,
                                                 int count) {
        return eventually(() -> client.deliveries().list(DeliveryListParams.builder().releaseId(releaseId).build())
                        .autoPagingStream().filter(d -> d.kind() == kind).toList(),
                all -> all.size() == count && all.stream().allMatch(d -> d.status() == DeliveryStatus.DELIVERED));
    }

    private static Delivery only(List<Delivery> deliveries, String partnerId) {
        List<Delivery> matching = deliveries.stream().filter(d -> d.partnerId().equals(partnerId)).toList();
        assertThat(matching).as("deliveries to " + partnerId).hasSize(1);
        return matching.get(0);
    }

    /** Reads until the value satisfies the condition, for at most {@link #PATIENCE}; fails with the last value. */
    private static <T> T eventually(Supplier<T> read, Predicate<T> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = read.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + PATIENCE.toSeconds() + " s; last read: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = read.get();
        }
        return last;
    }
}
