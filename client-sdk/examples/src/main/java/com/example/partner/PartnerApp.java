package com.example.partner;

import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.model.WebhookEndpointWithSecret;
import io.soundport.sdk.param.ReleaseUpdateParams;
import io.soundport.sdk.param.WebhookCreateParams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a partner does, start to finish: sign up and take two keys, listen for webhooks, ingest releases (see what
 * the server refuses, ingest once with its own idempotency key, and on 8 threads at once), edit one under optimistic
 * concurrency, page through the catalog, wait until its webhook mirror has seen every release, and ask the server
 * whether the mirror's copy of the edited release is current.
 *
 * <p>Run it against a server with {@code SOUNDPORT_URL} (default {@code http://localhost:8080}); the server must let
 * its webhooks through to this machine's loopback ({@code SOUNDPORT_OUTBOUND_ALLOWED_HOSTS=127.0.0.1}).
 */
public final class PartnerApp {
    static final int THREADS = 8;
    static final int PARALLEL_RELEASES = 24;
    static final Duration WEBHOOK_WAIT = Duration.ofSeconds(30);

    private PartnerApp() {
    }

    /**
     * What the run did, for its printout and its test.
     *
     * @param keys          the partner's clients
     * @param ingested      every release this run created, in order, each once
     * @param refusals      what the server refused, as typed exceptions
     * @param replayed      the release the repeated idempotent create answered (the same as the first)
     * @param replayFlagged whether the server marked that answer as a replay ({@code Idempotent-Replayed})
     * @param edited        the result of the optimistic edit
     * @param catalog       the catalog as paged through at the end
     * @param byStatus      how many releases of the catalog are in each status
     * @param mirror        the webhook mirror
     * @param mirrorsAll    whether the mirror caught up with every release at its latest version in time
     * @param mirrorCurrent whether the server answered "not modified" to the mirror's version of the edited release
     * @param receiver      the webhook receiver (closed)
     */
    public record Run(Onboarding.Keys keys, List<Release> ingested, IngestionRefusals.Refusals refusals,
                      Release replayed, boolean replayFlagged, OptimisticUpdate.Outcome edited,
                      List<ReleaseSummary> catalog, Map<ReleaseStatus, Integer> byStatus, CatalogMirror mirror,
                      boolean mirrorsAll, boolean mirrorCurrent, WebhookReceiver receiver) {
    }

    /** Runs the flow against {@code SOUNDPORT_URL} for a new account, and prints what it did. */
    public static void main(String[] args) throws InterruptedException {
        String baseUrl = System.getenv().getOrDefault("SOUNDPORT_URL", "http://localhost:8080");
        Run run = run(baseUrl, "partner+" + UUID.randomUUID() + "@example.com");
        System.out.println("organization " + run.keys().organizationId() + ": ingested " + run.ingested().size()
                + " releases");
        System.out.println("refused: " + run.refusals().invalidFields() + "; a repeated UPC "
                + (run.refusals().duplicateUpcRefused() ? "refused" : "accepted"));
        System.out.println("idempotent create answered " + run.replayed().id() + " again"
                + (run.replayFlagged() ? " (Idempotent-Replayed)" : ""));
        System.out.println("edited " + run.edited().release().id() + " to '" + run.edited().release().title()
                + "' in " + run.edited().attempts() + " attempts");
        System.out.println("catalog: " + run.catalog().size() + " releases " + run.byStatus());
        System.out.println("webhooks: " + run.mirror().size() + " releases mirrored"
                + (run.mirrorsAll() ? "" : " (some still missing)") + ", " + run.receiver().rejected() + " rejected; "
                + (run.mirrorCurrent() ? "the edited release is current" : "the edited release is stale"));
    }

    /** The whole flow for a new account {@code email}. */
    public static Run run(String baseUrl, String email) throws InterruptedException {
        Onboarding.Keys keys = Onboarding.signUp(baseUrl, email, "correct horse battery staple");
        CatalogMirror mirror = new CatalogMirror();
        try (WebhookReceiver receiver = WebhookReceiver.start(mirror)) {
            WebhookEndpointWithSecret endpoint = keys.admin().webhooks().create(WebhookCreateParams.builder()
                    .url(receiver.url().toString()).events("release.created", "release.updated")
                    .description("Catalog mirror").build());
            receiver.trust(endpoint.secret());

            ReleaseIngestion ingestion = new ReleaseIngestion(keys.ingestion());
            List<Release> ingested = new ArrayList<>();
            ingested.add(ingestion.ingest("Night Drive", "036000291452"));
            IngestionRefusals.Refusals refusals = IngestionRefusals.probe(ingestion, "036000291452");

            String importKey = "import-" + UUID.randomUUID();
            Release first = ingestion.ingestOnce("Outrun", importKey);
            Release replayed = ingestion.ingestOnce("Outrun", importKey);
            // what the last answer to this thread said besides its body
            boolean replayFlagged = keys.ingestion().lastResponse().idempotentReplayed();
            ingested.add(first);

            ingested.addAll(ParallelIngestion.ingest(ingestion, "Endless Summer", PARALLEL_RELEASES, THREADS));

            // a colleague relabels the release after this partner read it: the partner's edit must not undo that
            Release seen = keys.ingestion().releases().retrieve(first.id());
            keys.ingestion().releases().update(first.id(), ReleaseUpdateParams.builder().label("Colleague Records")
                    .build());
            OptimisticUpdate.Outcome edited = OptimisticUpdate.apply(keys.ingestion(), seen,
                    current -> ReleaseUpdateParams.builder().title(current.title() + " (Remastered)").build());

            List<ReleaseSummary> catalog = CatalogPaging.all(keys.ingestion(), 5);

            Map<String, Long> latest = new HashMap<>();
            ingested.forEach(release -> latest.put(release.id(), release.version()));
            latest.put(edited.release().id(), edited.release().version());
            boolean mirrorsAll = mirror.awaitVersions(latest, WEBHOOK_WAIT);
            boolean mirrorCurrent = mirror.isCurrent(keys.ingestion(), edited.release().id());

            return new Run(keys, ingested, refusals, replayed, replayFlagged, edited, catalog,
                    CatalogPaging.countByStatus(catalog), mirror, mirrorsAll, mirrorCurrent, receiver);
        }
    }
}
