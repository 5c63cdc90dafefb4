package io.soundport.application.distribution;

import io.soundport.adapters.ddex.DdexErnReleasePackager;
import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.catalog.IngestReleaseCommand;
import io.soundport.application.catalog.MediaAssetService;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.catalog.SubmitReleaseCommand;
import io.soundport.application.catalog.UploadMediaCommand;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.application.shared.WorkOutcomes.Outcome;
import io.soundport.application.testing.Core;
import io.soundport.application.testing.RecordedOutcomes;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.application.workflow.CreateWorkflowRuleCommand;
import io.soundport.application.workflow.DeliverAction;
import io.soundport.application.workflow.ListExecutionsQuery;
import io.soundport.application.workflow.NotifyAction;
import io.soundport.application.workflow.RawAction;
import io.soundport.application.workflow.RawCondition;
import io.soundport.application.workflow.RuleSubjects;
import io.soundport.application.workflow.SetStatusAction;
import io.soundport.application.workflow.WebhookAction;
import io.soundport.application.workflow.WorkflowEngine;
import io.soundport.application.workflow.WorkflowService;
import io.soundport.contracts.MediaSamples;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.workflow.WorkflowExecution;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** From a submitted release to DELIVERED at partners, by hand and by workflow rule, with retries and takedown. */
class DistributionFlowTest {
    private static final String OWNER = "worker-1";

    /** A partner that answers from a script (delivered when the script is empty) and keeps what it received. */
    static final class ScriptedPartner implements DeliveryGateway {
        final List<DeliveryPackage> received = new ArrayList<>();
        final Deque<Result> script = new ArrayDeque<>();

        @Override
        public boolean handles(Protocol protocol) {
            return protocol == Protocol.HTTP || protocol == Protocol.FILE;
        }

        @Override
        public Result deliver(Partner partner, String credentials, DeliveryPackage delivery) {
            received.add(delivery);
            return script.isEmpty() ? Result.delivered("ref-" + received.size()) : script.poll();
        }
    }

    static final SecretCipher CIPHER = new SecretCipher() {
        @Override
        public String encrypt(String plaintext) {
            return "enc:" + plaintext;
        }

        @Override
        public String decrypt(String ciphertext) {
            return ciphertext.substring(4);
        }
    };

    static final OutboundUrlGuard GUARD = (url, field) -> {
        if (!url.startsWith("https://") || url.contains("10.0.0.")) {
            throw DomainException.invalid(field, "must be https and not a private address");
        }
    };

    private static final byte[] AUDIO = MediaSamples.wav(8_000, 1, 500);
    private static final byte[] COVER = MediaSamples.png(1400, 1400);

