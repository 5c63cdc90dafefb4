package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.contracts.MediaSamples;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every write operation of the OpenAPI document (POST, PUT, PATCH and DELETE under {@code /api/v1}) leaves an audit
 * entry: each is performed once, successfully, with its own {@code X-Request-Id}, and the organization's audit log
 * must then hold an entry with the expected action, resource and request id. A write operation the document lists
 * that has neither a scenario here nor a reasoned place in {@link #NOT_AUDITED} fails the test, so a new write
 * endpoint cannot ship without its audit entry. It runs on the memory backend only (on PostgreSQL and DynamoDB Local
 * it took 2 and 4 minutes on a shared 2-core machine): {@code AuditLogContract} holds every backend to the same
 * behaviour, and {@code AuditLogEndpointsTest} runs on all three.
 */
@RestTest.ServerProperties({"soundport.webhooks.retry-schedule=10ms", "soundport.deliveries.retry-schedule=10ms",
        "soundport.platform.admins=" + AuditCoverageTest.OPERATOR})
class AuditCoverageTest extends RestTest {
    static final String OPERATOR = "audited-ops@soundport.example";
    /** Write operations that change nothing an operator audits, each with the reason. */
    static final Map<String, String> NOT_AUDITED = Map.of(
            "POST /api/v1/auth/refresh", "rotates the refresh token of a sign-in that is audited; every 15 minutes "
                    + "per session, it would drown the log",
            "POST /api/v1/auth/verify-email", "mails a verification link; no account changes until it is opened",
            "POST /api/v1/api-keys/verify", "checks a key and answers; it changes nothing",
            "POST /api/v1/analytics/streams", "counts plays, which resources do not have: a sender posts thousands "
                    + "of batches a day, and each batch's counts are in its answer and the analytics themselves",
            "POST /api/v1/analytics/campaigns/{id}/export", "a read: it writes a campaign's days as CSV and changes "
                    + "nothing, as GET /analytics/campaigns/{id} does not");

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    /** What one scenario did: whose audit log must show which action on which resource, under which request id. */
    private record Audited(Account in, String action, String resourceId, String requestId) {
    }

    /** One write operation, performed successfully by {@code owner}. */
    @FunctionalInterface
    private interface Scenario {
        Audited perform(Account owner);
    }

    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

    private static String requestId() {
        return "audit-walk-" + REQUESTS.incrementAndGet();
    }

    private static Api as(Account account, String requestId) {
        return account.api().with("X-Request-Id", requestId);
    }

    private static String partner(Account owner, String protocol, String endpoint) {
        return owner.api().post("/partners", obj("name", "Partner " + REQUESTS.incrementAndGet(), "protocol", protocol,
                "endpoint", endpoint, "territories", List.of("WORLD"), "dpid", "PADPIDA2011072101T")).expect(201).id();
    }

    private static String filePartner(Account owner) {
        return partner(owner, "FILE", "audit-" + owner.organizationId().substring(4, 14).toLowerCase() + "-"
                + REQUESTS.incrementAndGet());
    }

    /** A fresh valid UPC-A: eleven digits and their GS1 check digit. */
    private static String upc() {
        String digits = String.format("%011d", 10_000_000_000L + REQUESTS.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static String submittedRelease(Account owner) {
        String upc = upc();
        String release = owner.api().post("/releases", obj("title", "Audited " + upc, "artist_name", "The Midnight",
                "upc", upc, "release_date", "2027-02-05", "territories", List.of("US"), "tracks", List.of(
                        obj("title", "Sunset", "isrc", "US-RC1-76-07839", "duration_ms", 215000)))).expect(201).id();
        ddexReady(owner);
        deliveryReady(owner, release);
        owner.api().post("/releases/" + release + "/submit", null).expect(200);
        return release;
    }

    private static Map<String, Object> liveEvent(String title) {
        return obj("title", title, "date", "2027-06-12T20:00:00+02:00", "location", "Paradiso, Amsterdam");
    }

    private static String audience(Account owner, String name) {
        return owner.api().post("/audiences", obj("name", name)).expect(201).id();
    }

    private static String webhook(Account owner) {
        return owner.api().post("/webhooks", obj("url", "https://hooks.example.com/audit",
                "events", List.of("release.created"))).expect(201).id();
    }

    private static String rule(Account owner) {
        return owner.api().post("/workflow/rules", obj("name", "Tell ops", "trigger", "release.delivered",
                "actions", List.of(obj("type", "notify", "channel", "email", "to", "ops@example.com",
                        "subject", "Delivered")))).expect(201).id();
    }

    private static String template(Account owner) {
        return owner.api().post("/notifications/templates", obj("name", "t" + REQUESTS.incrementAndGet(),
                "channel", "sms", "body", "{{code}} is your code")).expect(201).id();
    }


    /** Connects the owner's Spotify through the sandbox, which approves at once; answers the connection's id. */
    private static String connectSpotify(Account owner) {
        URI back = URI.create(owner.api().get("/auth/spotify/connect").expect(200)
                .text("authorization_url"));
        return api.get(back.getRawPath() + "?" + back.getRawQuery()).expect(200).id();
    }

    /** A campaign of a new release of the owner's, run here only (no ad account). */
    private static Map<String, Object> campaign(Account owner) {
        return obj("name", "Audited campaign", "objective", "OUTCOME_AWARENESS", "release_id", ingest(owner,
                "Promoted"), "budget", obj("amount", "100.00", "currency", "EUR"), "start_date", "2026-01-01");
    }


    private static String metaAudience(Account owner) {
        connectedToMeta(owner);
        return owner.api().post("/meta/audiences", obj("ad_account_id", "act_1000000001", "name", "Audited"))
                .expect(200).id();
    }

    private void on(String operation, Scenario scenario) {
        scenarios.put(operation, scenario);
    }

    /** A platform operator: listed, signed in, with the address verified. */
    private static Account operator() {
        Account operator = register(OPERATOR);
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, OPERATOR)).expect(200);
        return operator;
    }

    private void describeEveryScenario() {
        Supplier<Account> operator = new Supplier<>() {
            private Account signedIn;

            @Override
            public Account get() {
                if (signedIn == null) {
                    signedIn = operator();
                }
                return signedIn;
            }
        };
        on("PATCH /api/v1/admin/organizations/{id}", owner -> {
            String rid = requestId();
            as(operator.get(), rid).patch("/admin/organizations/" + owner.organizationId(), obj("tier", "STARTER"))
                    .expect(200);
            // in the organization's own log, not the operator's
            return new Audited(owner, "organization.tier_changed", owner.organizationId(), rid);
        });
        on("POST /api/v1/admin/services", owner -> {
            String rid = requestId();
            String name = "audited-" + REQUESTS.incrementAndGet();
            as(operator.get(), rid).post("/admin/services", obj("name", name,
                    "instances", List.of("https://hooks.example.com/" + name))).expect(201);
            return new Audited(operator.get(), "service.registered", name, rid);
        });
        on("DELETE /api/v1/admin/services/{name}", owner -> {
            String name = "deleted-" + REQUESTS.incrementAndGet();
            operator.get().api().post("/admin/services", obj("name", name,
                    "instances", List.of("https://hooks.example.com/" + name))).expect(201);
            String rid = requestId();
            as(operator.get(), rid).delete("/admin/services/" + name).expect(204);
            return new Audited(operator.get(), "service.deleted", name, rid);
        });
        on("POST /api/v1/auth/register", owner -> {
            String rid = requestId();
            String email = uniqueEmail("audited");
            JsonNode r = api.with("X-Request-Id", rid).post("/auth/register", obj("email", email, "password", PASSWORD,
                    "name", "Ann", "organization_name", "Audited")).expect(201).json();
            Account registered = login(email, r.path("organization").path("id").asText());
            return new Audited(registered, "user.registered", registered.userId(), rid);
        });
        on("POST /api/v1/auth/login", owner -> {
            String rid = requestId();
            api.with("X-Request-Id", rid).post("/auth/login", obj("email", owner.email(), "password", PASSWORD))
                    .expect(200);
            return new Audited(owner, "user.signed_in", owner.userId(), rid);
        });
        on("POST /api/v1/auth/logout", owner -> {
            Account session = login(owner.email(), owner.organizationId());
            String rid = requestId();
            api.with("X-Request-Id", rid).post("/auth/logout", obj("refresh_token", session.refreshToken()))
                    .expect(204);
            return new Audited(owner, "user.signed_out", owner.userId(), rid);
        });
        on("POST /api/v1/organization/members", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/organization/members", obj("email", uniqueEmail("invitee"),
                    "role", "MEMBER")).expect(201).text("user_id");
            return new Audited(owner, "member.invited", id, rid);
        });
        on("PATCH /api/v1/organization", owner -> {
            String rid = requestId();
            as(owner, rid).patch("/organization", obj("dpid", "PADPIDA2014120301A")).expect(200);
            return new Audited(owner, "organization.updated", owner.organizationId(), rid);
        });
        on("PATCH /api/v1/organization/members/{user_id}", owner -> {
            String id = member(owner, "MEMBER").userId();
            String rid = requestId();
            as(owner, rid).patch("/organization/members/" + id, obj("role", "VIEWER")).expect(200);
            return new Audited(owner, "member.role_changed", id, rid);
        });
        on("DELETE /api/v1/organization/members/{user_id}", owner -> {
            String id = member(owner, "MEMBER").userId();
            String rid = requestId();
            as(owner, rid).delete("/organization/members/" + id).expect(204);
            return new Audited(owner, "member.removed", id, rid);
        });
        on("POST /api/v1/apps", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/apps", obj("name", "App", "email", "a@example.com",
                    "domain", "a.example.com")).expect(201).id();
            return new Audited(owner, "application.created", id, rid);
        });
        on("PATCH /api/v1/apps/{app_id}", owner -> {
            String id = createApp(owner);
            String rid = requestId();
            as(owner, rid).patch("/apps/" + id, obj("name", "Renamed")).expect(200);
            return new Audited(owner, "application.updated", id, rid);
        });
        on("DELETE /api/v1/apps/{app_id}", owner -> {
            String id = createApp(owner);
            String rid = requestId();
            as(owner, rid).delete("/apps/" + id).expect(204);
            return new Audited(owner, "application.deleted", id, rid);
        });
        on("POST /api/v1/apps/{app_id}/api-keys", owner -> {
            String app = createApp(owner);
            String rid = requestId();
            String id = as(owner, rid).post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", List.of("read")))
                    .expect(201).id();
            return new Audited(owner, "api_key.created", id, rid);
        });
        on("DELETE /api/v1/apps/{app_id}/api-keys/{key_id}", owner -> {
            String app = createApp(owner);
            String id = owner.api().post("/apps/" + app + "/api-keys", obj("name", "k", "scopes", List.of("read")))
                    .expect(201).id();
            String rid = requestId();
            as(owner, rid).delete("/apps/" + app + "/api-keys/" + id).expect(204);
            return new Audited(owner, "api_key.revoked", id, rid);
        });
        on("POST /api/v1/events", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/events", liveEvent("Audited show")).expect(201).id();
            return new Audited(owner, "live_event.created", id, rid);
        });
        on("PUT /api/v1/events/{event_id}", owner -> {
            String id = owner.api().post("/events", liveEvent("To replace")).expect(201).id();
            String rid = requestId();
            as(owner, rid).put("/events/" + id, liveEvent("Replaced")).expect(200);
            return new Audited(owner, "live_event.updated", id, rid);
        });
        on("PATCH /api/v1/events/{event_id}", owner -> {
            String id = owner.api().post("/events", liveEvent("To postpone")).expect(201).id();
            String rid = requestId();
            as(owner, rid).patch("/events/" + id, obj("status", "postponed")).expect(200);
            return new Audited(owner, "live_event.updated", id, rid);
        });
        on("DELETE /api/v1/events/{event_id}", owner -> {
            String id = owner.api().post("/events", liveEvent("To delete")).expect(201).id();
            String rid = requestId();
            as(owner, rid).delete("/events/" + id).expect(204);
            return new Audited(owner, "live_event.deleted", id, rid);
        });
        on("POST /api/v1/artists", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/artists", obj("name", "New artist")).expect(201).id();
            return new Audited(owner, "artist.created", id, rid);
        });
        on("PATCH /api/v1/artists/{id}", owner -> {
            String id = createArtist(owner, "To rename");
            String rid = requestId();
            as(owner, rid).patch("/artists/" + id, obj("name", "Renamed")).expect(200);
            return new Audited(owner, "artist.updated", id, rid);
        });
        on("DELETE /api/v1/artists/{id}", owner -> {
            String id = createArtist(owner, "To delete");
            String rid = requestId();
            as(owner, rid).delete("/artists/" + id).expect(204);
            return new Audited(owner, "artist.deleted", id, rid);
        });
        on("POST /api/v1/tracks", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/tracks", obj("title", "Single", "duration_ms", 200000)).expect(201).id();
            return new Audited(owner, "track.created", id, rid);
        });
        on("PATCH /api/v1/tracks/{id}", owner -> {
            String id = owner.api().post("/tracks", obj("title", "Single", "duration_ms", 200000)).expect(201).id();
            String rid = requestId();
            as(owner, rid).patch("/tracks/" + id, obj("title", "Renamed")).expect(200);
            return new Audited(owner, "track.updated", id, rid);
        });
        on("DELETE /api/v1/tracks/{id}", owner -> {
            String id = owner.api().post("/tracks", obj("title", "Single", "duration_ms", 200000)).expect(201).id();
            String rid = requestId();
            as(owner, rid).delete("/tracks/" + id).expect(204);
            return new Audited(owner, "track.deleted", id, rid);
        });
        on("POST /api/v1/analytics/reports/import", owner -> {
            String rid = requestId();
            String id = as(owner, rid).send("POST", "/analytics/reports/import", "isrc,partner,country,occurred_at\n"
                    + "US-RC1-76-07839,spotify,US,2026-10-01\n", "text/csv").expect(202).id();
            return new Audited(owner, "report_import.started", id, rid);
        });
        on("PUT /api/v1/tracks/{id}/audio", owner -> {
            String id = owner.api().post("/tracks", obj("title", "Heard", "duration_ms", 1000)).expect(201).id();
            String rid = requestId();
            as(owner, rid).send("PUT", "/tracks/" + id + "/audio", MediaSamples.wav(8_000, 1, 100), "audio/wav")
                    .expect(200);
            return new Audited(owner, "track.audio_uploaded", id, rid);
        });
        on("DELETE /api/v1/tracks/{id}/audio", owner -> {
            String id = owner.api().post("/tracks", obj("title", "Unheard", "duration_ms", 1000)).expect(201).id();
            owner.api().send("PUT", "/tracks/" + id + "/audio", MediaSamples.wav(8_000, 1, 100), "audio/wav")
                    .expect(200);
            String rid = requestId();
            as(owner, rid).delete("/tracks/" + id + "/audio").expect(204);
            return new Audited(owner, "track.audio_deleted", id, rid);
        });
        on("PUT /api/v1/releases/{id}/artwork", owner -> {
            String id = ingest(owner, "Covered");
            String rid = requestId();
            as(owner, rid).send("PUT", "/releases/" + id + "/artwork", MediaSamples.png(1400, 1400), "image/png")
                    .expect(200);
            return new Audited(owner, "release.artwork_uploaded", id, rid);
        });
        on("DELETE /api/v1/releases/{id}/artwork", owner -> {
            String id = ingest(owner, "Uncovered");
            owner.api().send("PUT", "/releases/" + id + "/artwork", MediaSamples.png(1400, 1400), "image/png")
                    .expect(200);
            String rid = requestId();
            as(owner, rid).delete("/releases/" + id + "/artwork").expect(204);
            return new Audited(owner, "release.artwork_deleted", id, rid);
        });
        on("POST /api/v1/releases", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/releases", releaseBody("Created", createArtist(owner, "A")))
                    .expect(201).id();
            return new Audited(owner, "release.created", id, rid);
        });
        on("POST /api/v1/releases/import/musicbrainz", owner -> {
            String rid = requestId();
            // the sandbox's "Northern Skies"
            String id = as(owner, rid).post("/releases/import/musicbrainz",
                    obj("mbid", "5a4db0c5-0000-4000-8000-000000000101")).expect(201).id();
            return new Audited(owner, "release.created", id, rid);
        });
        on("DELETE /api/v1/auth/integrations/{provider}", owner -> {
            String connection = connectSpotify(owner);
            String rid = requestId();
            as(owner, rid).delete("/auth/integrations/spotify").expect(204);
            return new Audited(owner, "integration.disconnected", connection, rid);
        });
        on("POST /api/v1/tracks/sync/spotify", owner -> {
            owner.api().delete("/auth/integrations/spotify");
            connectSpotify(owner);
            String rid = requestId();
            String id = as(owner, rid).post("/tracks/sync/spotify", null).expect(202).id();
            return new Audited(owner, "track_sync.started", id, rid);
        });
        on("POST /api/v1/meta/campaigns", owner -> {
            connectedToMeta(owner);
            String rid = requestId();
            String id = as(owner, rid).post("/meta/campaigns", obj("ad_account_id", "act_1000000001",
                    "name", "Audited", "objective", "OUTCOME_TRAFFIC")).expect(201).id();
            return new Audited(owner, "meta_campaign.created", id, rid);
        });
        on("POST /api/v1/meta/conversions", owner -> {
            connectedToMeta(owner);
            String rid = requestId();
            as(owner, rid).post("/meta/conversions", obj("pixel_id", "1000000000000101", "events", List.of(obj(
                    "event_name", "Lead", "event_time", java.time.Instant.now().getEpochSecond(), "event_id", rid,
                    "action_source", "system_generated", "user_data", obj("email", "fan@example.com")))))
                    .expect(200);
            return new Audited(owner, "meta_conversions.sent", "1000000000000101", rid);
        });
        on("POST /api/v1/campaigns", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/campaigns", campaign(owner)).expect(201).id();
            return new Audited(owner, "campaign.created", id, rid);
        });
        on("PATCH /api/v1/campaigns/{id}", owner -> {
            String id = owner.api().post("/campaigns", campaign(owner)).expect(201).id();
            String rid = requestId();
            as(owner, rid).patch("/campaigns/" + id, obj("name", "Renamed")).expect(200);
            return new Audited(owner, "campaign.updated", id, rid);
        });
        on("DELETE /api/v1/campaigns/{id}", owner -> {
            String id = owner.api().post("/campaigns", campaign(owner)).expect(201).id();
            String rid = requestId();
            as(owner, rid).delete("/campaigns/" + id).expect(204);
            return new Audited(owner, "campaign.deleted", id, rid);
        });
        on("POST /api/v1/campaigns/{id}/launch", owner -> {
            String id = owner.api().post("/campaigns", campaign(owner)).expect(201).id();
            String rid = requestId();
            as(owner, rid).post("/campaigns/" + id + "/launch", null).expect(200);
            return new Audited(owner, "campaign.launched", id, rid);
        });
        on("POST /api/v1/campaigns/{id}/pause", owner -> {
            String id = owner.api().post("/campaigns", campaign(owner)).expect(201).id();
            owner.api().post("/campaigns/" + id + "/launch", null).expect(200);
            String rid = requestId();
            as(owner, rid).post("/campaigns/" + id + "/pause", null).expect(200);
            return new Audited(owner, "campaign.paused", id, rid);
        });
        on("POST /api/v1/audiences", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/audiences", obj("name", "Audited fans")).expect(201).id();
            return new Audited(owner, "audience.created", id, rid);
        });
        on("PATCH /api/v1/audiences/{audience_id}", owner -> {
            String id = audience(owner, "To rename");
            String rid = requestId();
            as(owner, rid).patch("/audiences/" + id, obj("name", "Renamed")).expect(200);
            return new Audited(owner, "audience.updated", id, rid);
        });
        on("DELETE /api/v1/audiences/{audience_id}", owner -> {
            String id = audience(owner, "To delete");
            String rid = requestId();
            as(owner, rid).delete("/audiences/" + id).expect(204);
            return new Audited(owner, "audience.deleted", id, rid);
        });
        on("POST /api/v1/audiences/{audience_id}/members", owner -> {
            String id = audience(owner, "To fill");
            String rid = requestId();
            as(owner, rid).post("/audiences/" + id + "/members", obj("people", List.of(
                    obj("email", "fan@example.com")))).expect(200);
            return new Audited(owner, "audience.members_added", id, rid);
        });
        on("POST /api/v1/audiences/{audience_id}/members/remove", owner -> {
            String id = audience(owner, "To empty");
            String rid = requestId();
            as(owner, rid).post("/audiences/" + id + "/members/remove", obj("people", List.of(
                    obj("email", "fan@example.com")))).expect(200);
            return new Audited(owner, "audience.members_removed", id, rid);
        });
        on("POST /api/v1/audiences/{audience_id}/lookalike", owner -> {
            String origin = audience(owner, "Origin");
            String rid = requestId();
            String id = as(owner, rid).post("/audiences/" + origin + "/lookalike", obj("country", "FR",
                    "ratio", "0.01")).expect(201).id();
            return new Audited(owner, "audience.created", id, rid);
        });
        on("POST /api/v1/audiences/{audience_id}/sync/meta", owner -> {
            connectedToMeta(owner);
            String id = audience(owner, "To sync");
            String rid = requestId();
            as(owner, rid).post("/audiences/" + id + "/sync/meta", obj("ad_account_id", "act_1000000001"))
                    .expect(202);
            return new Audited(owner, "audience.sync_started", id, rid);
        });
        on("POST /api/v1/meta/audiences", owner -> {
            connectedToMeta(owner);
            String rid = requestId();
            String id = as(owner, rid).post("/meta/audiences", obj("ad_account_id", "act_1000000001",
                    "name", "Audited")).expect(200).id();
            return new Audited(owner, "meta_audience.created", id, rid);
        });
        on("POST /api/v1/meta/audiences/{id}/users", owner -> {
            String audience = metaAudience(owner);
            String rid = requestId();
            as(owner, rid).post("/meta/audiences/" + audience + "/users", obj("users", List.of(
                    obj("email", "fan@example.com")))).expect(200);
            return new Audited(owner, "meta_audience.users_added", audience, rid);
        });
        on("POST /api/v1/meta/audiences/{id}/lookalikes", owner -> {
            String audience = metaAudience(owner);
            String rid = requestId();
            String id = as(owner, rid).post("/meta/audiences/" + audience + "/lookalikes", obj("ad_account_id",
                    "act_1000000001", "name", "Like", "country", "FR", "ratio", "0.01")).expect(200).id();
            return new Audited(owner, "meta_audience.created", id, rid);
        });
        on("PATCH /api/v1/releases/{id}", owner -> {
            String id = ingest(owner, "To rename");
            String rid = requestId();
            as(owner, rid).patch("/releases/" + id, obj("title", "Renamed")).expect(200);
            return new Audited(owner, "release.updated", id, rid);
        });
        on("DELETE /api/v1/releases/{id}", owner -> {
            String id = ingest(owner, "To delete");
            String rid = requestId();
            as(owner, rid).delete("/releases/" + id).expect(204);
            return new Audited(owner, "release.deleted", id, rid);
        });
        on("POST /api/v1/releases/{id}/submit", owner -> {
            String id = ingest(owner, "To submit");
            String rid = requestId();
            as(owner, rid).post("/releases/" + id + "/submit", null).expect(200);
            return new Audited(owner, "release.submitted", id, rid);
        });
        on("POST /api/v1/releases/{id}/deliveries", owner -> {
            String release = submittedRelease(owner);
            String partner = filePartner(owner);
            String rid = requestId();
            as(owner, rid).post("/releases/" + release + "/deliveries", obj("partner_ids", List.of(partner)))
                    .expect(201);
            return new Audited(owner, "release.delivery_requested", release, rid);
        });
        on("POST /api/v1/releases/{id}/takedown", owner -> {
            String release = submittedRelease(owner);
            owner.api().post("/releases/" + release + "/deliveries", obj("partner_ids", List.of(filePartner(owner))))
                    .expect(201);
            await(() -> owner.api().get("/releases/" + release).expect(200).json(),
                    r -> r.path("status").asText().equals("DELIVERED"));
            String rid = requestId();
            as(owner, rid).post("/releases/" + release + "/takedown", null).expect(200);
            return new Audited(owner, "release.takedown_requested", release, rid);
        });
        on("POST /api/v1/deliveries/{id}/retry", owner -> {
            String release = submittedRelease(owner);
            // no such host: the one attempt and its one retry fail, and the delivery is FAILED
            String partner = partner(owner, "HTTP", "https://hooks.example.com/unreachable");
            String delivery = owner.api().post("/releases/" + release + "/deliveries",
                    obj("partner_ids", List.of(partner))).expect(201).json().path("data").get(0).path("id").asText();
            await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                    d -> d.path("status").asText().equals("FAILED"));
            String rid = requestId();
            as(owner, rid).post("/deliveries/" + delivery + "/retry", null).expect(200);
            return new Audited(owner, "delivery.retried", delivery, rid);
        });
        on("POST /api/v1/partners", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/partners", obj("name", "Streamly", "protocol", "FILE",
                    "endpoint", "audit-created-" + REQUESTS.incrementAndGet(), "territories", List.of("WORLD")))
                    .expect(201).id();
            return new Audited(owner, "partner.created", id, rid);
        });
        on("PATCH /api/v1/partners/{id}", owner -> {
            String id = filePartner(owner);
            String rid = requestId();
            as(owner, rid).patch("/partners/" + id, obj("name", "Renamed")).expect(200);
            return new Audited(owner, "partner.updated", id, rid);
        });
        on("DELETE /api/v1/partners/{id}", owner -> {
            String id = filePartner(owner);
            String rid = requestId();
            as(owner, rid).delete("/partners/" + id).expect(204);
            return new Audited(owner, "partner.deleted", id, rid);
        });
        on("POST /api/v1/webhooks", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/webhooks", obj("url", "https://hooks.example.com/audit",
                    "events", List.of("*"))).expect(201).id();
            return new Audited(owner, "webhook.created", id, rid);
        });
        on("PATCH /api/v1/webhooks/{id}", owner -> {
            String id = webhook(owner);
            String rid = requestId();
            as(owner, rid).patch("/webhooks/" + id, obj("description", "Renamed")).expect(200);
            return new Audited(owner, "webhook.updated", id, rid);
        });
        on("DELETE /api/v1/webhooks/{id}", owner -> {
            String id = webhook(owner);
            String rid = requestId();
            as(owner, rid).delete("/webhooks/" + id).expect(204);
            return new Audited(owner, "webhook.deleted", id, rid);
        });
        on("POST /api/v1/webhooks/{id}/rotate-secret", owner -> {
            String id = webhook(owner);
            String rid = requestId();
            as(owner, rid).post("/webhooks/" + id + "/rotate-secret", null).expect(200);
            return new Audited(owner, "webhook.secret_rotated", id, rid);
        });
        on("POST /api/v1/webhooks/{id}/test", owner -> {
            String id = webhook(owner);
            String rid = requestId();
            as(owner, rid).post("/webhooks/" + id + "/test", null).expect(202);
            return new Audited(owner, "webhook.tested", id, rid);
        });
        on("POST /api/v1/webhooks/{id}/messages/{message_id}/replay", owner -> {
            String id = webhook(owner);
            // no such host: the test message and its one retry fail, and it is FAILED, which may be replayed
            String message = owner.api().post("/webhooks/" + id + "/test", null).expect(202).id();
            await(() -> owner.api().get("/webhooks/" + id + "/messages/" + message).expect(200).json(),
                    m -> m.path("status").asText().equals("FAILED"));
            String rid = requestId();
            as(owner, rid).post("/webhooks/" + id + "/messages/" + message + "/replay", null).expect(202);
            return new Audited(owner, "webhook_message.replayed", message, rid);
        });
        on("POST /api/v1/workflow/rules", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/workflow/rules", obj("name", "Tell ops", "trigger", "release.delivered",
                    "actions", List.of(obj("type", "notify", "channel", "email", "to", "ops@example.com",
                            "subject", "Delivered")))).expect(201).id();
            return new Audited(owner, "workflow_rule.created", id, rid);
        });
        on("PATCH /api/v1/workflow/rules/{id}", owner -> {
            String id = rule(owner);
            String rid = requestId();
            as(owner, rid).patch("/workflow/rules/" + id, obj("enabled", false)).expect(200);
            return new Audited(owner, "workflow_rule.updated", id, rid);
        });
        on("DELETE /api/v1/workflow/rules/{id}", owner -> {
            String id = rule(owner);
            String rid = requestId();
            as(owner, rid).delete("/workflow/rules/" + id).expect(204);
            return new Audited(owner, "workflow_rule.deleted", id, rid);
        });
        on("POST /api/v1/notifications", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/notifications", obj("channel", "email", "to", "fan@example.com",
                    "subject", "Out now", "body", "Listen now.")).expect(202).id();
            return new Audited(owner, "notification.queued", id, rid);
        });
        on("POST /api/v1/notifications/templates", owner -> {
            String rid = requestId();
            String id = as(owner, rid).post("/notifications/templates", obj("name", "t" + REQUESTS.incrementAndGet(),
                    "channel", "sms", "body", "{{code}} is your code")).expect(201).id();
            return new Audited(owner, "notification_template.created", id, rid);
        });
        on("PATCH /api/v1/notifications/templates/{id}", owner -> {
            String id = template(owner);
            String rid = requestId();
            as(owner, rid).patch("/notifications/templates/" + id, obj("body", "Code: {{code}}")).expect(200);
            return new Audited(owner, "notification_template.updated", id, rid);
        });
        on("DELETE /api/v1/notifications/templates/{id}", owner -> {
            String id = template(owner);
            String rid = requestId();
            as(owner, rid).delete("/notifications/templates/" + id).expect(204);
            return new Audited(owner, "notification_template.deleted", id, rid);
        });
        on("POST /api/v1/notifications/opt-outs", owner -> {
            String rid = requestId();
            as(owner, rid).post("/notifications/opt-outs", obj("channel", "sms", "to", "+15555550123"))
                    .expect(200);
            return new Audited(owner, "notification_opt_out.added", "sms:***0123", rid);
        });
        on("DELETE /api/v1/notifications/opt-outs", owner -> {
            owner.api().post("/notifications/opt-outs", obj("channel", "sms", "to", "+15555550124")).expect(200);
            String rid = requestId();
            as(owner, rid).delete("/notifications/opt-outs?channel=sms&to=%2B15555550124").expect(204);
            return new Audited(owner, "notification_opt_out.removed", "sms:***0124", rid);
        });
    }

    /** Every POST, PUT, PATCH and DELETE under /api/v1 in the served OpenAPI document, as {@code METHOD /path}. */
    private static Set<String> writeOperations() {
        JsonNode document = Api.JSON.valueToTree(new Yaml().load(api.get("/openapi.yml").expect(200).body()));
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    @Test
    void every_write_operation_of_the_openapi_document_leaves_an_audit_entry_with_its_request_id() {
        assumeTrue(System.getProperty("soundport.test.persistence", "memory").equals("memory"),
                "the walk runs on the memory backend; the contract suite covers the others");
        describeEveryScenario();
        Set<String> operations = writeOperations();
        assertThat(operations).as("the document lists write operations").hasSizeGreaterThan(30);
        Set<String> unaccounted = new TreeSet<>(operations);
        unaccounted.removeAll(scenarios.keySet());
        unaccounted.removeAll(NOT_AUDITED.keySet());
        assertThat(unaccounted).as("write operations with no audit scenario here: audit them (AuditRecorder in the "
                + "use case) and add a scenario, or list them in NOT_AUDITED with the reason").isEmpty();
        Set<String> stale = new TreeSet<>(scenarios.keySet());
        stale.addAll(NOT_AUDITED.keySet());
        stale.removeAll(operations);
        assertThat(stale).as("scenarios of operations the document no longer lists").isEmpty();

        Account owner = register();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Scenario> scenario : scenarios.entrySet()) {
            Audited expected = scenario.getValue().perform(owner);
            JsonNode entries = expected.in().api().get("/organization/audit-log?resource_id="
                    + URLEncoder.encode(expected.resourceId(), StandardCharsets.UTF_8) + "&action="
                    + expected.action()).expect(200).json().path("data");
            boolean found = false;
            for (JsonNode entry : entries) {
                found |= entry.path("request_id").asText().equals(expected.requestId())
                        && entry.path("resource_type").asText().equals(expected.action().split("\\.")[0])
                        && entry.path("organization_id").asText().equals(expected.in().organizationId());
            }
            if (!found) {
                missing.add(scenario.getKey() + " → " + expected.action() + " " + expected.resourceId() + " "
                        + expected.requestId() + " (found " + entries + ")");
            }
        }
        assertThat(missing).as("write operations performed without their audit entry").isEmpty();
    }
}