    private final Core core = new Core();
    private final ScriptedPartner gateway = new ScriptedPartner();
    private final RecordedOutcomes outcomes = new RecordedOutcomes();
    private final PartnerService partners = new PartnerService(core.store.transactions(), core.store.partners(),
            core.store.deliveries(), CIPHER, GUARD, core.ids, core.clock, core.audit);
    private final DeliveryQueue queue = new DeliveryQueue(core.store.deliveries(), core.store.jobs(), core.ids,
            core.trace);
    private final DeliveryService deliveries = new DeliveryService(core.store.transactions(),
            core.store.organizations(), core.store.releases(), core.store.tracks(), core.store.mediaAssets(),
            core.store.partners(), queue, core.events, core.clock, core.audit);
    private final DeliveryTracking tracking = new DeliveryTracking(core.store.transactions(), core.store.releases(),
            core.store.deliveries(), queue, core.clock, core.audit);
    private final DeliveryWorker worker = new DeliveryWorker(core.store.transactions(), core.store.deliveries(),
            core.store.jobs(),
            new PartnerHandoff(core.store.partners(), List.of(gateway),
                    new DeliveryPackages(core.store.organizations(), core.store.releases(), core.store.artists(),
                            core.store.tracks(), core.store.deliveries(), core.store.mediaAssets(), core.blobs(),
                            new DdexErnReleasePackager(), core.clock),
                    CIPHER, RetrySchedule.parse("10s,10s"), core.clock),
            new DeliverySettlement(core.store.deliveries(), core.store.releases(), core.store.tracks(), core.events),
            Duration.ofMinutes(1), core.clock, outcomes, core.trace);
    private final WorkflowService workflow = new WorkflowService(core.store.transactions(), core.store.workflowRules(),
            core.store.workflowExecutions(), core.ids, core.clock, core.audit);
    private final WorkflowEngine engine = new WorkflowEngine(core.store.workflowRules(), core.store.workflowExecutions(),
            new RuleSubjects(core.store.releases(), core.store.tracks(), core.events.payloads()),
            List.of(new DeliverAction(core.store.partners(), deliveries), new NotifyAction(core.notificationQueue),
                    new WebhookAction(core.events, core.clock),
                    new SetStatusAction(core.store.releases(), core.store.tracks(), core.events, core.clock)),
            core.events, core.ids, core.clock);
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(core.store.transactions(), core.store.outbox(),
            core.store.webhookEndpoints(), core.store.webhookMessages(), core.store.jobs(), core.clock, List.of(engine),
            core.trace);
    private final ReleaseService releases = core.releases();
    private final Caller admin = core.member(Role.ADMIN);
    private int dpids;

    {
        // the sender of the ERN messages: an organization with its DDEX Party ID
        core.store.organizations().add(io.soundport.domain.identity.Organization.create(admin.organizationId(),
                "Wild Bunch Records", core.clock.now()).withDdexParty(
                io.soundport.domain.shared.DdexPartyId.of("PADPIDA2014120301A"), null, core.clock.now()));
    }

    /** A partner's DDEX settings: a DDEX Party ID of its own. */
    private CreatePartnerCommand.DdexInput ddex() {
        return new CreatePartnerCommand.DdexInput("PADPIDA20110721" + (++dpids), null, null);
    }

    private ReleaseId submitted() {
        ReleaseDetails ingested = releases.ingest(admin, aReleaseDraft().upc("036000291452").releaseDate("2027-01-15")
                .territories("US", "GB").tracks(
                        new IngestReleaseCommand.RawTrack("Teardrop", "GB-AAA-98-00001", 330_000L, false, null),
                        new IngestReleaseCommand.RawTrack("Angel", "GB-AAA-98-00002", 378_000L, false, null)).build());
        complete(ingested.release().id());
        releases.submit(admin, new SubmitReleaseCommand(ingested.release().id(), null));
        return ingested.release().id();
    }

    /** Label, genre, ℗ and © lines, audio and artwork: what a delivery needs beyond a UPC and ISRCs. */
    private void complete(ReleaseId id) {
        releases.update(admin, io.soundport.application.catalog.UpdateReleaseCommand.of(id, null, null, null, null,
                "Wild Bunch", null, "Trip Hop", null, null,
                new io.soundport.application.catalog.UpdateReleaseCommand.RawLine(2027, "Wild Bunch Records"),
                new io.soundport.application.catalog.UpdateReleaseCommand.RawLine(2027, "Wild Bunch Design")));
        MediaAssetService media = core.media();
        for (Track track : core.store.tracks().ofRelease(admin.organizationId(), id)) {
            media.upload(admin, UploadMediaCommand.audio(track.id(), "audio/wav", new ByteArrayInputStream(AUDIO),
                    AUDIO.length));
        }
        media.upload(admin, UploadMediaCommand.artwork(id, "image/png", new ByteArrayInputStream(COVER),
                COVER.length));
    }

    private Partner partner(String name) {
        return partners.create(admin, CreatePartnerCommand.of(name, "HTTP", "https://dsp.example.com/ingest",
                List.of("WORLD"), null, "s3cr3t", ddex()));
    }

    private Delivery only(ReleaseId release) {
        return core.store.deliveries().ofRelease(admin.organizationId(), release).get(0);
    }

    @Test
    void partners_are_checked_by_protocol_and_keep_their_credentials_encrypted() {
        Partner http = partner("Streamly");
        assertThat(http.credentialsCiphertext()).isEqualTo("enc:s3cr3t");
        assertInvalid(() -> partners.create(admin, CreatePartnerCommand.of("Bad", "HTTP", "https://10.0.0.1/in", null, null,
                null)), "endpoint");
        assertInvalid(() -> partners.create(admin, CreatePartnerCommand.of("Bad", "FILE", "../../etc", null, null, null)),
                "endpoint");
        assertInvalid(() -> partners.create(admin, CreatePartnerCommand.of("Bad", "S3", "bucket", null, null, null)),
                "endpoint", "credentials");
        Partner s3 = partners.create(admin, CreatePartnerCommand.of("Bucket", "S3", "s3://dsp-inbox/in", null, null,
                "{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/drop\"}"));
        assertThat(s3.endpoint()).isEqualTo("s3://dsp-inbox/in");
        assertInvalid(() -> partners.update(admin, UpdatePartnerCommand.of(s3.id(), null, "s3://x", null, null,
                "{\"region\":\"mars\"}", null)), "endpoint");
        assertInvalid(() -> partners.update(admin, UpdatePartnerCommand.of(s3.id(), null, null, null, null,
                "{\"region\":\"mars\"}", null)), "credentials");
        assertInvalid(() -> partners.create(admin, CreatePartnerCommand.of(" ", "FTP", "x", List.of("XX"), null, null)),
                "name", "protocol", "territories");
        assertRejected(() -> partners.create(core.member(Role.MEMBER), CreatePartnerCommand.of("X", "FILE", "x", null, null,
                null)), ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void partners_keep_their_ddex_party_id_test_flag_and_takedown_message_and_bad_ones_change_nothing() {
        Partner p = partners.create(admin, CreatePartnerCommand.of("Streamly", "HTTP", "https://dsp.example.com/in",
                null, null, null, new CreatePartnerCommand.DdexInput("PADPIDA2011072101T", true, "PURGE")));
        assertThat(p.dpid()).isEqualTo(io.soundport.domain.shared.DdexPartyId.of("PADPIDA2011072101T"));
        assertThat(p.test()).isTrue();
        assertThat(p.takedown()).isEqualTo(io.soundport.domain.distribution.TakedownMessage.PURGE);
        Partner plain = partners.create(admin, CreatePartnerCommand.of("Tunely", "FILE", "tunely", null, null,
                null));
        assertThat(plain.dpid()).isNull();
        assertThat(plain.test()).isFalse();
        assertThat(plain.takedown()).isEqualTo(io.soundport.domain.distribution.TakedownMessage.MESSAGE);

        assertInvalid(() -> partners.create(admin, CreatePartnerCommand.of("Bad", "HTTP", "https://dsp.example.com/in",
                null, null, null, new CreatePartnerCommand.DdexInput("PADPIDA-1", null, "delete"))), "dpid", "takedown");
        assertInvalid(() -> partners.update(admin, UpdatePartnerCommand.of(p.id(), null, null, null, null, null, null,
                new CreatePartnerCommand.DdexInput("12345", null, "never"))), "dpid", "takedown");
        assertThat(partners.get(admin, p.id())).isEqualTo(p);

        Partner changed = partners.update(admin, UpdatePartnerCommand.of(p.id(), null, null, null, null, null, null,
                new CreatePartnerCommand.DdexInput("", false, "message")));
        assertThat(changed.dpid()).isNull();
        assertThat(changed.test()).isFalse();
        assertThat(changed.takedown()).isEqualTo(io.soundport.domain.distribution.TakedownMessage.MESSAGE);
        assertThat(changed.name()).isEqualTo("Streamly");
    }

    @Test
    void a_release_reaches_its_partners_and_becomes_delivered() {
        Partner a = partner("Streamly");
        Partner b = partners.create(admin, CreatePartnerCommand.of("Drop", "FILE", "drop", List.of("US"), null, null,
                ddex()));
        ReleaseId release = submitted();

        List<Delivery> queued = deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id(), b.id())));
        assertThat(queued).extracting(Delivery::status).containsOnly(DeliveryStatus.QUEUED);
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.DELIVERING);

        worker.runOnce(OWNER, 10);

        assertThat(core.store.deliveries().ofRelease(admin.organizationId(), release))
                .allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
                    assertThat(d.partnerReference()).startsWith("ref-");
                    assertThat(d.attempts()).singleElement().satisfies(at -> assertThat(at.succeeded()).isTrue());
                });
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.DELIVERED);
        DeliveryPackage sent = gateway.received.get(0);
        String ern = ernOf(sent);
        assertThat(ern).contains("<ICPN>036000291452</ICPN>", "Teardrop", "Angel");
        // the media go with the message, read from the blob store when sent, as they were uploaded
        assertThat(sent.files()).filteredOn(DeliveryPackage.PackageFile::isResource)
                .extracting(DeliveryPackage.PackageFile::readAllBytes)
                .containsExactlyInAnyOrder(AUDIO, AUDIO, COVER);
        assertThat(sent.batchId()).isEqualTo(DeliveryPackage.batchIdAt(
                core.store.deliveries().find(admin.organizationId(), DeliveryId.of(sent.messageId())).orElseThrow()
                        .createdAt()));
        assertThat(sent.releaseFolder()).isEqualTo("036000291452");
        assertThat(core.pendingEvents("delivery.succeeded", admin.organizationId())).hasSize(2);
        assertThat(core.pendingEvents("release.delivered", admin.organizationId())).hasSize(1);
        assertThat(tracking.summary(admin, release).counts()).containsEntry(DeliveryStatus.DELIVERED, 2);
    }

    @Test
    void a_failing_partner_is_retried_then_failed_and_a_retry_queues_it_again() {
        Partner a = partner("Flaky");
        ReleaseId release = submitted();
        gateway.script.add(DeliveryGateway.Result.failed("HTTP 500"));
        gateway.script.add(DeliveryGateway.Result.failed("timed out"));
        gateway.script.add(DeliveryGateway.Result.failed("HTTP 503"));
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));

        worker.runOnce(OWNER, 10);
        assertThat(only(release).status()).isEqualTo(DeliveryStatus.RETRYING);
        core.clock.advance(Duration.ofSeconds(13));
        worker.runOnce(OWNER, 10);
        core.clock.advance(Duration.ofSeconds(13));
        worker.runOnce(OWNER, 10);

        Delivery failed = only(release);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).extracting(at -> at.error()).containsExactly("HTTP 500", "timed out", "HTTP 503");
        assertThat(core.pendingEvents("delivery.failed", admin.organizationId())).hasSize(1);
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.DELIVERING);

        assertThat(tracking.retry(admin, failed.id()).status()).isEqualTo(DeliveryStatus.QUEUED);
        worker.runOnce(OWNER, 10);
        assertThat(only(release).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(only(release).attempts()).hasSize(4);
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.DELIVERED);
        assertRejected(() -> tracking.retry(admin, failed.id()), ErrorCode.CONFLICT);
        assertThat(outcomes.attempts()).allSatisfy(at -> assertThat(at.protocol()).isEqualTo(Protocol.HTTP))
                .extracting(RecordedOutcomes.Attempt::outcome).containsExactly(Outcome.FAILED_WILL_RETRY,
                        Outcome.FAILED_WILL_RETRY, Outcome.FAILED_FINAL, Outcome.DELIVERED);
    }

    @Test
    void jobs_claimed_elsewhere_are_worked_like_those_it_claims() {
        Partner a = partner("Streamly");
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));
        List<Job> claimed = core.store.jobs().claim(OWNER, Set.of(worker.type()), core.clock.now(),
                Duration.ofMinutes(1), 10);

        assertThat(worker.work(OWNER, claimed)).isEqualTo(1);

        assertThat(only(release).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.DELIVERED);
        assertThat(core.store.jobs().find(claimed.get(0).id())).isEmpty();
        assertThat(worker.runOnce(OWNER, 10)).isZero();
    }

    @Test
    void an_abandoned_job_fails_its_delivery_with_the_reason_and_settles_it_as_a_last_attempt_would() {
        Partner flaky = partner("Flaky");
        Partner steady = partner("Steady");
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(flaky.id(), steady.id())));
        gateway.script.add(DeliveryGateway.Result.failed("HTTP 500"));
        worker.runOnce(OWNER, 10);
        core.clock.advance(Duration.ofSeconds(13));
        Job dead = core.store.jobs().claim("dead-letters", Set.of(worker.type()), core.clock.now(),
                Duration.ofMinutes(1), 10).get(0);

        core.store.transactions().run(() -> worker.abandon(dead, "its worker died on it 5 times"));

        Delivery failed = core.store.deliveries().find(admin.organizationId(),
                DeliveryId.of(dead.subjectId())).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.attempts()).extracting(at -> at.error())
                .containsExactly("HTTP 500", "its worker died on it 5 times");
        assertThat(gateway.received).as("nothing sent again").hasSize(2);
        assertThat(core.store.jobs().find(dead.id())).as("the queue's to drop, not the worker's").contains(dead);
        assertThat(core.pendingEvents("delivery.failed", admin.organizationId())).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("id", failed.id().value())
                        .containsEntry("partner_name", partners.get(admin, failed.partnerId()).name())
                        .containsEntry("status", "FAILED"));
        assertThat(releases.get(admin, release).release().status())
                .as("settled: the other partner has it and nothing is under way").isEqualTo(ReleaseStatus.DELIVERED);
        assertThat(tracking.retry(admin, failed.id()).status()).isEqualTo(DeliveryStatus.QUEUED);
    }

    @Test
    void an_abandoned_job_leaves_a_finished_delivery_alone() {
        Partner a = partner("Streamly");
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));
        Job job = core.store.jobs().claim(OWNER, Set.of(worker.type()), core.clock.now(), Duration.ofMinutes(1), 10)
                .get(0);
        worker.work(OWNER, List.of(job));
        Delivery delivered = only(release);

        core.store.transactions().run(() -> worker.abandon(job, "its worker died on it 5 times"));

        assertThat(only(release)).isEqualTo(delivered);
        assertThat(core.pendingEvents("delivery.failed", admin.organizationId())).isEmpty();
        assertThat(core.pendingEvents("delivery.succeeded", admin.organizationId())).hasSize(1);
    }

    @Test
    void only_a_submitted_release_with_a_upc_and_isrcs_is_delivered() {
        Partner a = partner("Streamly");
        ReleaseDetails draft = releases.ingest(admin, aReleaseDraft().upc("036000291452").build());
        assertRejected(() -> deliveries.deliver(admin, new DeliverReleaseCommand(draft.release().id(), List.of(a.id()))),
                ErrorCode.CONFLICT);

        ReleaseDetails noUpc = releases.ingest(admin, aReleaseDraft().releaseDate("2027-01-15").build());
        releases.submit(admin, new SubmitReleaseCommand(noUpc.release().id(), null));
        DomainException refused = assertRejected(() -> deliveries.deliver(admin,
                new DeliverReleaseCommand(noUpc.release().id(), List.of(a.id()))), ErrorCode.CONFLICT);
        assertThat(refused.details()).extracting(d -> d.field()).contains("upc");
    }

    @Test
    void a_delivery_lacking_what_ddex_needs_is_refused_listing_every_missing_item_and_nothing_changes() {
        Partner withoutDpid = partners.create(admin, CreatePartnerCommand.of("Bare", "HTTP",
                "https://dsp.example.com/in", null, null, null));
        Partner ready = partner("Streamly");
        ReleaseDetails bare = releases.ingest(admin, aReleaseDraft().upc("036000291452").releaseDate("2027-01-15")
                .tracks(new IngestReleaseCommand.RawTrack("Teardrop", "GB-AAA-98-00001", 330_000L, false, null))
                .build());
        releases.update(admin, io.soundport.application.catalog.UpdateReleaseCommand.of(bare.release().id(), null,
                null, null, null, "", null, "", null, null));
        releases.submit(admin, new SubmitReleaseCommand(bare.release().id(), null));
        core.store.organizations().update(core.store.organizations().find(admin.organizationId()).orElseThrow()
                .withDdexParty(null, null, core.clock.now()));
        long before = core.store.releases().find(admin.organizationId(), bare.release().id()).orElseThrow().version();

        DomainException refused = assertRejected(() -> deliveries.deliver(admin, new DeliverReleaseCommand(
                bare.release().id(), List.of(ready.id(), withoutDpid.id()))), ErrorCode.CONFLICT);

        assertThat(refused.details()).extracting(d -> d.field()).containsExactlyInAnyOrder("organization.dpid",
                "partnerIds[1].dpid", "label", "genre", "pLine", "cLine", "artwork", "audio");
        assertThat(refused.details()).filteredOn(d -> d.field().equals("audio")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Teardrop", "needs its audio"));
        assertThat(core.store.deliveries().ofRelease(admin.organizationId(), bare.release().id())).isEmpty();
        assertThat(core.store.releases().find(admin.organizationId(), bare.release().id()).orElseThrow().version())
                .isEqualTo(before);
        assertThat(releases.get(admin, bare.release().id()).release().status()).isEqualTo(ReleaseStatus.SUBMITTED);
    }

    @Test
    void a_takedown_goes_to_every_partner_that_received_the_release() {
        Partner a = partner("Streamly");
        Partner b = partner("Tunely");
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id(), b.id())));
        worker.runOnce(OWNER, 10);

        deliveries.takedown(admin, new TakedownReleaseCommand(release, null));
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.TAKEDOWN_REQUESTED);
        worker.runOnce(OWNER, 10);

        assertThat(core.store.deliveries().ofRelease(admin.organizationId(), release))
                .filteredOn(d -> d.kind() == DeliveryKind.TAKEDOWN).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED));
        assertThat(releases.get(admin, release).release().status()).isEqualTo(ReleaseStatus.TAKEN_DOWN);
        assertThat(gateway.received).extracting(DeliveryPackage::kind).containsExactly(DeliveryKind.DELIVERY,
                DeliveryKind.DELIVERY, DeliveryKind.TAKEDOWN, DeliveryKind.TAKEDOWN);
    }

    private String lastErn() {
        return ernOf(gateway.received.get(gateway.received.size() - 1));
    }

    private static String ernOf(DeliveryPackage pkg) {
        return new String(pkg.file(pkg.messageId() + ".xml").orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void the_takedown_of_a_release_whose_date_is_still_ahead_opens_no_sale_window() {
        Partner a = partner("Streamly");
        ReleaseId release = submitted(); // out on 2027-01-15, after the clock's today
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));
        worker.runOnce(OWNER, 10);

        deliveries.takedown(admin, new TakedownReleaseCommand(release, null));
        worker.runOnce(OWNER, 10);

        assertThat(lastErn()).contains("<ICPN>036000291452</ICPN>").doesNotContain("<DealList", "<StartDate",
                "<ValidityPeriod");
    }

    @Test
    void a_test_partner_gets_a_test_message_addressed_to_its_ddex_party_id() {
        Partner p = partners.create(admin, CreatePartnerCommand.of("Streamly", "HTTP", "https://dsp.example.com/in",
                null, null, null, new CreatePartnerCommand.DdexInput("PADPIDA2011072101T", true, null)));
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(p.id())));
        worker.runOnce(OWNER, 10);

        assertThat(lastErn()).contains("<MessageControlType>TestMessage</MessageControlType>")
                .containsPattern("<MessageRecipient>\\s*<PartyId>PADPIDA2011072101T</PartyId>");
    }

    @Test
    void the_takedown_of_a_release_on_sale_ends_its_deals_before_now() {
        Partner a = partner("Streamly");
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));
        worker.runOnce(OWNER, 10);
        core.clock.set(java.time.Instant.parse("2027-03-01T09:30:00Z"));

        deliveries.takedown(admin, new TakedownReleaseCommand(release, null));
        worker.runOnce(OWNER, 10);

        assertThat(lastErn()).contains("<StartDateTime>2027-01-15T00:00:00Z</StartDateTime>",
                "<EndDateTime>2027-03-01T09:29:59Z</EndDateTime>");
    }

    @Test
    void a_rule_delivers_a_submitted_release_to_every_partner_selling_where_it_is_released() {
        partner("Worldwide");
        partners.create(admin, CreatePartnerCommand.of("Japan only", "FILE", "jp", List.of("JP"), null, null,
                ddex()));
        workflow.create(admin, CreateWorkflowRuleCommand.of("Deliver on submit", "release.submitted",
                List.of(new RawCondition("release.track_count", "gt", 1)),
                List.of(new RawAction("deliver", Map.of()),
                        new RawAction("notify", Map.of("channel", "email", "to", "ops@example.com",
                                "subject", "{{release.title}} is on its way"))), null));
        ReleaseId release = submitted();

        dispatcher.dispatchOnce(100);

        List<Delivery> queued = core.store.deliveries().ofRelease(admin.organizationId(), release);
        assertThat(queued).as("the worldwide partner, not the one selling only in Japan").singleElement()
                .satisfies(d -> assertThat(partners.get(admin, d.partnerId()).name()).isEqualTo("Worldwide"));
        List<WorkflowExecution> runs = workflow.executions(admin,
                ListExecutionsQuery.all(io.soundport.domain.shared.PageRequest.first(10))).items();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(WorkflowExecution.Status.SUCCEEDED);
            assertThat(run.outcomes()).extracting(WorkflowExecution.ActionOutcome::type).containsExactly("deliver", "notify");
        });
        assertThat(core.mail.sent()).as("queued by the rule, not sent inside it").isEmpty();
        core.sendQueuedMail();
        assertThat(core.mail.sent()).singleElement().satisfies(n ->
                assertThat(n.subject()).isEqualTo(releases.get(admin, release).release().title() + " is on its way"));
    }

    @Test
    void rules_that_trigger_each_other_stop_at_the_depth_bound() {
        workflow.create(admin, CreateWorkflowRuleCommand.of("Echo", "workflow.webhook", List.of(),
                List.of(new RawAction("webhook", Map.of())), null));
        workflow.create(admin, CreateWorkflowRuleCommand.of("Start", "artist.created", List.of(),
                List.of(new RawAction("webhook", Map.of())), null));
        core.artists().create(admin, CreateArtistCommand.of("Loop Artist", null, null));

        for (int i = 0; i < 20; i++) {
            dispatcher.dispatchOnce(100);
        }

        List<WorkflowExecution> runs = workflow.executions(admin,
                ListExecutionsQuery.all(io.soundport.domain.shared.PageRequest.first(100))).items();
        assertThat(runs).hasSize(WorkflowEngine.MAX_DEPTH + 1);
        assertThat(runs).filteredOn(r -> r.status() == WorkflowExecution.Status.SKIPPED).hasSize(1);
    }

    @Test
    void a_deliver_action_never_runs_on_delivery_events() {
        Partner a = partner("Streamly");
        workflow.create(admin, CreateWorkflowRuleCommand.of("Redeliver", "delivery.succeeded", List.of(),
                List.of(new RawAction("deliver", Map.of())), null));
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(a.id())));
        worker.runOnce(OWNER, 10);

        dispatcher.dispatchOnce(100);

        assertThat(core.store.deliveries().ofRelease(admin.organizationId(), release)).hasSize(1);
        assertThat(workflow.executions(admin,
                ListExecutionsQuery.all(io.soundport.domain.shared.PageRequest.first(10))).items())
                .singleElement().satisfies(run -> assertThat(run.status()).isEqualTo(WorkflowExecution.Status.FAILED));
    }

    @Test
    void an_execution_names_the_release_its_event_concerned_and_the_list_filters_by_it() {
        Partner partner = partner("Streamly");
        for (String trigger : List.of("release.submitted", "delivery.succeeded", "artist.created")) {
            workflow.create(admin, CreateWorkflowRuleCommand.of("On " + trigger, trigger, List.of(),
                    List.of(new RawAction("notify", Map.of("channel", "email", "to", "ops@example.com"))), null));
        }
        core.artists().create(admin, CreateArtistCommand.of("Solo Artist", null, null));
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(partner.id())));
        worker.runOnce(OWNER, 10);

        dispatcher.dispatchOnce(100);

        List<WorkflowExecution> runs = workflow.executions(admin,
                ListExecutionsQuery.all(io.soundport.domain.shared.PageRequest.first(100))).items();
        assertThat(runs).extracting(WorkflowExecution::eventType)
                .contains("release.submitted", "delivery.succeeded", "artist.created");
        assertThat(runs).allSatisfy(run -> assertThat(run.releaseId())
                .isEqualTo(run.eventType().equals("artist.created") ? null : release));
        assertThat(workflow.executions(admin, ListExecutionsQuery.of(null, null, release.value(), null, null)).items())
                .extracting(WorkflowExecution::eventType)
                .containsExactlyInAnyOrder("delivery.succeeded", "release.submitted");
        assertThat(workflow.executions(admin, ListExecutionsQuery.of(null, null,
                ReleaseId.PREFIX + "_unknown", null, null)).items()).isEmpty();
        assertInvalid(() -> ListExecutionsQuery.of(null, null, "art_notarelease", null, null), "releaseId");
    }

    @Test
    void an_event_appended_before_the_outbox_kept_its_release_still_gives_the_run_its_release() {
        Partner partner = partner("Streamly");
        workflow.create(admin, CreateWorkflowRuleCommand.of("On queued", "delivery.queued", List.of(),
                List.of(new RawAction("notify", Map.of("channel", "email", "to", "ops@example.com"))), null));
        ReleaseId release = submitted();
        deliveries.deliver(admin, new DeliverReleaseCommand(release, List.of(partner.id())));
        List<PublishedEvent> recorded = core.store.outbox().pending(100);
        core.store.transactions().run(() -> {
            core.store.outbox().markDispatched(recorded.stream().map(PublishedEvent::id).toList());
            recorded.forEach(e -> core.store.outbox().append(new PublishedEvent(e.id().replace("evt_", "evt_old"),
                    e.type(), e.organizationId(), e.aggregateId(), null, e.occurredAt(), e.data())));
        });

        dispatcher.dispatchOnce(100);

        assertThat(workflow.executions(admin, ListExecutionsQuery.of(null, null, release.value(), null, null))
                .items()).extracting(WorkflowExecution::eventType).containsExactly("delivery.queued");
    }

    @Test
    void rules_are_checked_field_by_field() {
        assertInvalid(() -> workflow.create(admin, CreateWorkflowRuleCommand.of("", "not an event",
                List.of(new RawCondition("x", "like", 1)),
                List.of(new RawAction("explode", Map.of()), new RawAction("notify", Map.of())), null)),
                "name", "trigger", "conditions[0].op", "actions[0].type", "actions[1].to");
    }
}
